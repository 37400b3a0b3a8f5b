import { accessForRequest } from '@/lib/auth/access';
import { dataFor } from '@/lib/data';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/submissions/table';

const isFormat = (value: string | null): value is ExportFormat =>
  EXPORT_FORMATS.some((f) => f === value);

/**
 * Every filtered submission as CSV (default), JSON or NDJSON, streamed, with the same columns as the table
 * (session or API token). Nothing is capped: the file holds every matching row.
 */
export async function GET(
  request: Request,
  { params }: RouteContext<'/forms/[id]/submissions/export'>,
) {
  const access = await accessForRequest(request, 'proofs:read');
  if (!access.ok) return access.response;
  const { id } = await params;
  const form = await (await dataFor(access)).form(id);
  if (!form)
    return Response.json(
      { ok: false, error: 'Unknown form.' },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    );
  const url = new URL(request.url);
  const requested = url.searchParams.get('format');
  if (requested !== null && !isFormat(requested))
    return Response.json(
      { ok: false, error: `Unknown format "${requested}": use ${EXPORT_FORMATS.join(', ')}.` },
      { status: 400 },
    );
  const format = requested ?? 'csv';
  const { contentType, body } = await form.submissions.export(
    Object.fromEntries(url.searchParams),
    access.can('leads:read'),
    format,
  );
  const name = `submissions-${id.slice(0, 8)}-${new Date().toISOString().slice(0, 10)}.${format}`;
  return new Response(body, {
    headers: {
      'Cache-Control': 'no-store',
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
