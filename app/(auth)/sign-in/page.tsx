import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/auth/auth-form';
import { logUnencrypted, unencryptedOnNetwork } from '@/lib/auth/cookie-policy';
import { signInLang } from '@/lib/auth/sign-in';
import { workspaceRepository } from '@/lib/auth/workspaces';
import { accountsStore } from '@/lib/auth/access';
import { signIn } from '../actions';
import { InsecureWarning } from './insecure-warning';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  if ((await workspaceRepository(await accountsStore()).userCount()) === 0) redirect('/setup');
  const { next, changed } = await searchParams;
  const h = await headers();
  const unencrypted = unencryptedOnNetwork(h);
  if (unencrypted) logUnencrypted(h);
  return (
    <>
      <h1>Sign in</h1>
      {unencrypted ? (
        <InsecureWarning lang={signInLang(h)} origin={`http://${h.get('host') ?? ''}`} />
      ) : null}
      {changed ? (
        <p className="ok" role="status">
          Your password was changed and every session was closed: sign in with the new password.
        </p>
      ) : null}
      <AuthForm
        action={signIn}
        submit="Sign in"
        hidden={typeof next === 'string' ? { next } : undefined}
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
          {
            name: 'password',
            label: 'Password',
            type: 'password',
            autoComplete: 'current-password',
          },
        ]}
      />
    </>
  );
}
