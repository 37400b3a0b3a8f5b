import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Lang } from '../form';
import type { Store } from '../db/connect';
import { formRepository, type EmbedSettings } from '../forms/repository';
import { versionRepository } from '../publishing/versions';
import { readSubmissionBody } from './body';
import { clientAddress, truncateIp } from './network';
import { envelopeSchema, META, submissionSchemaFor } from './payload';
import { rateLimiter } from './rate-limit';
import { consentRecord, keptFields, provenanceOf } from './record';
import { subjectHash, submissionRepository } from './repository';

/** What the route answers, in the shape both the JSON and the HTML responses are built from. */
export type Outcome =
  | { ok: true; status: 200; receipt: string; replayed: boolean; formId: string; lang: Lang; page: string | null }
  | { ok: false; status: number; error: string; fieldErrors?: Record<string, string>; retryAfter?: number; lang: Lang };

export const MIN_FILL_MS = 1500;
const limiter = rateLimiter(Number(process.env.CONFORME_RATE_LIMIT ?? 10), 60_000);

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys) out[key] = key.startsWith('consent.') || key.startsWith('objection.') ? `Unknown or forged purpose "${key.split('.')[1]}".` : issue.message;
    else out[issue.path.join('.') || '(form)'] = issue.message;
  }
  return out;
}

/** Allowed: the app's own origin (hosted page, iframe) and the origins the marketer listed. */
export function isOriginAllowed(origin: string | null, appOrigin: string, allowed: readonly string[]): boolean {
  return origin === null || origin === appOrigin || allowed.includes(origin);
}

/**
 * The one submission path: snippet, iframe and hosted page all post here. Validates against the published
 * version the visitor saw; stores nothing unless everything is valid; stores the lead and its consent record
 * in one transaction before answering.
 */
export async function submit(store: Store, formId: string, request: Request, appOrigin: string, settings?: EmbedSettings): Promise<Outcome> {
  const accept = request.headers.get('accept-language')?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  const fail = (status: number, error: string, extra: Partial<Extract<Outcome, { ok: false }>> = {}): Outcome => ({ ok: false, status, error, lang: accept, ...extra });

  const form = settings ?? (await formRepository(store).embedSettings(formId));
  if (!form) return fail(404, 'This form does not exist.');
  const origin = request.headers.get('origin');
  if (!isOriginAllowed(origin, appOrigin, form.allowedOrigins)) return fail(403, `Submissions from ${origin} are not allowed for this form.`);

  const body = await readSubmissionBody(request);
  if (!body.ok) return fail(body.status, body.error);
  const envelope = envelopeSchema.safeParse(body.entries);
  if (!envelope.success) return fail(422, 'The submission is incomplete: reload the page and try again.', { fieldErrors: fieldErrorsOf(envelope.error) });
  const env = envelope.data;
  const lang = env[META.lang];

  const version = await versionRepository(store).get(formId, env[META.version]);
  if (!version) return fail(404, 'This version of the form is not published.', { lang });
  if (!version.definition.languages.includes(lang)) return fail(422, 'This form is not published in that language.', { lang });

  const parsed = submissionSchemaFor(version.definition, lang).safeParse(body.entries);
  if (!parsed.success) return fail(422, lang === 'fr' ? 'Corrigez les champs signalés.' : 'Please correct the highlighted fields.', { fieldErrors: fieldErrorsOf(parsed.error), lang });

  if (env[META.honeypot]) return fail(422, 'This submission looks automated and was not recorded.', { lang });
  const started = env[META.started];
  if (started !== undefined && Date.now() - started < MIN_FILL_MS) return fail(422, 'The form was sent too quickly to be a person: wait a moment and send it again.', { lang });

  const idem = env[META.idempotency] ?? null;
  const submissions = submissionRepository(store);
  if (idem) {
    const existing = await submissions.findByIdempotencyKey(formId, idem);
    if (existing) return { ok: true, status: 200, receipt: existing, replayed: true, formId, lang, page: env[META.page] ?? null };
  }
  const ip = clientAddress(request.headers);
  const wait = limiter.hit(`${formId}|${ip}`);
  if (wait) return fail(429, 'Too many submissions from your address: try again in a minute.', { retryAfter: wait, lang });

  const data: Record<string, unknown> = parsed.data;
  const createdAt = new Date().toISOString();
  const submissionId = randomUUID();
  const emailField = version.definition.fields.find((f) => f.type === 'email');
  const email = emailField ? data[`field.${emailField.key}`] : undefined;
  const network = form.recordNetwork ? { ip: truncateIp(ip), userAgent: request.headers.get('user-agent')?.slice(0, 300) ?? null } : null;
  const provenance = provenanceOf(env, request.headers);
  const { content, consents } = consentRecord({
    version,
    lang,
    data,
    provenance,
    submissionId,
    recordId: randomUUID(),
    createdAt,
    subject: typeof email === 'string' && email ? subjectHash(await submissions.subjectKey(), email) : null,
    network,
  });
  const saved = await submissions.save({
    id: submissionId,
    formId,
    version: version.version,
    createdAt,
    lang,
    fields: keptFields(version.definition, data, consents),
    provenance,
    consents,
    idempotencyKey: idem,
    ip: network?.ip ?? null,
    userAgent: network?.userAgent ?? null,
    record: content,
  });
  return { ok: true, status: 200, receipt: saved.receipt, replayed: saved.replayed, formId, lang, page: provenance.page };
}
