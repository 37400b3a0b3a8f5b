import { accessForRequest } from '@/lib/auth/access';
import { dataFor } from '@/lib/data';

/** GET /api/forms: the workspace's forms, with their status and lint counts (session or API token). */
export async function GET(request: Request) {
  const access = await accessForRequest(request, 'forms:read');
  if (!access.ok) return access.response;
  return Response.json(
    { ok: true, data: await (await dataFor(access)).forms.list() },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
