'use client';

import type { ReactNode } from 'react';
import { useFormAction } from '../ui/use-form-action';
import type { Result } from '@/lib/result';
import { AuthField } from './field';

export type AuthFieldSpec = { name: string; label: string; type?: string; autoComplete?: string };

/** A small form posting to a server action, showing its error and field errors. */
export function AuthForm({
  action,
  fields,
  submit,
  hidden,
  children,
}: {
  action: (state: Result<never> | null, data: FormData) => Promise<Result<never>>;
  fields: AuthFieldSpec[];
  submit: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
}) {
  const { state, pending, onSubmit } = useFormAction(action);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="auth-form" noValidate>
      {state && !state.ok ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <AuthField key={f.name} {...f} errors={errors} />
      ))}
      {children}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? 'Please wait…' : submit}
      </button>
    </form>
  );
}
