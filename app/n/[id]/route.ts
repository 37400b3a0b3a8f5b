import { serveNotice } from '@/lib/embed/serve';

export async function GET(request: Request, { params }: RouteContext<'/n/[id]'>) {
  return serveNotice(request, (await params).id, undefined);
}
