import { z } from 'zod';
import {
  EMBED_MODES,
  ENVELOPE,
  LANGS,
  visitorInputs,
  type FieldInput,
  type FormDefinition,
  type Lang,
  type VisitorInput,
} from '../form';
import { messagesFor, type VisitorMessages } from '../messages';

type Validation = VisitorMessages['validation'];

/** A hidden input the script did not fill (JavaScript off) arrives empty: that is the same as absent. */
const absentIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema);
const optionalText = (max: number) => absentIfEmpty(z.string().max(max).optional());

/** What a form id looks like (ours are UUIDs); any other path segment is an unknown form, answered 404. */
export const formIdSchema = z.string().regex(/^[\w-]{1,64}$/);

/** The envelope, read before the definition is known (it names the version the visitor saw). */
const envelopes = new Map<Lang, ReturnType<typeof buildEnvelopeSchema>>();

/** The envelope's schema in a language: built once per process (zod compiles it on first use). */
export function envelopeSchemaFor(lang: Lang) {
  let schema = envelopes.get(lang);
  if (!schema) envelopes.set(lang, (schema = buildEnvelopeSchema(lang)));
  return schema;
}

function buildEnvelopeSchema(lang: Lang) {
  const m = messagesFor(lang).validation;
  return z.object({
    [ENVELOPE.version]: z.coerce.number().int().positive({ error: m.versionMissing }),
    [ENVELOPE.lang]: z.enum(LANGS, { error: m.language }),
    [ENVELOPE.embed]: z.enum(EMBED_MODES).default('snippet'),
    [ENVELOPE.page]: optionalText(2000),
    [ENVELOPE.referrer]: optionalText(2000),
    [ENVELOPE.started]: absentIfEmpty(z.coerce.number().int().nonnegative().optional()),
    [ENVELOPE.idempotency]: absentIfEmpty(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,100}$/, { error: m.idempotencyKey })
        .optional(),
    ),
    [ENVELOPE.honeypot]: optionalText(500),
  });
}
export type Envelope = z.infer<ReturnType<typeof envelopeSchemaFor>>;

function fieldValue(input: FieldInput, m: Validation) {
  let text: z.ZodType<string, string> = z
    .string()
    .trim()
    .max(input.maxLength, { error: m.tooLong });
  if (input.type === 'email')
    text = z
      .string()
      .trim()
      .pipe(z.email({ error: m.email }));
  if (input.type === 'phone')
    text = z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, { error: m.phone });
  if (input.type === 'select') {
    const values = input.options.map((o) => o.value);
    text = z.string().refine((v) => values.includes(v), { error: m.option });
  }
  if (input.required)
    return z.string({ error: m.required }).trim().min(1, { error: m.required }).pipe(text);
  return z.union([z.literal(''), text]).optional();
}

/** What one input may send: a field's text, "yes" for a ticked box (absence is a refusal), "yes" for an acknowledgement. */
function inputValue(input: VisitorInput, m: Validation): z.ZodType {
  if (input.kind === 'field') return fieldValue(input, m);
  if (input.kind === 'acknowledgement') return z.literal('yes', { error: m.ack });
  return z.literal('yes', { error: m.ticked }).optional();
}

/**
 * The submission schema of one published definition: the envelope and the visitor inputs, and nothing else: an
 * unknown or forged purpose is refused.
 */
const submissionSchemas = new WeakMap<
  FormDefinition,
  Partial<Record<Lang, ReturnType<typeof buildSubmissionSchema>>>
>();

/**
 * The schema of what a visitor of `def` may post in `lang`. Published definitions are immutable and the
 * version repository hands out one object per version, so each schema is built once per process.
 */
export function submissionSchemaFor(def: FormDefinition, lang: Lang) {
  let byLang = submissionSchemas.get(def);
  if (!byLang) submissionSchemas.set(def, (byLang = {}));
  return (byLang[lang] ??= buildSubmissionSchema(def, lang));
}

function buildSubmissionSchema(def: FormDefinition, lang: Lang) {
  const m = messagesFor(lang).validation;
  const shape: Record<string, z.ZodType> = { ...envelopeSchemaFor(lang).shape };
  for (const input of visitorInputs(def, lang)) shape[input.name] = inputValue(input, m);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? m.unknown : undefined),
  });
}
