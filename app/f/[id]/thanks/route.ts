import { htmlResponse } from '@/components/public/document';
import { thanksPage } from '@/components/public/pages';
import { thanksOf } from '@/lib/data/public';
import { proofOf } from '@/lib/submissions/respond';

export async function GET(request: Request) {
  const url = new URL(request.url);
  return htmlResponse(await thanksPage({ ...thanksOf(url), proof: proofOf(url) }));
}
