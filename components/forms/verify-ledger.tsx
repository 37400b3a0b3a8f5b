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
            ? `The ledger is intact: ${state.count} record${state.count === 1 ? '' : 's'} in ${state.chains.length} chain${state.chains.length === 1 ? '' : 's'}, each matching its content and linked to the previous one.`
            : state.firstBad.chainId
              ? `Record #${state.firstBad.seq} of chain ${state.firstBad.chainId} (${state.firstBad.id}) does not hold: ${state.firstBad.reason}.`
              : `Submission ${state.firstBad.id} does not hold: ${state.firstBad.reason}.`
          : ''}
      </span>
    </form>
  );
}
