import { htmlResponse, notFoundText } from '@/components/public/document';
import { noticePage } from '@/components/public/pages';
import { noticeOf } from '@/lib/data/public';

export async function GET(request: Request, { params }: RouteContext<'/n/[id]/[version]'>) {
  const { id, version } = await params;
  const found = await noticeOf(new URL(request.url), id, version);
  return found.ok ? htmlResponse(await noticePage(found)) : notFoundText(found.error);
}
