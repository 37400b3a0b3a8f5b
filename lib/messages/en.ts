import type { VisitorMessages } from './shape';

export const en: VisitorMessages = {
  form: {
    choices: 'Your choices',
    document: 'read the document',
    frameTitle: 'Form',
    thanks: 'Thank you, your request has been recorded.',
    reference: 'Your reference: {reference}.',
    trap: 'Leave this field empty',
  },
  script: {
    sending: 'Sending…',
    email: 'Enter a valid email address.',
    network: 'Could not connect: your answers are kept, please try again.',
    failed: 'Sending failed. Please try again in a moment.',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter a valid email address, such as name@example.com.',
    phone: 'Enter a valid telephone number, such as +33 6 12 34 56 78.',
    option: 'Choose one of the options.',
    tooLong: 'This text is too long.',
    ack: 'Tick this box to continue.',
    ticked: 'A ticked box sends "yes".',
    unknown: 'This field is not part of the form.',
    forgedPurpose: 'Unknown or forged purpose "{id}".',
    versionMissing: 'The form version is missing: reload the page.',
    language: 'Unknown language.',
    idempotencyKey: 'Invalid idempotency key.',
    fixErrors: 'Please correct the highlighted fields.',
  },
  submission: {
    formMissing: 'This form does not exist.',
    formClosed: 'This form is closed: it no longer accepts submissions. Nothing was recorded.',
    originRefused: 'Submissions from {origin} are not allowed for this form.',
    contentType: 'Send the form as {form}, {multipart} or {json} (got "{got}").',
    noContentType: 'no content type',
    tooLarge: 'The submission is larger than {size} KB.',
    controlCharacter:
      '"{name}" contains a control character that cannot be stored; remove it and send again.',
    notText: '"{name}" must be text (files are not accepted).',
    twice: '"{name}" is given twice.',
    notAnObject: 'The JSON body must be an object of names and values.',
    malformed: 'The body could not be read: it is malformed.',
    incomplete: 'The submission is incomplete: reload the page and try again.',
    versionUnpublished: 'This version of the form is not published.',
    languageUnpublished: 'This form is not published in that language.',
    automated: 'This submission looks automated and was not recorded.',
    tooQuick: 'The form was sent too quickly to be a person: wait a moment and send it again.',
    rateLimited: 'Too many submissions from your address: try again in a minute.',
    unavailable:
      'Your submission was not recorded: the service cannot record it right now. Nothing is lost on your side: your answers are kept, send the form again in a moment.',
    unavailablePage:
      'The service cannot record it right now. Nothing is lost on your side: go back to the form with your browser’s Back button, which keeps your answers, and send it again in a moment.',
  },
  pages: {
    thanksTitle: 'Thank you',
    proofHash: 'Proof of consent fingerprint (SHA-256 of the record):',
    proofHashHint:
      'Keep it with your receipt number: it identifies exactly what you agreed to, and any later change to that record would no longer match it.',
    backToPage: 'Back to the previous page',
    refusedTitle: 'Submission refused',
    refusedHeading: 'Your submission was not recorded',
    backToForm: 'Back to the form',
    thisLanguage: 'English version',
    noticeMeta: 'Version {version} · fingerprint',
    formUnpublished: 'This form is not published.',
    closedTitle: 'Form closed',
    missingTitle: 'Page not found',
    missingHint:
      'The address may be mistyped, or the form is no longer online. Contact the site that led you here.',
    formClosed: 'This form is closed: it no longer accepts submissions.',
    noticeMissing: 'No published notice at this address.',
    noticeLanguageMissing: 'No notice in this language.',
  },
  signIn: {
    insecureTitle: 'This connection is not encrypted',
    insecure:
      'Conforme is reached over plain HTTP ({origin}): your password and session cross the network unencrypted, so the session cookie is not marked Secure. Ask your administrator to serve Conforme over HTTPS and set CONFORME_PUBLIC_URL to its https:// address.',
    refused: 'Wrong email or password.',
    limited:
      'Too many unsuccessful sign-in attempts for this account or from this network address. Try again in {minutes} min.',
  },
};
