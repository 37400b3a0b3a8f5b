'use client';

import { useFormAction } from '../ui/use-form-action';
import type { Result } from '@/lib/result';

type Props = {
  origins: string[];
  recordNetwork: boolean;
  save: (
    state: Result<{ origins: string[] }> | null,
    data: FormData,
  ) => Promise<Result<{ origins: string[] }>>;
  /** Why this member may not change the settings; they are then shown disabled. */
  refused?: string;
};

export function EmbedSettingsForm({ origins, recordNetwork, save, refused }: Props) {
  const { state, pending, onSubmit } = useFormAction(save);
  const error = state && !state.ok ? state.fieldErrors?.allowedOrigins : undefined;
  return (
    <form onSubmit={onSubmit} className="settings">
      {refused ? (
        <p className="read-only-note" role="note">
          Read only: {refused}
        </p>
      ) : null}
      <fieldset className="editor-body" disabled={refused !== undefined}>
        <legend className="sr-only">Embedding settings</legend>
        <div className="input">
          <label htmlFor="allowed-origins">
            Sites allowed to send this form (one origin per line)
          </label>
          <p className="hint" id="allowed-origins-hint">
            For example https://www.example.com. Submissions from other sites are refused; the
            hosted page and the iframe are always allowed.
          </p>
          <textarea
            id="allowed-origins"
            name="allowedOrigins"
            rows={3}
            defaultValue={origins.join('\n')}
            aria-describedby={`allowed-origins-hint${error ? ' allowed-origins-error' : ''}`}
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p className="field-error" id="allowed-origins-error">
              {error}
            </p>
          ) : null}
        </div>
        <label className="checkbox">
          <input type="checkbox" name="recordNetwork" defaultChecked={recordNetwork} />
          Keep a truncated IP address and the browser’s user agent with each submission (off unless
          you need it)
        </label>
      </fieldset>
      <div hidden={refused !== undefined}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </button>
        <span
          role="status"
          aria-live="polite"
          className={state && !state.ok ? 'field-error' : 'ok'}
        >
          {state ? (state.ok ? ' Saved.' : ` ${state.error}`) : ''}
        </span>
      </div>
    </form>
  );
}
