import { formatList } from '../intl/format';
import type { Phrases } from './phrases';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const countryNames = new Map<string, string>();

export const en: Phrases = {
  headings: {
    controller: 'Who is responsible for your data',
    purposes: 'Purposes and legal bases',
    recipients: 'Recipients',
    partners: 'Sharing with our partners',
    transfers: 'Transfers outside the European Economic Area',
    retention: 'How long we keep your data',
    mandatory: 'Mandatory fields',
    rights: 'Your rights',
    objection: 'Your right to object to direct marketing',
    telephone: 'Telephone canvassing',
    automated: 'Automated decisions',
    contact: 'How to exercise your rights',
    complaint: 'Complaint to the CNIL',
    more: 'Find out more',
    version: 'Version',
  },
  title: (form) => (form ? `Privacy notice — ${form}` : 'Privacy notice'),
  shortTitle: 'How we use your data',
  date: (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  },
  country: (code) => {
    const name = countryNames.get(code) ?? regions.of(code) ?? code;
    countryNames.set(code, name);
    return name;
  },
  or: ' or ',
  orList: (items) => formatList(items, 'en', 'disjunction'),
  quote: (s) => `“${s}”`,
  list: (items) => formatList(items, 'en'),

  controllerIs: (name, address, form) =>
    `${name}, ${address}, is the controller of the personal data collected through ${form ? `the form “${form}”` : 'this form'}.`,
  dpo: 'Data protection officer: ',
  euRepresentative: 'Representative in the European Union (Article 27 GDPR): ',
  notProvided: '[to be completed]',

  collectedBy: (controller) =>
    `The information you enter in this form is recorded by ${controller} in order to:`,
  purposeBasis: (description, basis) => `${description} — legal basis: ${basis}.`,
  basis: (basis, interest) => {
    switch (basis.type) {
      case 'consent':
        return 'your consent (Article 6(1)(a) GDPR)';
      case 'contract':
        return 'the performance of a contract, or steps taken at your request before entering into one (Article 6(1)(b) GDPR)';
      case 'legitimate_interest':
        return `our legitimate interest (Article 6(1)(f) GDPR), namely: ${interest || '[interest to be stated]'}`;
      case 'legal_obligation':
        return `compliance with a legal obligation (Article 6(1)(c) GDPR)${basis.reference ? `: ${basis.reference}` : ''}`;
    }
  },
  basisShort: (type) =>
    ({
      consent: 'your consent',
      contract: 'steps taken at your request or the performance of a contract',
      legitimate_interest: 'our legitimate interest',
      legal_obligation: 'a legal obligation',
    })[type],
  consentFree:
    'Each consent is asked for with its own box, never ticked in advance. It is optional and separate from anything else you ask of us: refusing has no consequence for you.',
  noPurpose: '[No purpose is defined.]',

  recipientsIntro: 'Your data is disclosed, each for its own part, to:',
  recipientKind: {
    internal: 'our internal departments',
    processor: 'our processors, who handle it on our behalf and on our instructions',
    partner: 'our partners, for their own marketing, only if you have agreed to it',
  },
  recipientGroup: (kind, names) => `${kind}: ${names.join(', ')}`,
  recipientsShort: (groups) => `This data is disclosed to ${groups.join('; ')}.`,
  noRecipients: '[Recipients to be stated.]',

  partners: (names) =>
    `If you tick the box provided for this purpose, your contact details are passed to our partners, who will use them to send you their own offers${names.length ? `: ${names.join(', ')}` : ''}.`,
  partnersList: 'Up-to-date list of our partners: ',
  partnersWithdraw:
    'Each partner becomes a controller of your data and will inform you when it first contacts you. You can withdraw this consent from us at any time; we will then stop passing on your data.',

  transfersIntro: 'Some recipients process your data outside the European Economic Area:',
  transfer: (name, country, safeguard, reference) =>
    `${name} (${country}): ${
      {
        adequacy:
          'transfer based on an adequacy decision of the European Commission (Article 45 GDPR)',
        scc: 'transfer governed by the standard contractual clauses adopted by the European Commission (Article 46 GDPR)',
        bcr: 'transfer governed by binding corporate rules (Article 47 GDPR)',
      }[safeguard]
    }${reference ? ` — ${reference}` : ''}.`,
  transferCopy: (how) => `You can obtain a copy of these safeguards: ${how}.`,
  transferShort: (names) =>
    `${names.join(', ')} process${names.length > 1 ? '' : 'es'} it outside the European Union, with appropriate safeguards (see the full notice).`,

  retentionItem: (description, period) => `${description}: ${period}.`,
  retentionIntro: 'We keep your data:',
  duration: (value, unit) => {
    const words = { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] }[
      unit
    ];
    return `${value} ${value > 1 ? words[1] : words[0]}`;
  },
  retentionFrom: {
    collection: 'from collection',
    last_contact: 'from your last contact with us',
    end_of_contract: 'from the end of our contractual relationship',
  },
  retentionMissing: '[period to be stated]',
  retentionStartMissing: '[starting point to be stated]',
  retentionProof:
    'Proof of your consent or refusal is kept for as long as the processing lasts, plus the applicable limitation periods.',

  mandatory: (fields, consequences) =>
    `Fields marked with an asterisk (*) are mandatory: ${fields.join(', ')}. Without this information we cannot ${consequences.length ? consequences.join(' or ') : 'handle your request'}. The other fields are optional.`,
  noneMandatory: 'All fields of this form are optional.',

  rights:
    'You can access your data, have it corrected or erased, and ask for its processing to be restricted (Articles 15 to 18 GDPR).',
  portability:
    'Where processing is based on your consent or on a contract, you can receive the data you gave us in a structured, commonly used format and have it sent to another controller (Article 20 GDPR).',
  withdrawal:
    'You can withdraw your consent at any time, as easily as you gave it; this does not affect the lawfulness of processing carried out before the withdrawal (Article 7(3) GDPR).',
  objectionLegitimate:
    'You can object, on grounds relating to your particular situation, to processing based on our legitimate interest (Article 21(1) GDPR).',
  postMortem:
    'You can set directives on how your data is to be kept, erased and disclosed after your death (Article 85 of the French Data Protection Act).',
  rightsMore: 'More about your rights: cnil.fr.',

  objectionMarketing:
    'You can object at any time, free of charge and without giving reasons, to the use of your data for direct marketing, including profiling related to it (Article 21(2) and (3) GDPR):',
  objectAtCollection:
    'You can also object right now by ticking the box provided for that purpose in this form.',
  channelMeans: {
    email: 'by clicking the unsubscribe link in any of our emails',
    sms: 'by replying STOP to our text messages',
    phone: 'by telling us during any of our calls',
    post: 'by writing to us',
  },
  orWriting: 'by writing to ',

  bloctel:
    'If you do not wish to receive marketing telephone calls, you can register free of charge on the Bloctel telephone opposition list: www.bloctel.gouv.fr.',
  phonePriorConsent:
    'We will only make marketing calls to you if you have agreed to it beforehand by ticking the box provided for that purpose. This consent is free, specific and can be withdrawn at any time; we keep proof of it.',
  phoneNoCanvassing:
    'Your telephone number will not be used for marketing calls. We will only call you to handle your request or in the course of a contract in progress.',
  phoneLaw:
    'French Consumer Code, Articles L223-1 and L223-2, as amended by Law No. 2025-594 of 30 June 2025.',

  noAutomated:
    'No decision producing legal effects concerning you, or similarly significantly affecting you, is based solely on automated processing.',
  profiling: (logic, consequences) =>
    `Your data is subject to automated processing. The logic involved: ${logic} The envisaged consequences for you: ${consequences} You can ask for human intervention, express your point of view and contest the decision (Article 22 GDPR).`,

  exercise:
    'To exercise your rights, or for any question about how we process your data, contact us: ',
  exercisePost: (address) => `You can also write to us: ${address}.`,
  identity:
    'We answer within one month. If we have reasonable doubts about your identity, we may ask you to confirm it.',
  complaint:
    'If, after contacting us, you consider that your data protection rights have not been respected, you can lodge a complaint with the ',
  complaintLink: { text: 'CNIL', href: 'https://www.cnil.fr/fr/plaintes' },
  complaintFull:
    'Commission nationale de l’informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France. You can also complain to the supervisory authority of the Member State where you live or work (Article 77 GDPR).',
  more: 'For more information, read our ',
  moreLink: 'full privacy notice',
  version: (date) => `Notice in force on ${date}.`,
};
