/** The expected finding of R-ONE-PURPOSE-PER-BOX on a label, and the words it must quote. */
export type LabelRow = [
  label: string,
  expected: 'blocking' | 'warning' | null,
  triggers?: string[],
];

/** Consent labels as marketers write them, compliant and not, in French and English. */
export const CONSENT_LABELS: readonly LabelRow[] = [
  // One purpose, one channel: no finding.
  ["J'accepte de recevoir par email la newsletter mensuelle de Maison Lumière.", null],
  ["J'accepte de recevoir par email les offres et actualités de Maison Lumière SAS.", null],
  ['Je souhaite recevoir les bons plans de Voyagea par email.', null],
  ["J'accepte qu'Isolia Cuisines m'appelle au téléphone pour me présenter ses offres.", null],
  [
    "J'accepte de recevoir des SMS promotionnels de Boulangerie Martin sur mon téléphone mobile.",
    null,
  ],
  ["Oui, je veux recevoir la lettre d'information de la Fnac par courriel.", null],
  [
    "J'accepte que Voyagea transmette mon adresse email à ses partenaires (Hôtels Océan, Air Atlantique) pour qu'ils m'envoient leurs offres par email.",
    null,
  ],
  [
    "J'accepte que Maison Lumière communique mes coordonnées à ses partenaires commerciaux, qui pourront m'adresser leurs offres par email.",
    null,
  ],
  ['Je souhaite recevoir par courrier postal le catalogue de La Redoute.', null],
  ["Je m'inscris à la newsletter de Decathlon (nouveautés, conseils sportifs).", null],
  ["I agree to receive Maison Lumière's monthly newsletter by email.", null],
  ["I agree to receive Isolia Cuisines' commercial offers by email.", null],
  ["Yes, send me Tabulo's product updates and offers by email.", null],
  ['I agree that Voyagea may call me to present its travel deals.', null],
  [
    'I agree that Voyagea may pass my email address to its partners so that they can send me their offers by email.',
    null,
  ],
  ["Keep me informed of Acme's events and invitations by email.", null],
  // Own marketing and partners in one box: blocking.
  [
    "J'accepte de recevoir par email la newsletter de Maison Lumière et de ses partenaires.",
    'blocking',
    ['newsletter', 'partenaires'],
  ],
  ["J'accepte de recevoir les offres de Voyagea et de ses partenaires par email.", 'blocking'],
  [
    "J'accepte de recevoir les offres d'Isolia et que mes coordonnées soient transmises à des partenaires.",
    'blocking',
  ],
  ['Recevoir nos offres ainsi que celles de nos partenaires sélectionnés.', 'blocking'],
  ["J'accepte de recevoir les offres de la marque et des sociétés du groupe.", 'blocking'],
  [
    'I agree to receive offers from Voyagea and its partners by email.',
    'blocking',
    ['offers', 'partners'],
  ],
  ['Send me news and offers from us and carefully selected third parties.', 'blocking'],
  ['I agree to receive the newsletter and to share my details with trusted partners.', 'blocking'],
  ['Yes to emails from Acme, its affiliates and partners.', 'blocking'],
  // Marketing and a contest, or terms, in one box: blocking.
  [
    'Je participe au jeu-concours et je souhaite recevoir la newsletter de Voyagea.',
    'blocking',
    ['newsletter', 'jeu-concours'],
  ],
  ["Je m'inscris au tirage au sort et à la newsletter.", 'blocking'],
  ["J'accepte le règlement du jeu et de recevoir les offres de Voyagea.", 'blocking'],
  ["J'accepte les CGV et de recevoir les bons plans par email.", 'blocking'],
  [
    'Enter the prize draw and subscribe to our newsletter.',
    'blocking',
    ['newsletter', 'prize draw'],
  ],
  ['I accept the terms and conditions and agree to receive marketing emails.', 'blocking'],
  ["I have read the privacy policy and I'd like to receive Acme's offers.", 'blocking'],
  ['Sign me up for the giveaway and the weekly deals email.', 'blocking'],
  // Unsure: profiling, surveys or several channels for one purpose: warning.
  ["I agree to receive Maison Lumière's news by email and by SMS.", 'warning', ['email', 'SMS']],
  ["J'accepte de recevoir les offres de Boulangerie Martin par email et par SMS.", 'warning'],
  ["J'accepte que Maison Lumière m'appelle ou m'envoie des SMS pour ses offres.", 'warning'],
  [
    'Je souhaite recevoir des offres personnalisées selon mes achats.',
    'warning',
    ['offres', 'personnalisées'],
  ],
  ['I agree that Acme may analyse my browsing to send me tailored offers.', 'warning'],
  ['Recevoir la newsletter et participer à nos enquêtes de satisfaction.', 'warning'],
  ['Send me offers and occasional surveys about your products.', 'warning'],
  ['Contact me by phone or by post about new collections.', 'warning'],
  ["J'accepte de recevoir le catalogue par courrier postal et la newsletter par email.", 'warning'],
];
