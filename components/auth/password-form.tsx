'use client';

import { useActionState } from 'react';
import type { Result } from '@/lib/result';
import { AuthField } from './field';

export function PasswordForm({
  action,
}: {
  action: (state: Result<null> | null, data: FormData) => Promise<Result<null>>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="auth-form" noValidate>
      <AuthField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={errors}
      />
      <AuthField
        name="newPassword"
        label="New password (10 characters or more)"
        type="password"
        autoComplete="new-password"
        errors={errors}
      />
      <AuthField
        name="confirm"
        label="New password again"
        type="password"
        autoComplete="new-password"
        errors={errors}
      />
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
      <p role="status" className={state?.ok ? 'ok' : 'field-error'}>
        {state && !state.ok ? state.error : ''}
      </p>
    </form>
  );
}
