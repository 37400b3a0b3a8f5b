import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { secondServerPool, storeFactories } from '../testing/stores';
import { attemptGate, SIGN_IN_WINDOW_MS, type AttemptGate } from './attempts';

const NOW = Date.parse('2026-09-01T09:00:00.000Z');
const account = (limit: number) => [{ key: 'account:a', limit }];

describe('sign-in attempt limits', () => {
  for (const factory of storeFactories())
    it(`on ${factory.name}: counts unsuccessful attempts per key, atomically, in a sliding window`, async () => {
      const store = await factory.open();
      // A second pool on the same database stands for a second app server.
      const second = await secondServerPool(store);
      try {
        const gates: AttemptGate[] = [attemptGate(store)];
        if (second) gates.push(attemptGate(second));
        const gate = (i: number) => gates[i % gates.length] ?? attemptGate(store);
        // Twenty parallel guesses at one account, split over the servers: five get a password check.
        const burst = await Promise.all(
          Array.from({ length: 20 }, (_, i) => gate(i).begin(account(5), NOW)),
        );
        assert.equal(burst.filter((a) => a.ok).length, 5);
        for (const refused of burst.filter((a) => !a.ok))
          assert.deepEqual(refused, { ok: false, retryAfter: SIGN_IN_WINDOW_MS / 1000 });

        // Another key is not affected; a key shared by the attempt (the address) counts too.
        const address = { key: 'address:203.0.113.9', limit: 2 };
        const both = [{ key: 'account:b', limit: 5 }, address];
        const one = attemptGate(store);
        const first = await one.begin(both, NOW);
        assert.ok(first.ok);
        // A successful attempt is taken back: it does not use up the allowance.
        await one.succeeded(first.attemptId);
        assert.ok((await one.begin(both, NOW)).ok);
        assert.ok((await one.begin(both, NOW + 1000)).ok);
        assert.deepEqual(await one.begin([{ key: 'account:c', limit: 5 }, address], NOW + 60_000), {
          ok: false,
          retryAfter: SIGN_IN_WINDOW_MS / 1000 - 60,
        });

        // The window slides: fifteen minutes after the burst, the account may try again.
        assert.ok((await one.begin(account(5), NOW + SIGN_IN_WINDOW_MS)).ok);
      } finally {
        await second?.close();
        await store.dispose();
      }
    });
});
