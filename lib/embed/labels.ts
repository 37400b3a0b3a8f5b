import type { Lang } from '../form';

/** Fixed texts of the visitor form, per language. */
export const FORM_TEXT: Record<Lang, { choices: string; required: string; optional: string; document: string; sending: string; thanks: string; fixErrors: string }> = {
  fr: {
    choices: 'Vos choix',
    required: 'obligatoire',
    optional: 'facultatif',
    document: 'lire le document',
    sending: 'Envoi…',
    thanks: 'Merci, votre demande a bien été enregistrée.',
    fixErrors: 'Corrigez les champs signalés.',
  },
  en: {
    choices: 'Your choices',
    required: 'required',
    optional: 'optional',
    document: 'read the document',
    sending: 'Sending…',
    thanks: 'Thank you, your request has been recorded.',
    fixErrors: 'Please correct the highlighted fields.',
  },
};
