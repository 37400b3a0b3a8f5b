'use client';

import { useActionState } from 'react';
import type { ChainCheck, SealReport } from '@/lib/proof/ledger';

function SealDetails({ seal }: { seal: SealReport }) {
  return (
    <>
      {' '}
      Checked against {seal.checked} signed checkpoint{seal.checked === 1 ? '' : 's'} in{' '}
      {/* The file's name only: where the server keeps it is the operator's business. */}
      <code>{seal.file.split(/[\\/]/).pop()}</code> (key <code>{seal.key}</code>):{' '}
      {seal.checkpoints
        .map(({ chainId, checkpoint: c }) =>
          c
            ? `chain ${chainId} up to #${c.seq} as of ${c.time} (line ${c.line})`
            : `chain ${chainId} not checkpointed before this check`,
        )
        .join('; ')}
      .
      {seal.adopted.length
        ? ` Heads written before signing, signed now: ${seal.adopted.join(', ')}.`
        : ''}
    </>
  );
}

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
        {state ? (
          state.ok ? (
            <>
              {`The ledger is intact: ${state.count} record${state.count === 1 ? '' : 's'} in ${state.chains.length} chain${state.chains.length === 1 ? '' : 's'}, each matching its content, linked to the previous one, agreeing with its submission, and ending at its signed head.`}
              {state.seal ? <SealDetails seal={state.seal} /> : null}
            </>
          ) : state.firstBad.chainId ? (
            `Record #${state.firstBad.seq} of chain ${state.firstBad.chainId}${state.firstBad.id ? ` (${state.firstBad.id})` : ''} does not hold: ${state.firstBad.reason}.`
          ) : (
            `${state.firstBad.id ? `Submission ${state.firstBad.id}` : 'The checkpoint file'} does not hold: ${state.firstBad.reason}.`
          )
        ) : (
          ''
        )}
      </span>
    </form>
  );
}
