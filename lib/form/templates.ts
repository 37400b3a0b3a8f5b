import { PHONE_CONSENT_FROM } from './derive';
import type { Lang } from './localized';
import type { Channel, FormDefinitionInput, Purpose } from './schema';

const CHANNEL_WORDS: Record<Lang, Record<Channel, string>> = {
  fr: {
    email: 'par email',
    sms: 'par SMS',
    phone: 'par téléphone',
    post: 'par courrier',
    none: '',
  },
  en: { email: 'by email', sms: 'by SMS', phone: 'by telephone', post: 'by post', none: '' },
};

/** A lawful starting point for a consent label: it names the controller, the purpose and the channel. */
export function consentLabelTemplate(controller: string, channel: Channel, lang: Lang): string {
  const who = controller.trim() || (lang === 'fr' ? '[responsable]' : '[controller]');
  const how = CHANNEL_WORDS[lang][channel];
  if (channel === 'phone')
    return lang === 'fr'
      ? `J'accepte que ${who} m'appelle au téléphone pour me présenter ses offres.`
      : `I agree that ${who} may call me on the telephone to present its offers.`;
  return lang === 'fr'
    ? `J'accepte de recevoir ${how ? `${how} ` : ''}les offres et actualités de ${who}.`
    : `I agree to receive ${who}'s offers and news${how ? ` ${how}` : ''}.`;
}

export const today = () => new Date().toISOString().slice(0, 10);

/** A new form: one email field, no purpose yet; the linter lists what remains to do. */
export function blankDefinition(date = today()): FormDefinitionInput {
  return {
    title: 'Untitled form',
    context: 'lead',
    languages: ['fr', 'en'],
    effectiveDate: date,
    submitLabel: { fr: 'Envoyer', en: 'Send' },
    controller: { name: '', address: '', rightsContact: {} },
    fields: [
      {
        type: 'email',
        key: 'email',
        label: { fr: 'Adresse email', en: 'Email address' },
        required: true,
        purposes: [],
      },
    ],
    purposes: [],
    acknowledgements: [],
  };
}

/** The telephone-canvassing purpose the law of `date` asks for: prior consent from 11 August 2026, Bloctel before. */
export function telephonePurpose(id: string, controller: string, date: string): Purpose {
  const consent = date >= PHONE_CONSENT_FROM;
  return {
    id,
    label: {
      fr: consentLabelTemplate(controller, 'phone', 'fr'),
      en: consentLabelTemplate(controller, 'phone', 'en'),
    },
    description: {
      fr: 'vous présenter nos offres par téléphone',
      en: 'present our offers to you by telephone',
    },
    basis: consent
      ? { type: 'consent' }
      : {
          type: 'legitimate_interest',
          interest: {
            fr: 'faire connaître nos offres à nos prospects',
            en: 'making our offers known to prospects',
          },
        },
    marketing: true,
    channel: 'phone',
    audience: 'consumers',
    retention: { duration: { value: 3, unit: 'years' }, from: 'last_contact' },
    recipients: [
      {
        kind: 'internal',
        name: { fr: 'notre service commercial', en: 'our sales department' },
        country: 'FR',
      },
    ],
  };
}

export function newPurpose(id: string, controller: string): Purpose {
  return {
    id,
    label: {
      fr: consentLabelTemplate(controller, 'email', 'fr'),
      en: consentLabelTemplate(controller, 'email', 'en'),
    },
    description: {
      fr: 'vous envoyer nos offres et actualités par email',
      en: 'send you our offers and news by email',
    },
    basis: { type: 'consent' },
    marketing: true,
    channel: 'email',
    audience: 'consumers',
    retention: { duration: { value: 3, unit: 'years' }, from: 'last_contact' },
    recipients: [
      {
        kind: 'internal',
        name: { fr: 'notre service marketing', en: 'our marketing department' },
        country: 'FR',
      },
    ],
  };
}
