// Patterns run on normalize()d text: lower case, no accents. French and English.

/** Special categories (GDPR art. 9) and criminal data (art. 10). */
export const SENSITIVE = [
  /\bsante\b/,
  /\bhealth\b/,
  /\bmaladie/,
  /\bdisease/,
  /\billness/,
  /\bhandicap/,
  /\bdisabilit/,
  /\bmedic/,
  /\bpathologi/,
  /\bpregnan/,
  /\benceinte\b/,
  /\bgrossesse/,
  /\ballerg/,
  /\breligio/,
  /\bcroyance/,
  /\bbelief/,
  /\bconfession\b/,
  /\bopinion(s)? politique/,
  /\bpolitical/,
  /\bparti politique/,
  /\bpolitique\b/,
  /\bsyndica/,
  /\btrade union/,
  /\bunion member/,
  /\borientation sexuelle/,
  /\bsexual/,
  /\bvie sexuelle/,
  /\bsex life/,
  /\borigine ethnique/,
  /\bethni/,
  /\brac(e|ial)\b/,
  /\braciale?\b/,
  /\bbiometri/,
  /\bempreinte/,
  /\bfingerprint/,
  /\bgenetic/,
  /\bgenetique/,
  /\badn\b/,
  /\bdna\b/,
  /\bcasier judiciaire/,
  /\bcriminal/,
  /\bcondamnation/,
  /\bconviction/,
  /\binfraction/,
  /\boffen[cs]e/,
];

/** "By submitting this form you accept…": not consent. */
export const IMPLIED_CONSENT = [
  /en (soumettant|validant|envoyant|cliquant)[^.]{0,80}(accept|consen|autoris|recevoir)/,
  /by (submitting|sending|clicking|signing up)[^.]{0,80}(agree|accept|consent|receive)/,
  /(la soumission|l'envoi) (de ce|du) formulaire vaut/,
  /submission of this form (constitutes|means)/,
];

/** Words that reveal a marketing purpose, for acknowledgement boxes. */
export const MARKETING = [
  /newsletter/,
  /\boffres?\b/,
  /\boffers?\b/,
  /prospection/,
  /marketing/,
  /promotion/,
  /\bpartenaires?\b/,
  /\bpartners?\b/,
  /bons plans/,
  /\bdeals?\b/,
  /publicit/,
  /\badvertis/,
  /lettre d'information/,
];

/** Consent must not be bought. */
export const INCENTIVE = [
  /\d+ ?%/,
  /\breduction\b/,
  /\bremise\b/,
  /\bdiscount/,
  /code promo/,
  /promo code/,
  /\bcadeau/,
  /\bgift\b/,
  /\bfree\b.*\bif\b/,
  /chance(s)? (de|to) (gagner|win)/,
  /double(z|r)? (vos|your) chances/,
  /\bbonus\b/,
];

/** Confirmshaming and pressure in a consent label. */
export const DARK_PATTERN = [
  /non merci,? je/,
  /no thanks,? i/,
  /je ne veux pas (economiser|profiter)/,
  /i don't want to (save|benefit)/,
  /recommande/,
  /recommended/,
  /ne ratez pas/,
  /don't miss/,
  /!{2,}/,
  /\bvivement\b/,
];

/** Retention wording that sets no period. */
export const VAGUE_RETENTION = [
  /aussi longtemps que (necessaire|besoin)/,
  /as long as (necessary|needed|required)/,
  /duree necessaire/,
  /indefini/,
  /indefinite/,
  /\bpour toujours\b/,
  /\bforever\b/,
];

export const CHANNEL_WORDS: Record<'email' | 'sms' | 'phone' | 'post', RegExp[]> = {
  email: [/e-?mail/, /courriel/, /\bmail\b/, /newsletter/, /lettre d'information/],
  sms: [/\bsms\b/, /\bmms\b/, /text message/, /\btexto/],
  phone: [/telephon/, /\bappel/, /\bcall/, /phone/],
  post: [/courrier/, /\bpost(al)?\b/, /\bmail\b/, /\bletter/],
};

/** A consent sentence ("J'accepte de recevoir…", "I agree to…"): a consent box's label, not a purpose's name. */
export const CONSENT_SENTENCE = [
  /^\s*j'accepte\b/,
  /^\s*j'autorise\b/,
  /^\s*je consens\b/,
  /^\s*je souhaite recevoir\b/,
  /^\s*i (agree|accept|consent)\b/,
  /^\s*i would like to receive\b/,
];
