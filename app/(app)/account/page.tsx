import type { Metadata } from 'next';
import { PasswordForm } from '@/components/auth/password-form';
import { requireAccess } from '@/lib/auth/access';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { changePassword } from './actions';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const actor = await requireAccess('account');
  return (
    <>
      <h1>Your account</h1>
      <p>
        {actor.name} · {actor.email} · <strong>{actor.role}</strong> in {actor.workspaceName}
      </p>
      <section className="panel" aria-labelledby="password-title">
        <h2 id="password-title">Change your password</h2>
        <PasswordForm action={changePassword} />
      </section>
      <SignOutButton className="button" />
    </>
  );
}
