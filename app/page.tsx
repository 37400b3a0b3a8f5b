import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: { absolute: 'Conforme — lawful lead forms for France and the EU' },
};

export default function HomePage() {
  return (
    <main className="container">
      <h1>Conforme</h1>
      <p>
        Build lead-capture forms that French and EU law accepts, without a lawyer rewriting them.
      </p>
      <ul>
        <li>
          Compose the form and, for each purpose, its legal basis, channel, audience, retention and
          recipients.
        </li>
        <li>
          Get the CNIL-style information notice in French and English, generated from the same
          definition.
        </li>
        <li>See every compliance problem, with its legal source, before anything goes live.</li>
        <li>
          Embed the form anywhere and keep proof of each consent: what the visitor saw, ticked and
          refused.
        </li>
      </ul>
      <p>
        <Link className="button primary" href="/forms">
          Open the app
        </Link>
      </p>
    </main>
  );
}
