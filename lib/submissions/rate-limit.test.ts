import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createClient } from 'redis';
import { nth } from '../testing/fixtures';
import { secondServerPool, storeFactories } from '../testing/stores';
import {
  memoryRateLimiter,
  redisRateLimiter,
  storeRateLimiter,
  type RateLimiter,
} from './rate-limit';

const WINDOW = 60_000;
/** A moment early in a window, so the burst below stays in one window. */
const NOW = Math.floor(Date.now() / WINDOW) * WINDOW + 1_000;

/** Fires `n` hits for one key at once, spread over the limiters; resolves to how many were allowed. */
async function burst(limiters: RateLimiter[], key: string, n: number): Promise<number> {
  const waits = await Promise.all(
    Array.from({ length: n }, (_, i) => nth(limiters, i % limiters.length).hit(key, NOW)),
  );
  for (const w of waits.filter((w) => w > 0)) assert.ok(w >= 1 && w <= 60, String(w));
  return waits.filter((w) => w === 0).length;
}

describe('rate limits', () => {
  it('in memory: a sliding window per key, for the single SQLite process', async () => {
    const limiter = memoryRateLimiter(3, WINDOW);
    assert.equal(await burst([limiter], 'a', 5), 3);
    assert.equal(await limiter.hit('b', NOW), 0);
    assert.equal(await limiter.hit('a', NOW + WINDOW), 0);
  });

  for (const factory of storeFactories())
    it(`in the database on ${factory.name}: one limit for every app server`, async () => {
      const store = await factory.open();
      // A second pool on the same database stands for a second app server.
      const second = await secondServerPool(store);
      try {
        const limiters = [storeRateLimiter(store, 10, WINDOW)];
        if (second) limiters.push(storeRateLimiter(second, 10, WINDOW));
        assert.equal(await burst(limiters, 'form|203.0.113.9', 30), 10);
        assert.equal(await burst(limiters, 'form|203.0.113.10', 4), 4);
        // The window slides: a minute after the burst, the address may send again.
        assert.equal(await limiters[0]?.hit('form|203.0.113.9', NOW + WINDOW), 0);
        assert.equal(await limiters[0]?.hit('form|203.0.113.9', NOW + WINDOW + 1), 0);
      } finally {
        await second?.close();
        await store.dispose();
      }
    });

  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) {
    const clients = [createClient({ url: redisUrl }), createClient({ url: redisUrl })];
    after(() => Promise.all(clients.map((c) => c.close())));
    it('in Redis: one limit for every app server', async () => {
      await Promise.all(clients.map((c) => c.connect()));
      const key = `test-${process.pid}-${Date.now()}`;
      const limiters = clients.map((c) => redisRateLimiter(c, 10, WINDOW));
      assert.equal(await burst(limiters, key, 30), 10);
      const ttl = await clients[0]?.pTTL(`conforme:rate:${key}`);
      assert.ok(ttl !== undefined && ttl > 0 && ttl <= WINDOW, String(ttl));
      assert.equal(await limiters[0]?.hit(key, NOW + WINDOW), 0);
    });
  } else
    console.log(
      '# Redis rate-limit test skipped: TEST_REDIS_URL is not set (.ci/run sets it to the local Redis).',
    );
});
