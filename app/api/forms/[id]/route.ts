import { accessForRequest } from '@/lib/auth/access';
import { lint } from '@/lib/compliance';
import { dataFor } from '@/lib/data';

/** GET /api/forms/[id]: the draft definition, its findings and the latest published version's fingerprints. */
export async function GET(request: Request, { params }: RouteContext<'/api/forms/[id]'>) {
  const access = await accessForRequest(request, 'forms:read');
  if (!access.ok) return access.response;
  const { id } = await params;
  const scoped = await (await dataFor(access)).form(id);
  const [form, latest] = scoped
    ? await Promise.all([scoped.get(), scoped.versions.latest()])
    : [undefined, undefined];
  if (!form)
    return Response.json(
      { ok: false, error: 'Unknown form.' },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    );
  return Response.json(
    {
      ok: true,
      data: {
        id: form.id,
        title: form.title,
        status: form.status,
        reviewStatus: form.reviewStatus,
        definition: form.definition,
        findings: lint(form.definition),
        published: latest
          ? {
              version: latest.version,
              definitionHash: latest.definitionHash,
              noticeHashes: latest.noticeHashes,
              approval: latest.approval,
            }
          : null,
      },
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
