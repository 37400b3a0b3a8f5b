import { z } from 'zod';
import { hasText, pick, type Field, type FormDefinition, type Lang } from '../form';

export const EMBED_MODES = ['snippet', 'iframe', 'hosted'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** Names of the envelope the snippet and the hosted page add to every submission. */
export const META = {
  version: 'cf_version',
  lang: 'cf_lang',
  embed: 'cf_embed',
  page: 'cf_page',
  referrer: 'cf_referrer',
  started: 'cf_started',
  idempotency: 'cf_idem',
  honeypot: 'cf_website',
} as const;

/** A hidden input the script did not fill (JavaScript off) arrives empty: that is the same as absent. */
const absentIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);
const optionalText = (max: number) => absentIfEmpty(z.string().max(max).optional());

/** The envelope, read before the definition is known (it names the version the visitor saw). */
export const envelopeSchema = z.object({
  [META.version]: z.coerce.number().int().positive({ error: 'The form version is missing: reload the page.' }),
  [META.lang]: z.enum(['fr', 'en'], { error: 'Unknown language.' }),
  [META.embed]: z.enum(EMBED_MODES).default('snippet'),
  [META.page]: optionalText(2000),
  [META.referrer]: optionalText(2000),
  [META.started]: absentIfEmpty(z.coerce.number().int().nonnegative().optional()),
  [META.idempotency]: absentIfEmpty(z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'Invalid idempotency key.' }).optional()),
  [META.honeypot]: optionalText(500),
});
export type Envelope = z.infer<typeof envelopeSchema>;

const MESSAGES: Record<Lang, { required: string; email: string; phone: string; option: string; tooLong: string; ack: string; unknown: string }> = {
  fr: {
    required: 'Ce champ est obligatoire.',
    email: 'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
    phone: 'Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.',
    option: 'Choisissez une des options proposées.',
    tooLong: 'Ce texte est trop long.',
    ack: 'Cochez cette case pour continuer.',
    unknown: 'Ce champ ne fait pas partie du formulaire.',
  },
  en: {
    required: 'This field is required.',
    email: 'Enter a valid email address, such as name@example.com.',
    phone: 'Enter a valid telephone number, such as +33 6 12 34 56 78.',
    option: 'Choose one of the options.',
    tooLong: 'This text is too long.',
    ack: 'Tick this box to continue.',
    unknown: 'This field is not part of the form.',
  },
};

function fieldValue(field: Field, m: (typeof MESSAGES)[Lang]) {
  const max = field.type === 'textarea' ? 5000 : 500;
  let text: z.ZodType<string, string> = z.string().trim().max(max, { error: m.tooLong });
  if (field.type === 'email') text = z.string().trim().pipe(z.email({ error: m.email }));
  if (field.type === 'phone') text = z.string().trim().regex(/^\+?[0-9][0-9 ().-]{5,24}$/, { error: m.phone });
  if (field.type === 'select') {
    const values = field.options.map((o) => o.value);
    text = z.string().refine((v) => values.includes(v), { error: m.option });
  }
  if (field.required) return z.string({ error: m.required }).trim().min(1, { error: m.required }).pipe(text);
  return z.union([z.literal(''), text]).optional();
}

/**
 * The submission schema of one published definition: its fields, its consent and objection boxes (present means
 * ticked; absence is a refusal), its acknowledgements (mandatory), the envelope, and nothing else: an unknown
 * or forged purpose is refused.
 */
export function submissionSchemaFor(def: FormDefinition, lang: Lang) {
  const m = MESSAGES[lang];
  const ticked = z.literal('yes', { error: 'A ticked box sends "yes".' }).optional();
  const shape: Record<string, z.ZodType> = { ...envelopeSchema.shape };
  for (const field of def.fields) shape[`field.${field.key}`] = fieldValue(field, m);
  for (const p of def.purposes) {
    if (p.basis.type === 'consent') shape[`consent.${p.id}`] = ticked;
    else if (p.marketing && hasText(p.objectionLabel)) shape[`objection.${p.id}`] = ticked;
  }
  for (const ack of def.acknowledgements) shape[`ack.${ack.id}`] = z.literal('yes', { error: m.ack });
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? m.unknown : undefined) });
}

/** The label the visitor read beside each box, in the language of the submission. */
export const labelOf = (text: Parameters<typeof pick>[0], lang: Lang) => pick(text, lang);
