import { serveHostedForm } from '@/lib/embed/serve';

export async function GET(request: Request, { params }: RouteContext<'/f/[id]'>) {
  return serveHostedForm(request, (await params).id);
}
