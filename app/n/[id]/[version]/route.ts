import { serveNotice } from '@/lib/embed/serve';

export async function GET(request: Request, { params }: RouteContext<'/n/[id]/[version]'>) {
  const { id, version } = await params;
  return serveNotice(request, id, version);
}
