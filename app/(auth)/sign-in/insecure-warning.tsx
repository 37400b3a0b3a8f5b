import { fill, messagesFor } from '@/lib/messages';

/** Shown on the sign-in page reached over plain HTTP: the session cookie cannot be Secure there. */
export function InsecureWarning({ lang, origin }: { lang: 'fr' | 'en'; origin: string }) {
  const text = messagesFor(lang).signIn;
  return (
    <section className="dialog" role="note" lang={lang} aria-labelledby="insecure-title">
      <h2 id="insecure-title" className="field-error">
        {text.insecureTitle}
      </h2>
      <p>{fill(text.insecure, { origin })}</p>
    </section>
  );
}
