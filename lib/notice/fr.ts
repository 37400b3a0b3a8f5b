import { formatList } from '../intl/format';
import type { Phrases } from './phrases';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const regions = new Intl.DisplayNames(['fr'], { type: 'region' });
const countryNames = new Map<string, string>();

export const fr: Phrases = {
  headings: {
    controller: 'Responsable du traitement',
    purposes: 'Finalités et bases légales',
    recipients: 'Destinataires',
    partners: 'Transmission à nos partenaires',
    transfers: "Transferts hors de l'Espace économique européen",
    retention: 'Durées de conservation',
    mandatory: 'Champs obligatoires',
    rights: 'Vos droits',
    objection: 'Votre droit de vous opposer à la prospection',
    telephone: 'Démarchage téléphonique',
    automated: 'Décision automatisée',
    contact: 'Exercer vos droits',
    complaint: 'Réclamation auprès de la CNIL',
    more: 'En savoir plus',
    version: 'Version',
  },
  title: (form) => (form ? `Notice d'information — ${form}` : "Notice d'information"),
  shortTitle: 'Protection de vos données',
  date: (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${d === 1 ? '1er' : d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  },
  country: (code) => {
    const name = countryNames.get(code) ?? regions.of(code) ?? code;
    countryNames.set(code, name);
    return name;
  },
  or: ' ou ',
  orList: (items) => formatList(items, 'fr', 'disjunction'),
  quote: (s) => `« ${s} »`,
  list: (items) => formatList(items, 'fr'),

  controllerIs: (name, address, form) =>
    `${name}, ${address}, est responsable du traitement des données personnelles recueillies par ${form ? `le formulaire « ${form} »` : 'ce formulaire'}.`,
  dpo: 'Délégué à la protection des données : ',
  euRepresentative: "Représentant dans l'Union européenne (article 27 du RGPD) : ",
  notProvided: '[à compléter]',

  collectedBy: (controller) =>
    `Les informations recueillies sur ce formulaire sont enregistrées par ${controller} pour :`,
  purposeBasis: (description, basis) => `${description} — base légale : ${basis}.`,
  basis: (basis, interest) => {
    switch (basis.type) {
      case 'consent':
        return 'votre consentement (article 6.1.a du RGPD)';
      case 'contract':
        return "l'exécution d'un contrat ou de mesures précontractuelles prises à votre demande (article 6.1.b du RGPD)";
      case 'legitimate_interest':
        return `notre intérêt légitime (article 6.1.f du RGPD), à savoir : ${interest || '[intérêt à préciser]'}`;
      case 'legal_obligation':
        return `le respect d'une obligation légale (article 6.1.c du RGPD)${basis.reference ? ` : ${basis.reference}` : ''}`;
    }
  },
  basisShort: (type) =>
    ({
      consent: 'votre consentement',
      contract: "l'exécution de mesures précontractuelles ou d'un contrat",
      legitimate_interest: 'notre intérêt légitime',
      legal_obligation: 'une obligation légale',
    })[type],
  consentFree:
    'Chaque consentement est recueilli par une case distincte, non cochée par défaut. Il est facultatif et distinct de toute autre demande : le refuser est sans conséquence pour vous.',
  noPurpose: "[Aucune finalité n'est définie.]",

  recipientsIntro: 'Vos données sont destinées, chacun pour ce qui le concerne, à :',
  recipientKind: {
    internal: 'nos services internes',
    processor: 'nos sous-traitants, qui les traitent pour notre compte et selon nos instructions',
    partner: 'nos partenaires, pour leur propre prospection, uniquement si vous y avez consenti',
  },
  recipientGroup: (kind, names) => `${kind} : ${names.join(', ')}`,
  recipientsShort: (groups) => `Ces données sont destinées à ${groups.join(' ; ')}.`,
  noRecipients: '[Destinataires à préciser.]',

  partners: (names) =>
    `Si vous cochez la case prévue à cet effet, vos coordonnées sont transmises à nos partenaires, qui les utiliseront pour vous adresser leurs propres offres${names.length ? ` : ${names.join(', ')}` : ''}.`,
  partnersList: 'Liste à jour de nos partenaires : ',
  partnersWithdraw:
    'Chaque partenaire devient responsable du traitement de vos données et vous en informera lors de son premier contact. Vous pouvez retirer ce consentement auprès de nous à tout moment ; nous cesserons alors toute transmission.',

  transfersIntro:
    "Certains destinataires traitent vos données hors de l'Espace économique européen :",
  transfer: (name, country, safeguard, reference) =>
    `${name} (${country}) : ${
      {
        adequacy:
          "transfert fondé sur une décision d'adéquation de la Commission européenne (article 45 du RGPD)",
        scc: 'transfert encadré par les clauses contractuelles types adoptées par la Commission européenne (article 46 du RGPD)',
        bcr: "transfert encadré par des règles d'entreprise contraignantes (article 47 du RGPD)",
      }[safeguard]
    }${reference ? ` — ${reference}` : ''}.`,
  transferCopy: (how) => `Vous pouvez obtenir une copie de ces garanties : ${how}.`,
  transferShort: (names) =>
    `${names.join(', ')} les traite${names.length > 1 ? 'nt' : ''} hors de l'Union européenne, avec des garanties appropriées (voir la notice complète).`,

  retentionItem: (description, period) => `${description} : ${period}.`,
  retentionIntro: 'Vos données sont conservées :',
  duration: (value, unit) => {
    const words = { days: ['jour', 'jours'], months: ['mois', 'mois'], years: ['an', 'ans'] }[unit];
    return `${value} ${value > 1 ? words[1] : words[0]}`;
  },
  retentionFrom: {
    collection: 'à compter de leur collecte',
    last_contact: 'à compter de votre dernier contact avec nous',
    end_of_contract: 'à compter de la fin de notre relation contractuelle',
  },
  retentionMissing: '[durée à préciser]',
  retentionStartMissing: '[point de départ à préciser]',
  retentionProof:
    'La preuve de votre consentement ou de votre refus est conservée pendant toute la durée du traitement, augmentée des délais de prescription applicables.',

  mandatory: (fields, consequences) =>
    `Les champs marqués d'un astérisque (*) sont obligatoires : ${fields.join(', ')}. Sans ces informations, nous ne pourrons pas ${consequences.length ? consequences.join(', ni ') : 'donner suite à votre demande'}. Les autres champs sont facultatifs.`,
  noneMandatory: 'Tous les champs de ce formulaire sont facultatifs.',

  rights:
    'Vous pouvez accéder à vos données, les faire rectifier ou effacer, et demander la limitation de leur traitement (articles 15 à 18 du RGPD).',
  portability:
    'Pour les traitements fondés sur votre consentement ou sur un contrat, vous pouvez recevoir les données que vous nous avez fournies dans un format structuré et couramment utilisé, et les faire transmettre à un autre responsable (article 20 du RGPD).',
  withdrawal:
    "Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l'avez donné, sans que cela remette en cause la licéité du traitement effectué avant ce retrait (article 7.3 du RGPD).",
  objectionLegitimate:
    'Vous pouvez vous opposer, pour des raisons tenant à votre situation particulière, aux traitements fondés sur notre intérêt légitime (article 21.1 du RGPD).',
  postMortem:
    "Vous pouvez définir des directives relatives à la conservation, à l'effacement et à la communication de vos données après votre décès (article 85 de la loi Informatique et Libertés).",
  rightsMore: 'Pour en savoir plus sur vos droits : cnil.fr.',

  objectionMarketing:
    "Vous pouvez vous opposer à tout moment, gratuitement et sans avoir à vous justifier, à l'utilisation de vos données à des fins de prospection commerciale, y compris au profilage lié à cette prospection (article 21.2 et 21.3 du RGPD) :",
  objectAtCollection:
    'Vous pouvez aussi vous y opposer dès maintenant, en cochant la case prévue à cet effet dans ce formulaire.',
  channelMeans: {
    email: 'en cliquant sur le lien de désinscription présent dans chacun de nos emails',
    sms: 'en répondant STOP à nos SMS',
    phone: 'en nous le disant lors de nos appels',
    post: 'en nous écrivant',
  },
  orWriting: 'en nous écrivant à ',

  bloctel:
    "Si vous ne souhaitez pas faire l'objet de prospection commerciale par voie téléphonique, vous pouvez gratuitement vous inscrire sur la liste d'opposition au démarchage téléphonique Bloctel : www.bloctel.gouv.fr.",
  phonePriorConsent:
    'Nous ne vous démarcherons par téléphone que si vous y avez préalablement consenti en cochant la case prévue à cet effet. Ce consentement est libre, spécifique et révocable à tout moment ; nous en conservons la preuve.',
  phoneNoCanvassing:
    "Votre numéro de téléphone ne sera pas utilisé pour vous démarcher par téléphone. Nous ne vous appellerons que pour traiter votre demande ou dans le cadre d'un contrat en cours.",
  phoneLaw:
    'Code de la consommation, articles L223-1 et L223-2, dans leur rédaction issue de la loi n° 2025-594 du 30 juin 2025.',

  noAutomated:
    "Aucune décision produisant des effets juridiques à votre égard ou vous affectant de manière significative n'est prise sur le seul fondement d'un traitement automatisé.",
  profiling: (logic, consequences) =>
    `Vos données font l'objet d'un traitement automatisé. Logique sous-jacente : ${logic} Conséquences envisagées pour vous : ${consequences} Vous pouvez demander une intervention humaine, exprimer votre point de vue et contester la décision (article 22 du RGPD).`,

  exercise:
    'Pour exercer vos droits ou pour toute question sur le traitement de vos données, contactez-nous : ',
  exercisePost: (address) => `Vous pouvez aussi nous écrire : ${address}.`,
  identity:
    "Nous répondons dans un délai d'un mois. En cas de doute raisonnable sur votre identité, nous pourrons vous demander d'en justifier.",
  complaint:
    'Si vous estimez, après nous avoir contactés, que vos droits « Informatique et Libertés » ne sont pas respectés, vous pouvez adresser une réclamation à la ',
  complaintLink: { text: 'CNIL', href: 'https://www.cnil.fr/fr/plaintes' },
  complaintFull:
    "Commission nationale de l'informatique et des libertés, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07. Vous pouvez aussi saisir l'autorité de contrôle de l'État membre de votre résidence ou de votre lieu de travail (article 77 du RGPD).",
  more: 'Pour en savoir plus, consultez notre ',
  moreLink: "notice d'information complète",
  version: (date) => `Notice en vigueur au ${date}.`,
};
