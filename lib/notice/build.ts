import {
  collectsConsumerPhone,
  hasText,
  consentPurposes,
  isInEea,
  isPhoneCanvassing,
  marketingPurposes,
  partnerPurposes,
  pick,
  recipientsOf,
  requiredFields,
  telephoneRegime,
  usesBasis,
  writtenPublicTitle,
  type FormDefinition,
  type Lang,
  type Purpose,
} from '../form';
import { en } from './en';
import { fr } from './fr';
import {
  list,
  p,
  type Block,
  type Inline,
  type Concept,
  type Layer,
  type Notice,
  type Section,
  type SectionId,
} from './model';
import type { Phrases, RecipientKind } from './phrases';

export const PHRASES: Record<Lang, Phrases> = { fr, en };

export type NoticeOptions = {
  lang: Lang;
  layer: Layer;
  /** The date whose law applies; defaults to the definition's effective date. */
  date?: string;
  /** Where the full notice is published; the short mention links to it. */
  noticeUrl?: string;
};

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Builds the information notice, as structured sections, from a form definition. Pure. */
export function buildNotice(def: FormDefinition, options: NoticeOptions): Notice {
  const { lang, layer } = options;
  const date = options.date ?? def.effectiveDate;
  const t = PHRASES[lang];
  const full = layer === 'full';
  const text = (value: Parameters<typeof pick>[0]) => pick(value, lang);
  const purposeText = (purpose: Purpose) => text(purpose.description) || text(purpose.label);
  const c = def.controller;
  const controllerName = c.name || t.notProvided;

  const { email, url } = c.rightsContact ?? {};
  const contact: Inline[] = [];
  if (email) contact.push({ text: email, href: `mailto:${email}` });
  if (url) contact.push(...(contact.length ? [t.or] : []), { text: url, href: url });
  if (!contact.length) contact.push(t.notProvided);
  const contactWords =
    t.orList([email, url].filter((x): x is string => Boolean(x))) || t.notProvided;

  const sections: Section[] = [];
  const add = (id: SectionId, concepts: Concept[], ...blocks: Block[]) =>
    sections.push({ id, heading: t.headings[id], blocks, concepts });

  if (full) {
    const blocks = [
      p(t.controllerIs(controllerName, c.address || t.notProvided, writtenPublicTitle(def, lang))),
    ];
    const dpo = c.dpo;
    if (dpo) {
      const parts: Inline[] = [t.dpo, [dpo.name, dpo.address].filter(Boolean).join(', ')];
      if (dpo.email)
        parts.push(parts.length > 2 || dpo.name ? ', ' : '', {
          text: dpo.email,
          href: `mailto:${dpo.email}`,
        });
      if (dpo.url) parts.push(', ', { text: dpo.url, href: dpo.url });
      blocks.push(p(...parts.filter((x) => x !== ''), '.'));
    }
    const rep = c.euRepresentative;
    if (rep)
      blocks.push(
        p(t.euRepresentative, [rep.name, rep.address, rep.email].filter(Boolean).join(', ')),
      );
    add(
      'controller',
      [
        'controller-identity',
        ...(dpo ? (['dpo'] as const) : []),
        ...(rep ? (['eu-representative'] as const) : []),
      ],
      ...blocks,
    );
  }

  const purposeItems = def.purposes.map((purpose) => {
    const basis = full
      ? t.basis(
          purpose.basis,
          purpose.basis.type === 'legitimate_interest' ? text(purpose.basis.interest) : '',
        )
      : t.basisShort(purpose.basis.type);
    return [t.purposeBasis(capitalize(purposeText(purpose)), basis)];
  });
  const interests = def.purposes.some(
    (pp) => pp.basis.type === 'legitimate_interest' && text(pp.basis.interest),
  );
  add(
    'purposes',
    ['purposes', 'legal-basis', ...(full && interests ? (['legitimate-interest'] as const) : [])],
    p(t.collectedBy(controllerName)),
    purposeItems.length ? list(purposeItems) : p(t.noPurpose),
    ...(consentPurposes(def).length ? [p(t.consentFree)] : []),
  );

  const uses = recipientsOf(def);
  const kinds: RecipientKind[] = ['internal', 'processor', 'partner'];
  const byKind = kinds
    .map((kind) => ({
      kind,
      names: uses.filter((u) => u.recipient.kind === kind).map((u) => text(u.recipient.name)),
    }))
    .filter((g) => g.names.length);
  const transfers = uses.filter((u) => !isInEea(u.recipient.country));
  if (full) {
    add(
      'recipients',
      byKind.length ? ['recipients'] : [],
      ...(byKind.length
        ? [
            p(t.recipientsIntro),
            list(
              byKind.map((g) => [
                `${t.recipientGroup(capitalize(t.recipientKind[g.kind]), g.names)}.`,
              ]),
            ),
          ]
        : [p(t.noRecipients)]),
    );
  } else {
    const recipientBlocks = [
      p(
        byKind.length
          ? t.recipientsShort(byKind.map((g) => t.recipientGroup(t.recipientKind[g.kind], g.names)))
          : t.noRecipients,
      ),
    ];
    if (transfers.length)
      recipientBlocks.push(p(t.transferShort(transfers.map((u) => text(u.recipient.name)))));
    add(
      'recipients',
      [
        ...(byKind.length ? (['recipients'] as const) : []),
        ...(transfers.length ? (['transfers'] as const) : []),
      ],
      ...recipientBlocks,
    );
  }

  const partners = partnerPurposes(def);
  if (partners.length && full) {
    const names = partners.flatMap((pp) =>
      pp.recipients.filter((r) => r.kind === 'partner').map((r) => text(r.name)),
    );
    const blocks = [p(t.partners([...new Set(names)]))];
    for (const url of new Set(
      partners.map((pp) => pp.partnersUrl).filter((u): u is string => Boolean(u)),
    ))
      blocks.push(p(t.partnersList, { text: url, href: url }));
    blocks.push(p(t.partnersWithdraw));
    add('partners', ['partners'], ...blocks);
  }

  if (transfers.length && full) {
    const items = transfers.map((u) => {
      const tr = u.recipient.transfer;
      const country = t.country(u.recipient.country);
      return tr
        ? [t.transfer(text(u.recipient.name), country, tr.safeguard, tr.reference ?? '')]
        : [`${text(u.recipient.name)} (${country}) — ${t.notProvided}`];
    });
    const copies = [
      ...new Set(
        transfers.map((u) => u.recipient.transfer?.copy).filter((x): x is string => Boolean(x)),
      ),
    ];
    add(
      'transfers',
      ['transfers'],
      p(t.transfersIntro),
      list(items),
      p(t.transferCopy(copies.length ? t.list(copies) : `${t.orWriting}${contactWords}`)),
    );
  }

  const retentionItems = def.purposes.map((purpose) => {
    const r = purpose.retention;
    const value = r?.duration?.value;
    const period =
      r?.duration && value !== undefined
        ? `${t.duration(value, r.duration.unit)} ${r.from ? t.retentionFrom[r.from] : t.retentionStartMissing}`
        : '';
    const criteria = text(r?.criteria);
    return [
      t.retentionItem(
        capitalize(purposeText(purpose)),
        [period, criteria].filter(Boolean).join(' ; ') || t.retentionMissing,
      ),
    ];
  });
  add(
    'retention',
    ['retention'],
    p(t.retentionIntro),
    list(retentionItems),
    ...(full && consentPurposes(def).length ? [p(t.retentionProof)] : []),
  );

  const required = requiredFields(def);
  // What the visitor loses by leaving a mandatory field empty: the service purposes it feeds (marketing is never a consequence).
  const fed = def.purposes.filter((pp) => required.some((f) => f.purposes.includes(pp.id)));
  const service = fed.filter((pp) => !pp.marketing);
  const consequences = [...new Set((service.length ? service : fed).map(purposeText))];
  add(
    'mandatory',
    ['mandatory-fields'],
    p(
      required.length
        ? t.mandatory(
            required.map((f) => t.quote(text(f.label))),
            consequences,
          )
        : t.noneMandatory,
    ),
  );

  const rightsSaid: [Concept[], string][] = [
    [['access', 'rectification', 'erasure', 'restriction'], t.rights],
    ...(usesBasis(def, 'consent', 'contract')
      ? [[['portability'], t.portability] satisfies [Concept[], string]]
      : []),
    ...(usesBasis(def, 'consent')
      ? [[['withdrawal'], t.withdrawal] satisfies [Concept[], string]]
      : []),
    ...(usesBasis(def, 'legitimate_interest')
      ? [[['objection'], t.objectionLegitimate] satisfies [Concept[], string]]
      : []),
    [['post-mortem'], t.postMortem],
  ];
  const rights = rightsSaid.map(([, sentence]) => sentence);
  const rightConcepts = rightsSaid.flatMap(([concepts]) => concepts);
  if (!full) rights.push(t.rightsMore);
  add('rights', rightConcepts, ...(full ? rights.map((r) => p(r)) : [p(rights.join(' '))]));

  const marketing = marketingPurposes(def);
  if (marketing.length) {
    const channels = [...new Set(marketing.map((m) => m.channel))].filter((ch) => ch !== 'none');
    const means = [...channels.map((ch) => t.channelMeans[ch]), `${t.orWriting}${contactWords}`];
    const atCollection = marketing.some((m) => hasText(m.objectionLabel))
      ? [p(t.objectAtCollection)]
      : [];
    add(
      'objection',
      ['objection-marketing'],
      p(`${t.objectionMarketing} ${t.orList(means)}.`),
      ...atCollection,
    );
  }

  if (collectsConsumerPhone(def)) {
    const regime = telephoneRegime(date);
    const canvassing = def.purposes.some(
      (pp) => isPhoneCanvassing(pp) && pp.basis.type === 'consent',
    );
    const [concept, wording]: [Concept, string] =
      regime === 'bloctel'
        ? ['bloctel', t.bloctel]
        : canvassing
          ? ['phone-prior-consent', t.phonePriorConsent]
          : ['phone-no-canvassing', t.phoneNoCanvassing];
    add(
      'telephone',
      [concept],
      p(wording),
      ...(regime === 'prior-consent' && full ? [p(t.phoneLaw)] : []),
    );
  }

  if (full) {
    const prof = def.profiling;
    add(
      'automated',
      ['automated-decisions'],
      p(prof ? t.profiling(text(prof.logic), text(prof.consequences)) : t.noAutomated),
    );
  }

  const contactBlocks = [p(t.exercise, ...contact, '.')];
  if (!full && c.dpo?.email)
    contactBlocks.push(p(t.dpo, { text: c.dpo.email, href: `mailto:${c.dpo.email}` }, '.'));
  if (full && c.address) contactBlocks.push(p(t.exercisePost(`${controllerName}, ${c.address}`)));
  if (full) contactBlocks.push(p(t.identity));
  add(
    'contact',
    contact.length && contactWords !== t.notProvided ? ['rights-contact'] : [],
    ...contactBlocks,
  );

  add(
    'complaint',
    ['complaint-cnil'],
    p(t.complaint, t.complaintLink, '.'),
    ...(full ? [p(t.complaintFull)] : []),
  );

  const noticeUrl = options.noticeUrl ?? def.noticeUrl;
  if (!full)
    add(
      'more',
      ['full-notice-link'],
      p(t.more, noticeUrl ? { text: t.moreLink, href: noticeUrl } : t.moreLink, '.'),
    );
  if (full) add('version', [], p(t.version(t.date(date))));

  return {
    lang,
    layer,
    title: full ? t.title(writtenPublicTitle(def, lang) ?? (c.name || undefined)) : t.shortTitle,
    effectiveDate: date,
    sections,
  };
}
