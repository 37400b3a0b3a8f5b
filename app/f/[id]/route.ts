import { htmlResponse } from '@/components/public/document';
import { hostedFormPage, missingPage } from '@/components/public/pages';
import { hostedForm } from '@/lib/data/public';
import { publicUrl } from '@/lib/embed/public-url';
import { pageUrlOf } from '@/lib/embed/snippet';
import { acceptedLang } from '@/lib/submissions/handle';

export async function GET(request: Request, { params }: RouteContext<'/f/[id]'>) {
  const found = await hostedForm(
    new URL(request.url),
    (await params).id,
    acceptedLang(request.headers),
  );
  if (!found.ok)
    return htmlResponse(
      await missingPage(found.lang, found.error, found.status === 410),
      found.status ?? 404,
    );
  // In the iframe, the Referer is the page that frames it (the embed code asks for its full address).
  const parent = found.mode === 'iframe' ? pageUrlOf(request.headers.get('referer')) : undefined;
  return htmlResponse(await hostedFormPage(found, publicUrl(request), parent));
}
