import { requireAccess } from '@/lib/auth/access';
import { forms } from '@/lib/forms/service';
import { toCsv } from '@/lib/submissions/table';
import { submissionTable } from '@/lib/submissions/view';

/** CSV or JSON export of the filtered submissions, with the same columns as the table. */
export async function GET(request: Request, { params }: RouteContext<'/forms/[id]/submissions/export'>) {
  await requireAccess('submissions:read');
  const { id } = await params;
  if (!(await (await forms()).get(id))) return new Response('Unknown form.\n', { status: 404 });
  const url = new URL(request.url);
  const { columns, rows } = await submissionTable(id, Object.fromEntries(url.searchParams));
  const name = `submissions-${id.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}`;
  const headers = { 'Cache-Control': 'no-store', 'Content-Disposition': '' };
  if (url.searchParams.get('format') === 'json') {
    headers['Content-Disposition'] = `attachment; filename="${name}.json"`;
    return Response.json({ columns, rows }, { headers });
  }
  headers['Content-Disposition'] = `attachment; filename="${name}.csv"`;
  return new Response(toCsv(columns, rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
}
