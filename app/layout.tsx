import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Conforme', template: '%s · Conforme' },
  description:
    'Lawful lead-capture forms for France and the EU: CNIL notices, compliance checks and proof of consent.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
