import { z } from 'zod';
import { LANGUAGE_NAMES, langSchema, localizedSchema, pick, type Lang } from './localized';

const slug = (what: string) =>
  z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, {
    error: `${what} must start with a letter and use only a-z, 0-9, "_" or "-" (40 characters at most).`,
  });

const isoDate = z.iso.date({ error: 'Use a date written YYYY-MM-DD.' });
const optionalEmail = z.email({ error: 'Enter a valid email address.' }).optional();
const optionalUrl = z
  .url({ protocol: /^https?$/, error: 'Enter a full https:// address.' })
  .optional();

export const contactSchema = z.strictObject({
  email: optionalEmail,
  url: optionalUrl,
});

/**
 * Legal completeness (a name, an address, a rights contact, a retention period, a stated interest…) is
 * optional here and reported by the linter with its source, so an incomplete draft can still be saved.
 */
export const controllerSchema = z.strictObject({
  name: z.string().trim().max(200).default(''),
  address: z.string().trim().max(500).default(''),
  rightsContact: contactSchema.optional(),
  dpo: z
    .strictObject({
      name: z.string().trim().max(200).optional(),
      email: optionalEmail,
      url: optionalUrl,
      address: z.string().trim().max(500).optional(),
    })
    .optional(),
  euRepresentative: z
    .strictObject({
      name: z.string().trim().max(200),
      address: z.string().trim().max(500),
      email: optionalEmail,
    })
    .optional(),
});

export const FIELD_TYPES = [
  'email',
  'phone',
  'firstName',
  'lastName',
  'company',
  'jobTitle',
  'postalCode',
  'address',
  'country',
  'text',
  'textarea',
  'select',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

const fieldBase = {
  key: slug('A field key'),
  label: localizedSchema,
  required: z.boolean(),
  purposes: z.array(slug('A purpose id')).max(50),
};

const selectOptionSchema = z.strictObject({
  value: z.string().trim().min(1).max(100),
  label: localizedSchema,
});

const SIMPLE_FIELD_TYPES = FIELD_TYPES.filter(
  (t): t is Exclude<FieldType, 'select'> => t !== 'select',
);

export const fieldSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(SIMPLE_FIELD_TYPES), ...fieldBase }),
  z.strictObject({
    type: z.literal('select'),
    ...fieldBase,
    options: z.array(selectOptionSchema).min(1).max(100),
  }),
]);

export const BASES = ['consent', 'contract', 'legitimate_interest', 'legal_obligation'] as const;
export type Basis = (typeof BASES)[number];
export const CHANNELS = ['email', 'sms', 'phone', 'post', 'none'] as const;
export type Channel = (typeof CHANNELS)[number];
export const AUDIENCES = ['consumers', 'professionals'] as const;
export const RETENTION_STARTS = ['collection', 'last_contact', 'end_of_contract'] as const;
export const RECIPIENT_KINDS = ['internal', 'processor', 'partner'] as const;
export const SAFEGUARDS = ['adequacy', 'scc', 'bcr'] as const;
/**
 * The business sector, as far as the law treats sectors differently: telephone canvassing for energy
 * renovation or for adapting a home to age or disability is banned outright (Code de la consommation L223-1).
 * Left out, the linter detects it from the form's own words.
 */
export const SECTORS = ['energy_renovation', 'home_adaptation', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

export const legalBasisSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('consent') }),
  z.strictObject({ type: z.literal('contract') }),
  z.strictObject({
    type: z.literal('legitimate_interest'),
    interest: localizedSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('legal_obligation'),
    reference: z.string().trim().max(300).optional(),
  }),
]);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const retentionSchema = z.strictObject({
  /** A concrete period; leave it out only when `criteria` says how the period is determined. */
  duration: z
    .strictObject({
      /** Left out while a draft's period is not decided yet (the linter blocks publication). */
      value: z.number().int().positive().max(100).optional(),
      unit: z.enum(['days', 'months', 'years']),
    })
    .optional(),
  from: z.enum(RETENTION_STARTS).optional(),
  criteria: localizedSchema.optional(),
});
export type Retention = z.infer<typeof retentionSchema>;

export const transferSchema = z.strictObject({
  safeguard: z.enum(SAFEGUARDS),
  /** The adequacy decision, or the SCC / BCR instrument, named as a reader can look it up. */
  reference: z.string().trim().max(300).optional(),
  /** Where or how to obtain a copy of the safeguard. */
  copy: z.string().trim().max(300).optional(),
});

export const recipientSchema = z.strictObject({
  kind: z.enum(RECIPIENT_KINDS),
  name: localizedSchema,
  /** ISO 3166-1 alpha-2 country where the recipient processes the data. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter ISO country code such as FR or US.' }),
  transfer: transferSchema.optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

/**
 * A processing purpose. A consent purpose is shown as its own checkbox; there is deliberately no
 * "checked", "default" or "required" property: a pre-ticked or mandatory consent cannot be written.
 */
export const purposeSchema = z.strictObject({
  id: slug('A purpose id'),
  label: localizedSchema,
  description: localizedSchema.optional(),
  basis: legalBasisSchema,
  marketing: z.boolean(),
  channel: z.enum(CHANNELS),
  audience: z.enum(AUDIENCES),
  retention: retentionSchema.optional(),
  recipients: z.array(recipientSchema).max(50),
  /** Link to the up-to-date list of partners, for purposes that pass data to partners. */
  partnersUrl: optionalUrl,
  /** Claimed use of the existing-customer exception (CPCE L34-5, "soft opt-in"). */
  existingCustomerException: z.boolean().optional(),
  /** Label of the unticked box by which the visitor objects at collection (legitimate-interest marketing). */
  objectionLabel: localizedSchema.optional(),
});
export type Purpose = z.infer<typeof purposeSchema>;

/** A box the visitor must tick to proceed, such as accepting contest rules. Never a consent purpose. */
export const acknowledgementSchema = z.strictObject({
  id: slug('An acknowledgement id'),
  label: localizedSchema,
  documentUrl: optionalUrl,
});

export const formDefinitionSchema = z
  .strictObject({
    title: z.string().trim().min(1, { error: 'Give the form a title.' }).max(200),
    /**
     * What visitors read as the form's name (hosted page, notice), per language; optional and never the
     * internal `title`. Left out in a language, `publicTitleOf` falls back to the controller's name.
     */
    publicTitle: z
      .strictObject({
        fr: z.string().trim().max(200).optional(),
        en: z.string().trim().max(200).optional(),
      })
      .optional(),
    /** Where the data is collected: a plain lead form, or during a sale or service. */
    context: z.enum(['lead', 'customer']),
    languages: z.array(langSchema).min(1, { error: 'Choose at least one language.' }).max(2),
    effectiveDate: isoDate,
    intro: localizedSchema.optional(),
    /** The business sector as the marketer confirmed or corrected it; left out, it is detected. */
    sector: z.enum(SECTORS).optional(),
    submitLabel: localizedSchema,
    controller: controllerSchema.default({ name: '', address: '' }),
    fields: z.array(fieldSchema).max(200),
    purposes: z.array(purposeSchema).max(50),
    acknowledgements: z.array(acknowledgementSchema).max(10),
    /** Whether visitors under 15 may fill the form. */
    minorsPossible: z.boolean().optional(),
    /** Automated decision-making or profiling, if any (GDPR art. 22 and 13(2)(f)). */
    profiling: z.strictObject({ logic: localizedSchema, consequences: localizedSchema }).optional(),
    /** Notice URL override; by default the app hosts the full notice of each published version. */
    noticeUrl: optionalUrl,
  })
  .superRefine((def, ctx) => {
    const unique = (items: { id?: string; key?: string }[], prop: 'id' | 'key', at: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const value = item[prop];
        if (value === undefined) return;
        if (seen.has(value))
          ctx.addIssue({
            code: 'custom',
            path: [at, i, prop],
            message: `"${value}" is used twice: each ${prop} must be unique.`,
          });
        seen.add(value);
      });
    };
    unique(def.fields, 'key', 'fields');
    unique(def.purposes, 'id', 'purposes');
    unique(def.acknowledgements, 'id', 'acknowledgements');
    if (new Set(def.languages).size !== def.languages.length)
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'List each language once.' });

    const purposeIds = new Set(def.purposes.map((p) => p.id));
    def.fields.forEach((field, i) =>
      field.purposes.forEach((id, j) => {
        if (!purposeIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['fields', i, 'purposes', j],
            message: `No purpose has the id "${id}": add it or remove it from this field.`,
          });
      }),
    );

    const requireText = (
      text: Partial<Record<Lang, string>> | undefined,
      path: (string | number)[],
      what: string,
    ) => {
      for (const lang of def.languages)
        if (pick(text, lang) === '')
          ctx.addIssue({
            code: 'custom',
            path: [...path, lang],
            message: `Write ${what} in ${LANGUAGE_NAMES[lang]}.`,
          });
    };
    requireText(def.submitLabel, ['submitLabel'], 'the submit button label');
    def.fields.forEach((f, i) => {
      requireText(f.label, ['fields', i, 'label'], 'the field label');
      if (f.type === 'select')
        f.options.forEach((o, j) =>
          requireText(o.label, ['fields', i, 'options', j, 'label'], 'the option label'),
        );
    });
    def.purposes.forEach((p, i) =>
      requireText(p.label, ['purposes', i, 'label'], 'the purpose label'),
    );
    def.acknowledgements.forEach((a, i) =>
      requireText(a.label, ['acknowledgements', i, 'label'], 'the acknowledgement label'),
    );
  });

export type FormDefinition = z.infer<typeof formDefinitionSchema>;
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;
export type Field = FormDefinition['fields'][number];
export type Acknowledgement = FormDefinition['acknowledgements'][number];
