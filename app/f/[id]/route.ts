import { htmlResponse, notFoundText } from '@/components/public/document';
import { hostedFormPage } from '@/components/public/pages';
import { hostedForm } from '@/lib/data/public';
import { publicUrl } from '@/lib/embed/public-url';

export async function GET(request: Request, { params }: RouteContext<'/f/[id]'>) {
  const found = await hostedForm(new URL(request.url), (await params).id);
  if (!found.ok) return notFoundText(found.error, found.status);
  return htmlResponse(await hostedFormPage(found, publicUrl(request)));
}
