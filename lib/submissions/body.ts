import { fill, type VisitorMessages } from '../messages';

export const MAX_BODY_BYTES = 64 * 1024;

type Messages = VisitorMessages['submission'];

export type BodyResult =
  | { ok: true; entries: Record<string, string>; json: boolean }
  | { ok: false; status: 400 | 413 | 415 | 422; error: string };

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';
const JSON_TYPE = 'application/json';

/** Reads at most MAX_BODY_BYTES; never buffers a larger body. */
async function readLimited(request: Request): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return undefined;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** C0 controls but tab, line feed and carriage return: no visitor types them; PostgreSQL cannot store NUL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function collect(pairs: Iterable<[string, unknown]>, m: Messages): BodyResult {
  const entries: Record<string, string> = {};
  for (const [name, value] of pairs) {
    if (typeof value !== 'string')
      return { ok: false, status: 422, error: fill(m.notText, { name }) };
    if (CONTROL.test(name) || CONTROL.test(value))
      return {
        ok: false,
        status: 422,
        error: fill(m.controlCharacter, { name: name.replace(CONTROL, '?') }),
      };
    if (Object.hasOwn(entries, name))
      return { ok: false, status: 422, error: fill(m.twice, { name }) };
    entries[name] = value;
  }
  return { ok: true, entries, json: false };
}

/** Parses a urlencoded, multipart or JSON body into one string per name; refusals are worded with `m`. */
export async function readSubmissionBody(request: Request, m: Messages): Promise<BodyResult> {
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (![FORM, MULTIPART, JSON_TYPE].includes(type))
    return {
      ok: false,
      status: 415,
      error: fill(m.contentType, {
        form: FORM,
        multipart: MULTIPART,
        json: JSON_TYPE,
        got: type || m.noContentType,
      }),
    };
  const bytes = await readLimited(request);
  if (!bytes)
    return {
      ok: false,
      status: 413,
      error: fill(m.tooLarge, { size: MAX_BODY_BYTES / 1024 }),
    };
  try {
    if (type === FORM) return collect(new URLSearchParams(new TextDecoder().decode(bytes)), m);
    if (type === MULTIPART)
      return collect(
        (
          await new Response(bytes, {
            headers: { 'content-type': request.headers.get('content-type') ?? '' },
          }).formData()
        ).entries(),
        m,
      );
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!json || typeof json !== 'object' || Array.isArray(json))
      return {
        ok: false,
        status: 400,
        error: m.notAnObject,
      };
    const result = collect(
      Object.entries(json)
        .map(([k, v]): [string, unknown] => [k, v === true ? 'yes' : v === false ? undefined : v])
        .filter(([, v]) => v !== undefined),
      m,
    );
    return result.ok ? { ...result, json: true } : result;
  } catch {
    return { ok: false, status: 400, error: m.malformed };
  }
}
