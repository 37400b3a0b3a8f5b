import { hasText, pick, type Lang } from './localized';
import type { Basis, Channel, FieldType, FormDefinition } from './schema';

/** Where a published form is shown: pasted as a snippet, inside an iframe, or on the app's hosted page. */
export const EMBED_MODES = ['snippet', 'iframe', 'hosted'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** Names of the envelope the snippet and the hosted page add to every submission, beside the visitor's inputs. */
export const ENVELOPE = {
  version: 'cf_version',
  lang: 'cf_lang',
  embed: 'cf_embed',
  page: 'cf_page',
  referrer: 'cf_referrer',
  started: 'cf_started',
  idempotency: 'cf_idem',
  honeypot: 'cf_website',
} as const;

/** What a visitor sees and sends: a field, a consent box, an objection box or an acknowledgement box. */
export type InputKind = 'field' | 'consent' | 'objection' | 'acknowledgement';

const PREFIX: Record<InputKind, string> = {
  field: 'field.',
  consent: 'consent.',
  objection: 'objection.',
  acknowledgement: 'ack.',
};

/** The submitted name of an input: `field.email`, `consent.newsletter`, `objection.prospecting`, `ack.rules`. */
export const inputName = (kind: InputKind, id: string) => `${PREFIX[kind]}${id}`;

/** The purpose a submitted consent or objection name claims (`consent.resale` → `resale`), else undefined. */
export function purposeOfBoxName(name: string): string | undefined {
  for (const kind of ['consent', 'objection'] as const)
    if (name.startsWith(PREFIX[kind])) return name.slice(PREFIX[kind].length);
  return undefined;
}

type Common = {
  /** The name the input is submitted under. */
  name: string;
  /** The label in the visitor's language, as written (not escaped). */
  label: string;
  required: boolean;
  /** Ids of the purposes the input serves. */
  purposes: readonly string[];
};

export type FieldInput = Common & {
  kind: 'field';
  key: string;
  type: FieldType;
  control: 'input' | 'textarea' | 'select';
  /** The `type` of an `input` control. */
  inputType: 'email' | 'tel' | 'text';
  /** The browser's autofill hint, for fields a browser knows. */
  autocomplete: string | undefined;
  maxLength: number;
  /** The choices of a select, labels in the visitor's language. */
  options: readonly { value: string; label: string }[];
};

/** An unticked box: consent to a purpose, or objection to a legitimate-interest marketing purpose. */
export type BoxInput = Common & {
  kind: 'consent' | 'objection';
  id: string;
  basis: Basis;
  channel: Channel;
};

export type AcknowledgementInput = Common & {
  kind: 'acknowledgement';
  id: string;
  documentUrl: string | undefined;
};

export type VisitorInput = FieldInput | BoxInput | AcknowledgementInput;

const AUTOCOMPLETE: Partial<Record<FieldType, string>> = {
  email: 'email',
  phone: 'tel',
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  jobTitle: 'organization-title',
  postalCode: 'postal-code',
  address: 'street-address',
  country: 'country-name',
};
const INPUT_TYPE: Partial<Record<FieldType, 'email' | 'tel'>> = { email: 'email', phone: 'tel' };

/**
 * Everything a visitor of `def` fills in, in the order shown: the fields, then one box per consent purpose and
 * per legitimate-interest marketing purpose with an objection label (in purpose order), then the
 * acknowledgements. The HTML form, the submission schema and the consent record are all built from this list.
 */
export function visitorInputs(def: FormDefinition, lang: Lang): VisitorInput[] {
  const purposeIds = new Set(def.purposes.map((p) => p.id));
  const fields = def.fields.map((field): FieldInput => ({
    kind: 'field',
    name: inputName('field', field.key),
    key: field.key,
    label: pick(field.label, lang),
    required: field.required,
    purposes: field.purposes.filter((id) => purposeIds.has(id)),
    type: field.type,
    control: field.type === 'textarea' || field.type === 'select' ? field.type : 'input',
    inputType: INPUT_TYPE[field.type] ?? 'text',
    autocomplete: AUTOCOMPLETE[field.type],
    maxLength: field.type === 'textarea' ? 5000 : 500,
    options:
      field.type === 'select'
        ? field.options.map((o) => ({ value: o.value, label: pick(o.label, lang) }))
        : [],
  }));
  const boxes = def.purposes.flatMap((p): BoxInput[] => {
    const box = {
      id: p.id,
      required: false,
      purposes: [p.id],
      basis: p.basis.type,
      channel: p.channel,
    };
    if (p.basis.type === 'consent')
      return [
        { kind: 'consent', name: inputName('consent', p.id), label: pick(p.label, lang), ...box },
      ];
    if (p.marketing && hasText(p.objectionLabel))
      return [
        {
          kind: 'objection',
          name: inputName('objection', p.id),
          label: pick(p.objectionLabel, lang),
          ...box,
        },
      ];
    return [];
  });
  const acknowledgements = def.acknowledgements.map((ack): AcknowledgementInput => ({
    kind: 'acknowledgement',
    name: inputName('acknowledgement', ack.id),
    id: ack.id,
    label: pick(ack.label, lang),
    required: true,
    purposes: [],
    documentUrl: ack.documentUrl,
  }));
  return [...fields, ...boxes, ...acknowledgements];
}

export const isField = (input: VisitorInput): input is FieldInput => input.kind === 'field';
export const isBox = (input: VisitorInput): input is BoxInput =>
  input.kind === 'consent' || input.kind === 'objection';
export const isAcknowledgement = (input: VisitorInput): input is AcknowledgementInput =>
  input.kind === 'acknowledgement';
