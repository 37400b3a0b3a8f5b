import { requireAccess } from '@/lib/auth/access';
import { testPage } from '@/lib/embed/test-page';
import { publicUrl } from '@/lib/embed/serve';
import { versions } from '@/lib/forms/service';

/** A page that pastes the exported snippet as a customer's site would, to try it for real. */
export async function GET(request: Request, { params }: RouteContext<'/forms/[id]/test'>) {
  await requireAccess('forms:read');
  const { id } = await params;
  const version = await (await versions()).latest(id);
  if (!version) return new Response('Publish the form first.\n', { status: 404 });
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'fr';
  return new Response(testPage(version, publicUrl(request), lang), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
