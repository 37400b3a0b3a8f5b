import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { workspaceRepository } from '@/lib/auth/workspaces';
import { accountsStore } from '@/lib/auth/access';
import { acceptInvitation } from '../../actions';

export const metadata: Metadata = { title: 'Join a workspace' };

export default async function InvitePage({ params }: PageProps<'/invite/[token]'>) {
  const { token } = await params;
  const invitation = await workspaceRepository(await accountsStore()).invitation(token);
  if (!invitation)
    return (
      <>
        <h1>Invitation not valid</h1>
        <p>
          This invitation is unknown, already used or expired. Ask an administrator of your
          workspace for a new one.
        </p>
      </>
    );
  return (
    <>
      <h1>Join Conforme</h1>
      <p>
        You are invited as <strong>{invitation.role}</strong> with the address{' '}
        <strong>{invitation.email}</strong>. Choose your name and a password.
      </p>
      <AuthForm
        action={acceptInvitation.bind(null, token)}
        submit="Create my account"
        fields={[
          { name: 'name', label: 'Your name', autoComplete: 'name' },
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
