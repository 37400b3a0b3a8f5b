'use client';

import { useFormAction } from '../ui/use-form-action';
import type { Result } from '@/lib/result';

export function ImportForm({
  importAction,
}: {
  importAction: (state: Result<never> | null, data: FormData) => Promise<Result<never>>;
}) {
  const { state, pending, onSubmit } = useFormAction(importAction);
  const problems = state && !state.ok ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <form onSubmit={onSubmit} className="import">
      <div className="input">
        <label htmlFor="import-definition">
          Form definition (JSON, as checked by `conforme lint`)
        </label>
        <textarea
          id="import-definition"
          name="definition"
          rows={6}
          spellCheck={false}
          aria-describedby={state && !state.ok ? 'import-error' : undefined}
        />
      </div>
      {state && !state.ok ? (
        <div id="import-error" className="field-error" role="alert">
          <p>{state.error}</p>
          {problems.length ? (
            <ul>
              {problems.map(([path, message]) => (
                <li key={path}>
                  <code>{path}</code>: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Importing…' : 'Import definition'}
      </button>
    </form>
  );
}
