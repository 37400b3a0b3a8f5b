import { accessForRequest } from '@/lib/auth/access';
import { testPage } from '@/lib/embed/test-page';
import { publicUrl } from '@/lib/embed/public-url';
import { dataFor } from '@/lib/data';

/** A page that pastes the exported snippet as a customer's site would, to try it for real. */
export async function GET(request: Request, { params }: RouteContext<'/forms/[id]/test'>) {
  const access = await accessForRequest(request, 'forms:read');
  if (!access.ok) return access.response;
  const { id } = await params;
  const form = await (await dataFor(access)).form(id);
  const version = await form?.versions.latest();
  if (!version) return new Response('Publish the form first.\n', { status: 404 });
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'fr';
  return new Response(testPage(version, publicUrl(request), lang), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
