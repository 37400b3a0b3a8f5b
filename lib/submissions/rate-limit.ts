import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../db/connect';

/** Counts a submission for a key; resolves to the seconds to wait when over the limit, 0 otherwise. */
export type RateLimiter = { hit(key: string, now?: number): Promise<number> };

/**
 * A sliding-window limit per key in this process's memory: right for the SQLite default, where one
 * process serves the app. Several app servers share a store-backed or Redis limiter instead.
 */
export function memoryRateLimiter(limit: number, windowMs: number): RateLimiter {
  const hits = new Map<string, number[]>();
  let nextSweep = 0;
  return {
    hit(key, now = Date.now()) {
      // Forget keys whose hits have all expired, at most once a window: sweeping on every hit would cost
      // a pass over every recent visitor per submission on a busy site.
      if (now >= nextSweep) {
        nextSweep = now + windowMs;
        for (const [k, v] of hits) if (v.every((t) => now - t >= windowMs)) hits.delete(k);
      }
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return Promise.resolve(Math.ceil((windowMs - (now - (recent[0] ?? now))) / 1000));
      }
      recent.push(now);
      hits.set(key, recent);
      return Promise.resolve(0);
    },
  };
}

/**
 * The same sliding window kept in the database, so every app server on one PostgreSQL counts together:
 * each key's hits are counted and recorded under a transaction lock on that key, so two servers cannot
 * both let the eleventh through. The commit skips the WAL flush (synchronous_commit off): losing the last
 * counts in a crash only lets a few more submissions through, never loses one.
 */
export function storeRateLimiter(store: Store, limit: number, windowMs: number): RateLimiter {
  const { db, dialect } = store;
  return {
    hit(key, now = Date.now()) {
      return db.transaction().execute(async (tx) => {
        if (dialect === 'postgres') {
          await sql`set local synchronous_commit to off`.execute(tx);
          await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(tx);
        }
        const since = new Date(now - windowMs).toISOString();
        const recent = await tx
          .selectFrom('rate_limits')
          .select('at')
          .where('key', '=', key)
          .where('at', '>', since)
          .orderBy('at')
          .limit(limit)
          .execute();
        const oldest = recent[0];
        if (oldest && recent.length >= limit)
          return Math.max(1, Math.ceil((windowMs - (now - Date.parse(oldest.at))) / 1000));
        await tx
          .insertInto('rate_limits')
          .values({ key, at: new Date(now).toISOString() })
          .execute();
        // Now and then, forget hits older than the window.
        if (Math.random() < 0.01)
          await tx.deleteFrom('rate_limits').where('at', '<=', since).execute();
        return 0;
      });
    },
  };
}

/** The part of a Redis client this limiter uses (node-redis). */
export type RedisScripting = {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
};

/** Atomically: drop hits older than the window; if under the limit, record this one; else say the wait. */
const SLIDING_WINDOW = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - ARGV[2])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + ARGV[2] - ARGV[1]
end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 0`;

/** The same sliding window in Redis (REDIS_URL): one atomic script per submission, shared by every server. */
export function redisRateLimiter(
  redis: RedisScripting,
  limit: number,
  windowMs: number,
): RateLimiter {
  return {
    async hit(key, now = Date.now()) {
      const waitMs = Number(
        await redis.eval(SLIDING_WINDOW, {
          keys: [`conforme:rate:${key}`],
          arguments: [String(now), String(windowMs), String(limit), `${now}:${randomUUID()}`],
        }),
      );
      return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
    },
  };
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

/** Submissions allowed per form and address per minute (CONFORME_RATE_LIMIT, default 10). */
export const rateLimitPerMinute = () => Number(process.env.CONFORME_RATE_LIMIT ?? 10);

const limiters = new WeakMap<Store, Promise<RateLimiter>>();

/**
 * The limiter this process uses: Redis when REDIS_URL is set, the database on PostgreSQL (several app
 * servers), this process's memory on SQLite (one process).
 */
export function rateLimiterFor(store: Store): Promise<RateLimiter> {
  const existing = limiters.get(store);
  if (existing) return existing;
  const created = (async () => {
    const limit = rateLimitPerMinute();
    const redisUrl = process.env.REDIS_URL;
    if (redisUrl) {
      const { createClient } = await import('redis');
      const client = createClient({ url: redisUrl });
      client.on('error', (error: unknown) => {
        console.error(
          `conforme: Redis (rate limit): ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      await client.connect();
      return redisRateLimiter(client, limit, RATE_LIMIT_WINDOW_MS);
    }
    return store.dialect === 'postgres'
      ? storeRateLimiter(store, limit, RATE_LIMIT_WINDOW_MS)
      : memoryRateLimiter(limit, RATE_LIMIT_WINDOW_MS);
  })().catch((error: unknown) => {
    limiters.delete(store);
    throw error;
  });
  limiters.set(store, created);
  return created;
}
