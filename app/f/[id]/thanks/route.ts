import { htmlResponse } from '@/components/public/document';
import { thanksPage } from '@/components/public/pages';
import { thanksOf } from '@/lib/data/public';
import { proofOf } from '@/lib/submissions/respond';

export async function GET(request: Request) {
  const url = new URL(request.url);
  // Inside the iframe embed (the browser says so), "back" must leave the frame for the page holding it.
  const framed = request.headers.get('sec-fetch-dest') === 'iframe';
  return htmlResponse(await thanksPage({ ...thanksOf(url), proof: proofOf(url), framed }));
}
