'use client';

import { useFormAction } from '../ui/use-form-action';
import { ROLES } from '@/lib/auth/roles';
import type { Result } from '@/lib/result';
import { CopyField } from '../forms/copy-field';

export function InviteForm({
  action,
}: {
  action: (
    s: Result<{ link: string; sent: boolean }> | null,
    d: FormData,
  ) => Promise<Result<{ link: string; sent: boolean }>>;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="settings" noValidate>
      <div className="row">
        <div className="input">
          <label htmlFor="invite-email">Email</label>
          <input
            id="invite-email"
            name="email"
            type="email"
            required
            aria-invalid={errors?.email ? true : undefined}
            aria-describedby={errors?.email ? 'invite-email-error' : undefined}
          />
          {errors?.email ? (
            <p className="field-error" id="invite-email-error">
              {errors.email}
            </p>
          ) : null}
        </div>
        <div className="input">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role" defaultValue="marketer">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Inviting…' : 'Invite'}
      </button>
      {state?.ok ? (
        <div role="status">
          <p className="ok">
            {state.data.sent
              ? 'Invitation sent by email. You can also share this link:'
              : 'No mail server is configured: copy this link and send it yourself.'}
          </p>
          <CopyField label="Invitation link" value={state.data.link} rows={2} />
        </div>
      ) : null}
    </form>
  );
}

export function TokenForm({
  action,
}: {
  action: (s: Result<{ token: string }> | null, d: FormData) => Promise<Result<{ token: string }>>;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="settings" noValidate>
      <div className="input">
        <label htmlFor="token-name">Token name</label>
        <input
          id="token-name"
          name="name"
          required
          aria-describedby={errors?.name ? 'token-name-error' : undefined}
        />
        {errors?.name ? (
          <p className="field-error" id="token-name-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <fieldset className="inline">
        <legend>Scopes</legend>
        {[
          ['forms:read', 'Read forms and notices'],
          ['proofs:read', 'Read submissions and proofs'],
          ['leads:read', 'Read leads’ field values'],
        ].map(([value, label]) => (
          <label key={value} className="checkbox">
            <input
              type="checkbox"
              name="scopes"
              value={value}
              defaultChecked={value === 'proofs:read'}
            />
            {label}
          </label>
        ))}
        {errors?.scopes ? <p className="field-error">{errors.scopes}</p> : null}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        Create token
      </button>
      {state?.ok ? (
        <div role="status">
          <p className="ok">Copy the token now: it is not shown again.</p>
          <CopyField label="API token" value={state.data.token} rows={1} />
        </div>
      ) : null}
    </form>
  );
}
