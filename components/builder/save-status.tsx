import type { SaveState } from './use-autosave';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? `Saved at ${time(state.at)}`
      : state.kind === 'pending'
        ? 'Unsaved changes'
        : state.kind === 'saving'
          ? 'Saving…'
          : state.kind === 'invalid'
            ? `Not saved: fix ${state.count} field${state.count > 1 ? 's' : ''} first`
            : state.message;
  return (
    <p
      className={`save-status ${state.kind}`}
      role="status"
      aria-live="polite"
      data-state={state.kind}
    >
      {text}
    </p>
  );
}
