import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/auth/auth-form';
import { workspaceRepository } from '@/lib/auth/workspaces';
import { accountsStore } from '@/lib/auth/access';
import { setUp } from '../actions';

export const metadata: Metadata = { title: 'Set up Conforme' };
export const dynamic = 'force-dynamic';

export default async function SetupPage() {
  if ((await workspaceRepository(await accountsStore()).userCount()) > 0) redirect('/sign-in');
  return (
    <>
      <h1>Welcome to Conforme</h1>
      <p>
        No account exists yet. Create the first administrator: you can invite marketers and your
        legal team afterwards.
      </p>
      <AuthForm
        action={setUp}
        submit="Create the administrator"
        fields={[
          { name: 'workspace', label: 'Company or workspace name', autoComplete: 'organization' },
          { name: 'name', label: 'Your name', autoComplete: 'name' },
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
          {
            name: 'password',
            label: 'Password (10 characters or more)',
            type: 'password',
            autoComplete: 'new-password',
          },
        ]}
      />
    </>
  );
}
