import { accessForRequest } from '@/lib/auth/access';
import { forms } from '@/lib/data/service';
import { toCsv } from '@/lib/submissions/table';
import { submissionTable } from '@/lib/data/view';

/** CSV or JSON export of the filtered submissions, with the same columns as the table (session or API token). */
export async function GET(
  request: Request,
  { params }: RouteContext<'/forms/[id]/submissions/export'>,
) {
  const access = await accessForRequest(request, 'proofs:read');
  if (!access.ok) return access.response;
  const { id } = await params;
  const form = await (await forms()).get(id);
  if (form?.workspaceId !== access.workspaceId)
    return Response.json({ ok: false, error: 'Unknown form.' }, { status: 404 });
  const url = new URL(request.url);
  const { columns, rows } = await submissionTable(
    id,
    Object.fromEntries(url.searchParams),
    access.can('leads:read'),
  );
  const name = `submissions-${id.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}`;
  if (url.searchParams.get('format') === 'json')
    return Response.json(
      { columns, rows },
      {
        headers: {
          'Cache-Control': 'no-store',
          'Content-Disposition': `attachment; filename="${name}.json"`,
        },
      },
    );
  return new Response(toCsv(columns, rows), {
    headers: {
      'Cache-Control': 'no-store',
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    },
  });
}
