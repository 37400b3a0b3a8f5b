/**
 * Every text a visitor reads that the form's author did not write: the form's fixed labels, the snippet's
 * script messages, validation and refusal messages, the public pages. One catalogue per language has exactly
 * this shape, so a key missing in one language is a type error. `{name}` marks a value filled in by `fill`.
 */
export type VisitorMessages = {
  form: {
    /** Legend of the group of consent and objection boxes. */
    choices: string;
    /** Link to an acknowledgement's document. */
    document: string;
    /** Title of the iframe that shows the hosted form. */
    frameTitle: string;
    /** What the visitor reads once the submission is recorded. */
    thanks: string;
    /** {reference}: the receipt's short form (referenceOf), after `thanks`. */
    reference: string;
    /**
     * Label of the spam trap: a field hidden from people (the `hidden` attribute) that naive bots fill; read
     * only if a host page's own CSS ever shows it, so it asks people to leave it empty.
     */
    trap: string;
  };
  script: {
    sending: string;
    /** The browser's own check of an email input (the server's message is `validation.email`). */
    email: string;
    network: string;
    failed: string;
  };
  validation: {
    required: string;
    email: string;
    phone: string;
    option: string;
    tooLong: string;
    ack: string;
    ticked: string;
    unknown: string;
    /** {id} */
    forgedPurpose: string;
    versionMissing: string;
    language: string;
    idempotencyKey: string;
    fixErrors: string;
  };
  submission: {
    formMissing: string;
    /** The form was archived: it takes no new submission (410). */
    formClosed: string;
    /** {origin} */
    originRefused: string;
    /** {form} {multipart} {json} {got} */
    contentType: string;
    noContentType: string;
    /** {size} */
    tooLarge: string;
    /** {name} */
    controlCharacter: string;
    notText: string;
    /** {name} */
    twice: string;
    notAnObject: string;
    malformed: string;
    incomplete: string;
    versionUnpublished: string;
    languageUnpublished: string;
    automated: string;
    tooQuick: string;
    rateLimited: string;
    /** The store could not record the submission (disk full, database unreachable): the snippet's message. */
    unavailable: string;
    /** The same for a visitor without JavaScript, under `pages.refusedHeading`: the Back button keeps the answers. */
    unavailablePage: string;
  };
  pages: {
    thanksTitle: string;
    /** Before the hash of the submission's consent record, which the visitor can keep as evidence. */
    proofHash: string;
    proofHashHint: string;
    backToPage: string;
    refusedTitle: string;
    refusedHeading: string;
    backToForm: string;
    /** Link to the other language's notice, written in that language. */
    thisLanguage: string;
    /** {version}; the fingerprint follows. */
    noticeMeta: string;
    formUnpublished: string;
    /** Heading of the hosted page of an archived form. */
    closedTitle: string;
    /** Heading of the page that says a form or notice is not (or no longer) here. */
    missingTitle: string;
    /** Under it: the address may be mistyped, or the form taken down by its publisher. */
    missingHint: string;
    /** The hosted page of an archived form. */
    formClosed: string;
    noticeMissing: string;
    noticeLanguageMissing: string;
  };
  /** The sign-in page (a member, not a visitor, reads these; the language follows the browser's). */
  signIn: {
    insecureTitle: string;
    /** {origin}: the plain-HTTP address the page was reached at. */
    insecure: string;
    /** The one refusal for an unknown account and a wrong password alike. */
    refused: string;
    /** {minutes} */
    limited: string;
  };
};
