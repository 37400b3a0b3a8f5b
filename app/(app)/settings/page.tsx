import type { Metadata } from 'next';
import { InviteForm, TokenForm } from '@/components/settings/forms';
import { RowAction } from '@/components/settings/row-action';
import { SelfApprovalSetting } from '@/components/review/self-approval-setting';
import { requireAccess } from '@/lib/auth/access';
import { ROLES } from '@/lib/auth/roles';
import { dataFor } from '@/lib/data';
import { formatDateTime } from '@/lib/intl/format';
import {
  changeRole,
  createToken,
  invite,
  removeMember,
  revokeToken,
  setApprovalRequired,
  setSelfApproval,
} from './actions';

export const metadata: Metadata = { title: 'Workspace settings' };

export default async function SettingsPage() {
  const actor = await requireAccess('members:manage');
  const data = await dataFor(actor);
  const [members, invitations, requireApproval, tokens, allowSelfApproval] = await Promise.all([
    data.members.list(),
    data.members.invitations(),
    data.settings.requireApproval(),
    data.tokens.list(),
    data.settings.allowSelfApproval(),
  ]);
  return (
    <>
      <h1>{actor.workspaceName}: settings</h1>
      <section className="panel" aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>{m.name}</td>
                <td>{m.email}</td>
                <td>
                  {m.userId === actor.id ? (
                    m.role
                  ) : (
                    <form action={changeRole} className="inline-form">
                      <input type="hidden" name="userId" value={m.userId} />
                      <label className="sr-only" htmlFor={`role-${m.userId}`}>
                        Role of {m.email}
                      </label>
                      <select id={`role-${m.userId}`} name="role" defaultValue={m.role}>
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>{' '}
                      <button type="submit" className="button subtle">
                        Change
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  {m.userId === actor.id ? null : (
                    <RowAction
                      action={removeMember}
                      name="userId"
                      value={m.userId}
                      text="Remove"
                      label={`Remove ${m.email}`}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Invite a member</h3>
        <InviteForm action={invite} />
        {invitations.length ? (
          <ul className="hint">
            {invitations.map((i) => (
              <li key={`${i.email}-${i.createdAt}`}>
                {i.email} as {i.role}:{' '}
                {i.acceptedAt
                  ? `accepted ${formatDateTime(i.acceptedAt)}`
                  : `pending until ${formatDateTime(i.expiresAt)}`}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="approval-title">
        <h2 id="approval-title">Legal approval</h2>
        <form action={setApprovalRequired} className="settings">
          <label className="checkbox">
            <input type="checkbox" name="requireApproval" defaultChecked={requireApproval} />
            Only versions approved by a legal reviewer can be published (turn off only for
            workspaces without a legal team)
          </label>
          <button type="submit" className="button">
            Save
          </button>
        </form>
        <SelfApprovalSetting allowed={allowSelfApproval} action={setSelfApproval} />
      </section>
      <section className="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">API tokens</h2>
        <p className="hint">
          For the JSON exports: send the token as “Authorization: Bearer …”. Tokens are scoped and
          can be revoked at any time.
        </p>
        <TokenForm action={createToken} />
        {tokens.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scopes</th>
                <th scope="col">Last used</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{t.scopes.join(', ')}</td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'never'}</td>
                  <td>
                    {t.revokedAt ? (
                      'revoked'
                    ) : (
                      <RowAction
                        action={revokeToken}
                        name="id"
                        value={t.id}
                        text="Revoke"
                        label={`Revoke token ${t.name}`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
