import { htmlResponse } from '@/components/public/document';
import { missingPage, noticePage } from '@/components/public/pages';
import { noticeOf } from '@/lib/data/public';
import { acceptedLang } from '@/lib/submissions/handle';

export async function GET(request: Request, { params }: RouteContext<'/n/[id]'>) {
  const url = new URL(request.url);
  const found = await noticeOf(url, (await params).id, undefined, acceptedLang(request.headers));
  if (!found.ok) return htmlResponse(await missingPage(found.lang, found.error), 404);
  return htmlResponse(await noticePage(found));
}
