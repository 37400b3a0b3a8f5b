import Link from 'next/link';
import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="container narrow" id="main">
      <p>
        <Link href="/" className="brand">
          Conforme
        </Link>
      </p>
      {children}
    </main>
  );
}
