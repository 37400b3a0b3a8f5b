import { accessForRequest } from '@/lib/auth/access';
import { lint } from '@/lib/compliance';
import { forms, versions } from '@/lib/data/service';

/** GET /api/forms/[id]: the draft definition, its findings and the latest published version's fingerprints. */
export async function GET(request: Request, { params }: RouteContext<'/api/forms/[id]'>) {
  const access = await accessForRequest(request, 'forms:read');
  if (!access.ok) return access.response;
  const { id } = await params;
  const form = await (await forms()).get(id);
  if (form?.workspaceId !== access.workspaceId)
    return Response.json({ ok: false, error: 'Unknown form.' }, { status: 404 });
  const latest = await (await versions()).latest(id);
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
