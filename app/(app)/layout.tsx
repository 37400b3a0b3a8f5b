import Link from 'next/link';
import type { ReactNode } from 'react';

export default function AppLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Conforme
        </Link>
        <nav aria-label="Main">
          <Link href="/forms">Forms</Link>
        </nav>
      </header>
      <main id="main" className="container">
        {children}
      </main>
    </>
  );
}
