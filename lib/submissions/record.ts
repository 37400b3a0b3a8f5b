import { hasText, pick, type FormDefinition, type Lang } from '../form';
import type { PublishedVersion } from '../publishing/versions';
import { noticePath } from '../publishing/freeze';
import { META, type EmbedMode, type Envelope } from './payload';

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type Utm = Partial<Record<(typeof UTM_KEYS)[number], string>>;

export type Provenance = { origin: string | null; page: string | null; referrer: string | null; utm: Utm; embed: EmbedMode };

export type BoxState = { id: string; label: string; basis: string; channel: string; ticked: boolean };

export type ConsentRecordContent = {
  recordId: string;
  submissionId: string;
  createdAt: string;
  form: { id: string; version: number; definitionHash: string; formHash: string; approval: { reviewer: string | null; at: string | null } | null };
  notice: { version: number; lang: Lang; hash: string; path: string };
  /** HMAC of the email address: ties the proof to a person without keeping their details. */
  subject: string | null;
  consents: BoxState[];
  objections: BoxState[];
  acknowledgements: { id: string; label: string; ticked: true }[];
  provenance: Provenance;
  method: 'unticked checkbox + submit';
  network: { ip: string | null; userAgent: string | null } | null;
};

const httpUrl = (value: string | null | undefined): URL | null => {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

/** Where the submission came from: the page (from the script, else the Referer header), its campaign parameters. */
export function provenanceOf(envelope: Envelope, headers: Headers): Provenance {
  const page = httpUrl(envelope[META.page]) ?? httpUrl(headers.get('referer'));
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = page?.searchParams.get(key);
    if (value) utm[key] = value.slice(0, 200);
  }
  return {
    origin: headers.get('origin') ?? page?.origin ?? null,
    page: page?.href ?? null,
    referrer: httpUrl(envelope[META.referrer])?.href ?? null,
    utm,
    embed: envelope[META.embed],
  };
}

/** The lead's field values, minus those only a refused consent purpose would have used. */
export function keptFields(def: FormDefinition, data: Record<string, unknown>, consents: Record<string, boolean>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of def.fields) {
    const value = data[`field.${field.key}`];
    if (typeof value !== 'string' || value === '') continue;
    const users = def.purposes.filter((p) => field.purposes.includes(p.id));
    const onlyRefused = users.length > 0 && users.every((p) => p.basis.type === 'consent' && !consents[p.id]);
    if (!onlyRefused) fields[field.key] = value;
  }
  return fields;
}

export type RecordInput = {
  version: PublishedVersion;
  lang: Lang;
  data: Record<string, unknown>;
  provenance: Provenance;
  submissionId: string;
  recordId: string;
  createdAt: string;
  subject: string | null;
  network: ConsentRecordContent['network'];
};

/** Every box the visitor saw, with the exact label and whether it was ticked (refusals included). */
export function consentRecord(input: RecordInput): { content: ConsentRecordContent; consents: Record<string, boolean> } {
  const { version, lang, data } = input;
  const def = version.definition;
  const ticked = (name: string) => data[name] === 'yes';
  const consents: BoxState[] = [];
  const objections: BoxState[] = [];
  for (const p of def.purposes) {
    const base = { id: p.id, basis: p.basis.type, channel: p.channel };
    if (p.basis.type === 'consent') consents.push({ ...base, label: pick(p.label, lang), ticked: ticked(`consent.${p.id}`) });
    else if (p.marketing && hasText(p.objectionLabel)) objections.push({ ...base, label: pick(p.objectionLabel, lang), ticked: ticked(`objection.${p.id}`) });
  }
  const content: ConsentRecordContent = {
    recordId: input.recordId,
    submissionId: input.submissionId,
    createdAt: input.createdAt,
    form: {
      id: version.formId,
      version: version.version,
      definitionHash: version.definitionHash,
      formHash: version.formHashes[lang] ?? '',
      approval: version.approval ? { reviewer: version.approval.reviewer, at: version.approval.at } : null,
    },
    notice: { version: version.version, lang, hash: version.noticeHashes[lang] ?? '', path: noticePath(version.formId, version.version, lang) },
    subject: input.subject,
    consents,
    objections,
    acknowledgements: def.acknowledgements.map((a) => ({ id: a.id, label: pick(a.label, lang), ticked: true })),
    provenance: input.provenance,
    method: 'unticked checkbox + submit',
    network: input.network,
  };
  return { content, consents: Object.fromEntries(consents.map((c) => [c.id, c.ticked])) };
}
