import { htmlResponse } from '@/components/public/document';
import { thanksPage } from '@/components/public/pages';
import { thanksOf } from '@/lib/data/public';

export async function GET(request: Request) {
  return htmlResponse(await thanksPage(thanksOf(new URL(request.url))));
}
