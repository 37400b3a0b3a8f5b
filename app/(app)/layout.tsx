import Link from 'next/link';
import type { ReactNode } from 'react';
import { requestActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/roles';
import { mayReadAudit } from '@/lib/data/audit-access';
import { SignOutButton } from '@/components/auth/sign-out-button';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requestActor();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Conforme
        </Link>
        {actor ? (
          <>
            <nav aria-label="Main">
              {can(actor.role, 'forms:read') ? <Link href="/forms">Forms</Link> : null}
              <Link href="/guidance">Guidance</Link>
              {can(actor.role, 'members:manage') ? <Link href="/settings">Settings</Link> : null}
              {mayReadAudit(actor.role) ? <Link href="/audit">Audit log</Link> : null}
              <Link href="/account">Account</Link>
            </nav>
            <span className="who">
              {actor.name} ({actor.role})
            </span>
            <SignOutButton />
          </>
        ) : null}
      </header>
      <main id="main" className="container">
        {children}
      </main>
    </>
  );
}
