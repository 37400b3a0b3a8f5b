import { htmlResponse } from '@/components/public/document';
import { missingPage, noticePage } from '@/components/public/pages';
import { noticeOf } from '@/lib/data/public';
import { acceptedLang } from '@/lib/submissions/handle';

export async function GET(request: Request, { params }: RouteContext<'/n/[id]/[version]'>) {
  const { id, version } = await params;
  const found = await noticeOf(new URL(request.url), id, version, acceptedLang(request.headers));
  if (!found.ok) return htmlResponse(await missingPage(found.lang, found.error), 404);
  return htmlResponse(await noticePage(found));
}
