import type { Severity } from './types';
import { findWords, normalize } from './text';

// Patterns run on normalize()d text: lower case, no accents. French and English.

/** What a consent label can ask for; the first four are clearly distinct purposes. */
const PURPOSES = {
  own: {
    name: 'receiving marketing',
    words: [
      /newsletters?/,
      /lettres? d'information/,
      /\boffres?\b/,
      /\boffers?\b/,
      /actualites/,
      /nouveautes/,
      /\bnews\b/,
      /promotions?/,
      /bons plans/,
      /\bdeals?\b/,
      /\bupdates\b/,
      /(marketing|promotional) (e-?mails?|messages?|communications?)/,
      /(informations?|communications?) commerciales?/,
      /prospection/,
      /\binvitations?\b/,
      /(e-?mails?|sms|messages?) (from|de la part de)/,
    ],
  },
  partners: {
    name: 'passing data to partners or other companies',
    words: [
      /partenaires?/,
      /\bpartners?\b/,
      /\btiers\b/,
      /third[- ]part(y|ies)/,
      /\bfiliales?\b/,
      /\baffiliates?\b/,
      /(societes|entreprises|marques) du groupe/,
      /group companies/,
      /(transmettre|transmette|transmises?|communiquer|communiquees?|ceder|cedees?|partager|partagees?|vendre|louer) (mes|mon|ma|vos|votre|ces) (donnees|coordonnees|adresse|informations|numero)/,
      /(share|transfer|pass|disclose|sell|rent) (on )?(my|your) (personal )?(data|details|information|address|e-?mail|number)/,
    ],
  },
  contest: {
    name: 'entering a contest',
    words: [
      /jeux?[- ]concours/,
      /\bconcours\b/,
      /tirage au sort/,
      /\bloterie\b/,
      /(participer|participation|inscription|m'inscrire) (a|au|a la) (jeu|tirage)/,
      /\b(contest|competition|sweepstakes?|giveaway|raffle|prize draw)\b/,
      /enter (the|this|our) draw/,
    ],
  },
  terms: {
    name: 'accepting terms or a policy',
    words: [
      /\bcg[uv]\b/,
      /conditions (generales|d'utilisation)/,
      /\breglement\b/,
      /politique de (confidentialite|protection)/,
      /terms (and conditions|of (use|sale|service))/,
      /privacy (policy|notice)/,
      /\b(contest|game) rules\b/,
    ],
  },
  profiling: {
    name: 'profiling or personalisation',
    words: [
      /profilage/,
      /\bprofiling\b/,
      /personnalis/,
      /personali[sz]/,
      /\btailored\b/,
      /analyser (mes|vos|ma|votre) (navigation|habitudes|comportement|achats)/,
      /analy[sz]e (my|your) (browsing|behaviou?r|purchases)/,
    ],
  },
  survey: {
    name: 'surveys',
    words: [
      /enquetes?/,
      /sondages?/,
      /questionnaires?/,
      /\bsurveys?\b/,
      /etudes? de (satisfaction|marche)/,
      /market research/,
      /donner (mon|votre) avis/,
      /\bfeedback\b/,
    ],
  },
} as const;
type Kind = keyof typeof PURPOSES;
const KINDS: readonly Kind[] = ['own', 'partners', 'contest', 'terms', 'profiling', 'survey'];
const DISTINCT: readonly Kind[] = ['own', 'partners', 'contest', 'terms'];

const CHANNELS = {
  email: [/e-?mails?\b/, /courriels?/, /newsletters?/, /courrier electronique/],
  SMS: [/\bsms\b/, /\bmms\b/, /text messages?/, /\btextos?\b/],
  telephone: [
    /\bappel(er|le|s)?\b/,
    /\bcall(s|ing)?\b/,
    /(par|au) telephone/,
    /by (tele)?phone/,
    /over the phone/,
    /demarchage telephonique/,
  ],
  post: [/courrier postal/, /par courrier\b(?! electronique)/, /par voie postale/, /\bby post\b/],
} as const;
const CHANNEL_NAMES = ['email', 'SMS', 'telephone', 'post'] as const;

// Where a label joins two requests: "et", "and", commas…
const JOINS = /\s(?:et|ainsi que|and|as well as|plus)\s|[,;&+/]/;
// "…so that they send me their offers": marketing that belongs to the partners it follows.
const THEIR = /\b(leurs?|ils|elles|their|they)\b/;

export type Bundle = { severity: Severity; message: string };

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

/**
 * Whether a consent label asks for several things in one box, and which words say so. Clearly distinct
 * purposes (own marketing, partners, a contest, terms) are blocking; profiling, surveys or several channels
 * for one purpose may be one use, so they warn. Pure.
 */
export function detectBundle(label: string): Bundle | undefined {
  const text = normalize(label);
  const found = (kind: Kind, where: string) => PURPOSES[kind].words.some((re) => re.test(where));
  const kinds = new Set(KINDS.filter((k) => k !== 'own' && found(k, text)));
  // Offers in the clause that names the partners, or in one that says "their", are the partners' own: the
  // partner purpose. Own marketing counts only in a clause of its own.
  const own = text
    .split(JOINS)
    .some(
      (clause) =>
        found('own', clause) &&
        !(kinds.has('partners') && (found('partners', clause) || THEIR.test(clause))),
    );
  if (own) kinds.add('own');
  const words = (kind: Kind) => findWords(label, PURPOSES[kind].words);
  const named = (list: Kind[]) =>
    list.map((k) => `${PURPOSES[k].name} (${quoted(words(k))})`).join(' and ');
  const distinct = DISTINCT.filter((k) => kinds.has(k));
  if (distinct.length > 1)
    return {
      severity: 'blocking',
      message: `This consent label asks for distinct purposes in one box: ${named(distinct)}. Give each its own box.`,
    };
  if (kinds.size > 1)
    return {
      severity: 'warning',
      message: `This consent label may cover several purposes: ${named([...kinds])}. If they are separate uses, give each its own box.`,
    };
  const channels = CHANNEL_NAMES.map((ch) => ({
    ch,
    words: findWords(label, CHANNELS[ch]),
  })).filter((c) => c.words.length);
  if (channels.length > 1)
    return {
      severity: 'warning',
      message: `This consent label covers several channels: ${channels.map((c) => `${c.ch} (${quoted(c.words)})`).join(' and ')}. Visitors may want one and not the other: consider one box per channel.`,
    };
  return undefined;
}
