'use client';

import { useActionState } from 'react';
import type { ChainCheck } from '@/lib/proof/ledger';

export function VerifyLedger({
  verify,
}: {
  verify: (state: ChainCheck | null) => Promise<ChainCheck>;
}) {
  const [state, action, pending] = useActionState(verify, null);
  return (
    <form action={action} className="verify">
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Checking…' : 'Check the proof ledger'}
      </button>{' '}
      <span role="status" aria-live="polite" className={state && !state.ok ? 'field-error' : 'ok'}>
        {state
          ? state.ok
            ? `The chain is intact: ${state.count} record${state.count === 1 ? '' : 's'}, each matching its content and linked to the previous one.`
            : `Record #${state.firstBad.seq} (${state.firstBad.id}) does not match: ${state.firstBad.reason}.`
          : ''}
      </span>
    </form>
  );
}
