import { randomUUID } from 'node:crypto';
import { ENVELOPE, isField, purposeOfBoxName, visitorInputs, type Lang } from '../form';
import type { Store } from '../db/connect';
import { formRepository, type EmbedSettings } from '../forms/repository';
import { fill, messagesFor } from '../messages';
import { versionRepository, type PublishedVersion } from '../publishing/versions';
import { fieldErrorsOf } from '../result';
import { readSubmissionBody } from './body';
import { clientAddress, truncateIp } from './network';
import { envelopeSchemaFor, formIdSchema, submissionSchemaFor, type Envelope } from './payload';
import { rateLimiterFor } from './rate-limit';
import { consentRecord, keptFields, provenanceOf } from './record';
import {
  chainOf,
  subjectHash,
  submissionRepository,
  type NewSubmission,
  type RecordReceipt,
} from './repository';
import { storageFailure } from './storage-errors';

/** What the route answers, in the shape both the JSON and the HTML responses are built from. */
export type Outcome =
  | {
      ok: true;
      status: 200;
      receipt: string;
      replayed: boolean;
      /** Where the submission's consent record sits in the ledger, with its hash: the visitor's evidence. */
      record: RecordReceipt | null;
      formId: string;
      lang: Lang;
      page: string | null;
    }
  | {
      ok: false;
      status: number;
      error: string;
      fieldErrors?: Record<string, string>;
      retryAfter?: number;
      /** What the page for visitors without JavaScript says instead of `error`, when it differs. */
      pageError?: string;
      lang: Lang;
    };
export type Refusal = Extract<Outcome, { ok: false }>;

/** A step's result: its values, or the refusal that ends the submission. */
type Step<T> = ({ ok: true } & T) | Refusal;

export const MIN_FILL_MS = 1500;

const refuse = (
  status: number,
  lang: Lang,
  error: string,
  extra: Partial<Refusal> = {},
): Refusal => ({ ok: false, status, error, lang, ...extra });

/** Allowed: the app's own origin (hosted page, iframe) and the origins the marketer listed. */
export function isOriginAllowed(
  origin: string | null,
  appOrigin: string,
  allowed: readonly string[],
): boolean {
  return origin === null || origin === appOrigin || allowed.includes(origin);
}

/** The language to answer in before the form's language is known: the browser's, French by default. */
export const acceptedLang = (headers: Headers): Lang =>
  headers.get('accept-language')?.toLowerCase().startsWith('en') ? 'en' : 'fr';

/**
 * The language of a refusal when the body names none: the browser's when the form is published in it, else
 * the form's first, so a French form refuses in French, heading and reason alike.
 */
async function formLang(store: Store, formId: string, accepted: Lang): Promise<Lang> {
  const languages = (await versionRepository(store).latest(formId))?.definition.languages ?? [];
  return languages.includes(accepted) ? accepted : (languages[0] ?? accepted);
}

/** Step 1: the body, one string per name, and its envelope (which version, which language, where from). */
async function parseInput(
  request: Request,
  lang: Lang,
): Promise<Step<{ entries: Record<string, string>; envelope: Envelope }>> {
  const m = messagesFor(lang).submission;
  const body = await readSubmissionBody(request, m);
  if (!body.ok) return refuse(body.status, lang, body.error);
  const envelope = envelopeSchemaFor(lang).safeParse(body.entries);
  if (!envelope.success)
    return refuse(422, lang, m.incomplete, { fieldErrors: fieldErrorsOf(envelope.error) });
  return { ok: true, entries: body.entries, envelope: envelope.data };
}

/** Step 2: the published version the visitor saw, in a language it is published in. */
async function loadVersion(
  store: Store,
  formId: string,
  envelope: Envelope,
): Promise<Step<{ version: PublishedVersion; lang: Lang }>> {
  const lang = envelope[ENVELOPE.lang];
  const m = messagesFor(lang).submission;
  const version = await versionRepository(store).getCached(formId, envelope[ENVELOPE.version]);
  if (!version) return refuse(404, lang, m.versionUnpublished);
  if (!version.definition.languages.includes(lang)) return refuse(422, lang, m.languageUnpublished);
  return { ok: true, version, lang };
}

/** Step 3: the answers, checked against that version's inputs; then the bot traps. */
function checkAnswers(
  version: PublishedVersion,
  lang: Lang,
  entries: Record<string, string>,
  envelope: Envelope,
): Step<{ data: Record<string, unknown> }> {
  const { validation, submission } = messagesFor(lang);
  const parsed = submissionSchemaFor(version.definition, lang).safeParse(entries);
  if (!parsed.success) {
    const forged = (key: string) => {
      const id = purposeOfBoxName(key);
      return id === undefined ? undefined : fill(validation.forgedPurpose, { id });
    };
    return refuse(422, lang, validation.fixErrors, {
      fieldErrors: fieldErrorsOf(parsed.error, forged),
    });
  }
  if (envelope[ENVELOPE.honeypot]) return refuse(422, lang, submission.automated);
  const started = envelope[ENVELOPE.started];
  if (started !== undefined && Date.now() - started < MIN_FILL_MS)
    return refuse(422, lang, submission.tooQuick);
  return { ok: true, data: parsed.data };
}

type Checked = {
  formId: string;
  version: PublishedVersion;
  lang: Lang;
  data: Record<string, unknown>;
  envelope: Envelope;
  idempotencyKey: string | null;
  ip: string;
};

/** Step 4: the lead and its consent record, every box the visitor saw with what they did with it. */
async function buildSubmission(
  c: Checked,
  request: Request,
  settings: EmbedSettings,
  subjectKey: () => Promise<string>,
): Promise<NewSubmission> {
  const inputs = visitorInputs(c.version.definition, c.lang);
  const emailName = inputs.filter(isField).find((f) => f.type === 'email')?.name;
  const email = emailName ? c.data[emailName] : undefined;
  const network = settings.recordNetwork
    ? { ip: truncateIp(c.ip), userAgent: request.headers.get('user-agent')?.slice(0, 300) ?? null }
    : null;
  const provenance = provenanceOf(c.envelope, request.headers);
  const createdAt = new Date().toISOString();
  const submissionId = randomUUID();
  const { content, consents } = consentRecord({
    version: c.version,
    lang: c.lang,
    data: c.data,
    provenance,
    submissionId,
    recordId: randomUUID(),
    createdAt,
    subject: typeof email === 'string' && email ? subjectHash(await subjectKey(), email) : null,
    network,
    inputs,
  });
  return {
    id: submissionId,
    formId: c.formId,
    version: c.version.version,
    createdAt,
    lang: c.lang,
    fields: keptFields(inputs, c.data, consents),
    provenance,
    consents,
    idempotencyKey: c.idempotencyKey,
    ip: network?.ip ?? null,
    userAgent: network?.userAgent ?? null,
    record: content,
    chainId: chainOf(settings.workspaceId),
  };
}

/** Seconds a visitor is asked to wait before sending again when the store cannot record (Retry-After). */
export const STORAGE_RETRY_AFTER_S = 30;

/**
 * A store that cannot record (disk full, database unreachable…) refuses with 503 and a retry delay in the
 * visitor's language, and logs one line naming the cause, never the visitor's answers. Any other error is a
 * bug: it is thrown again, to surface as a 500.
 */
export function storageRefusal(error: unknown, formId: string, lang: Lang): Refusal {
  const failure = storageFailure(error);
  if (!failure) throw error;
  const form = formId.replace(/[^\w-]/g, '?').slice(0, 64);
  console.error(
    `conforme: submission not recorded for form ${form}: ${failure.cause} (${failure.code})`,
  );
  const m = messagesFor(lang).submission;
  return refuse(503, lang, m.unavailable, {
    retryAfter: STORAGE_RETRY_AFTER_S,
    pageError: m.unavailablePage,
  });
}

/**
 * The one submission path: snippet, iframe and hosted page all post here. Validates against the published
 * version the visitor saw; stores nothing unless everything is valid; stores the lead and its consent record
 * in one transaction before answering. A store that cannot write answers 503, the transaction undone.
 */
export async function submit(
  store: Store,
  formId: string,
  request: Request,
  appOrigin: string,
  settings?: EmbedSettings,
  peer: string | null = null,
): Promise<Outcome> {
  const answer = { lang: acceptedLang(request.headers), peer };
  try {
    return await recordSubmission(store, formId, request, appOrigin, settings, answer);
  } catch (error) {
    return storageRefusal(error, formId, answer.lang);
  }
}

/**
 * `submit` itself; `answer.lang` follows the language the visitor reads, for a refusal thrown midway, and
 * `answer.peer` is the connection's address when the server sees it (clientAddress).
 */
async function recordSubmission(
  store: Store,
  formId: string,
  request: Request,
  appOrigin: string,
  settings: EmbedSettings | undefined,
  answer: { lang: Lang; peer: string | null },
): Promise<Outcome> {
  const accepted = answer.lang;
  const m = messagesFor(accepted).submission;
  const form =
    settings ??
    (formIdSchema.safeParse(formId).success
      ? await formRepository(store).embedSettings(formId)
      : undefined);
  if (!form) return refuse(404, accepted, m.formMissing);
  const origin = request.headers.get('origin');
  if (!isOriginAllowed(origin, appOrigin, form.allowedOrigins)) {
    // The language of the form the visitor saw, when the body names it; else the form's.
    const sent = await parseInput(request, accepted);
    const lang = sent.ok ? sent.envelope[ENVELOPE.lang] : await formLang(store, formId, accepted);
    const message = messagesFor(lang).submission.originRefused;
    return refuse(403, lang, fill(message, { origin: origin ?? '' }));
  }

  const input = await parseInput(request, accepted);
  if (!input.ok) return input;
  answer.lang = input.envelope[ENVELOPE.lang];
  if (form.archived)
    return refuse(410, answer.lang, messagesFor(answer.lang).submission.formClosed);
  const loaded = await loadVersion(store, formId, input.envelope);
  if (!loaded.ok) return loaded;
  const { version, lang } = loaded;
  const checked = checkAnswers(version, lang, input.entries, input.envelope);
  if (!checked.ok) return checked;

  const page = input.envelope[ENVELOPE.page] ?? null;
  const idempotencyKey = input.envelope[ENVELOPE.idempotency] ?? null;
  const submissions = submissionRepository(store);
  if (idempotencyKey) {
    const existing = await submissions.findByIdempotencyKey(formId, idempotencyKey);
    if (existing)
      return {
        ok: true,
        status: 200,
        receipt: existing,
        replayed: true,
        record: await submissions.recordOf(existing),
        formId,
        lang,
        page,
      };
  }
  const ip = clientAddress(request.headers, answer.peer);
  const wait = await (await rateLimiterFor(store)).hit(`${formId}|${ip}`);
  if (wait)
    return refuse(429, lang, messagesFor(lang).submission.rateLimited, { retryAfter: wait });

  const submission = await buildSubmission(
    { formId, version, lang, data: checked.data, envelope: input.envelope, idempotencyKey, ip },
    request,
    form,
    () => submissions.subjectKey(),
  );
  const saved = await submissions.save(submission);
  return {
    ok: true,
    status: 200,
    receipt: saved.receipt,
    replayed: saved.replayed,
    record: saved.record,
    formId,
    lang,
    page: submission.provenance.page,
  };
}
