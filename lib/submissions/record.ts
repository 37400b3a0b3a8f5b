import {
  ENVELOPE,
  isAcknowledgement,
  isBox,
  isField,
  visitorInputs,
  type BoxInput,
  type EmbedMode,
  type Lang,
  type VisitorInput,
} from '../form';
import { noticePath } from '../embed/paths';
import type { PublishedVersion } from '../publishing/versions';
import type { Envelope } from './payload';

export const UTM_KEYS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const;
export type Utm = Partial<Record<(typeof UTM_KEYS)[number], string>>;

export type Provenance = {
  origin: string | null;
  page: string | null;
  referrer: string | null;
  utm: Utm;
  embed: EmbedMode;
};

export type BoxState = {
  id: string;
  label: string;
  basis: string;
  channel: string;
  ticked: boolean;
};

export type ConsentRecordContent = {
  recordId: string;
  submissionId: string;
  createdAt: string;
  form: {
    id: string;
    version: number;
    definitionHash: string;
    formHash: string;
    /** `selfApproved` appears only when the submitter approved their own draft (a workspace setting). */
    approval: { reviewer: string | null; at: string | null; selfApproved?: true } | null;
  };
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
  const page = httpUrl(envelope[ENVELOPE.page]) ?? httpUrl(headers.get('referer'));
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = page?.searchParams.get(key);
    if (value) utm[key] = value.slice(0, 200);
  }
  return {
    origin: headers.get('origin') ?? page?.origin ?? null,
    page: page?.href ?? null,
    referrer: httpUrl(envelope[ENVELOPE.referrer])?.href ?? null,
    utm,
    embed: envelope[ENVELOPE.embed],
  };
}

/** The lead's field values, by field key, minus those only a refused consent purpose would have used. */
export function keptFields(
  inputs: readonly VisitorInput[],
  data: Record<string, unknown>,
  consents: Record<string, boolean>,
): Record<string, string> {
  const consentIds = new Set(inputs.filter((i) => i.kind === 'consent').flatMap((i) => i.purposes));
  const fields: Record<string, string> = {};
  for (const field of inputs.filter(isField)) {
    const value = data[field.name];
    if (typeof value !== 'string' || value === '') continue;
    const onlyRefused =
      field.purposes.length > 0 &&
      field.purposes.every((id) => consentIds.has(id) && !consents[id]);
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
  /** The visitor inputs of the version in `lang`, when the caller has them already. */
  inputs?: readonly VisitorInput[];
};

/** Every box the visitor saw, with the exact label and whether it was ticked (refusals included). */
export function consentRecord(input: RecordInput): {
  content: ConsentRecordContent;
  consents: Record<string, boolean>;
} {
  const { version, lang, data } = input;
  const inputs = input.inputs ?? visitorInputs(version.definition, lang);
  const box = (b: BoxInput): BoxState => ({
    id: b.id,
    basis: b.basis,
    channel: b.channel,
    label: b.label,
    ticked: data[b.name] === 'yes',
  });
  const boxes = inputs.filter(isBox);
  const consents = boxes.filter((b) => b.kind === 'consent').map(box);
  const objections = boxes.filter((b) => b.kind === 'objection').map(box);
  const content: ConsentRecordContent = {
    recordId: input.recordId,
    submissionId: input.submissionId,
    createdAt: input.createdAt,
    form: {
      id: version.formId,
      version: version.version,
      definitionHash: version.definitionHash,
      formHash: version.formHashes[lang] ?? '',
      approval: version.approval
        ? {
            reviewer: version.approval.reviewer,
            at: version.approval.at,
            ...(version.approval.selfApproved ? { selfApproved: true as const } : {}),
          }
        : null,
    },
    notice: {
      version: version.version,
      lang,
      hash: version.noticeHashes[lang] ?? '',
      path: noticePath(version.formId, version.version, lang),
    },
    subject: input.subject,
    consents,
    objections,
    acknowledgements: inputs
      .filter(isAcknowledgement)
      .map((a) => ({ id: a.id, label: a.label, ticked: true })),
    provenance: input.provenance,
    method: 'unticked checkbox + submit',
    network: input.network,
  };
  return { content, consents: Object.fromEntries(consents.map((c) => [c.id, c.ticked])) };
}
