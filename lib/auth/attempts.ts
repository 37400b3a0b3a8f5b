import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../db/connect';

/** A key an attempt counts against (an account, an address) and how many unsuccessful attempts it may have. */
export type AttemptLimit = { key: string; limit: number };
export type Admission = { ok: true; attemptId: string } | { ok: false; retryAfter: number };
export type AttemptGate = {
  begin(limits: AttemptLimit[], now?: number): Promise<Admission>;
  succeeded(attemptId: string): Promise<void>;
};

export const SIGN_IN_WINDOW_MS = 15 * 60_000;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A sliding window of unsuccessful attempts per key, in the store, so every app server on one PostgreSQL
 * counts together (on SQLite, the one process's connection serialises the same transaction). An attempt is
 * counted when it begins, under a lock on each of its keys, and uncounted once it succeeds: parallel
 * guesses cannot all slip in under the limit while their passwords are being checked, and people who sign
 * in successfully never use up the allowance. (The submissions' rate limiter cannot serve here: its `hit`
 * cannot take an attempt back, and its table is swept with its one-minute window.)
 */
export function attemptGate(store: Store, windowMs = SIGN_IN_WINDOW_MS): AttemptGate {
  const { db, dialect } = store;
  return {
    begin(limits, now = Date.now()) {
      return db.transaction().execute(async (tx): Promise<Admission> => {
        if (dialect === 'postgres')
          // Sorted, so two attempts locking the same two keys cannot deadlock.
          for (const key of limits.map((l) => l.key).sort())
            await sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${key}`}))`.execute(tx);
        const since = iso(now - windowMs);
        let wait = 0;
        for (const { key, limit } of limits) {
          const recent = await tx
            .selectFrom('sign_in_attempts')
            .select('at')
            .where('key', '=', key)
            .where('at', '>', since)
            .orderBy('at', 'desc')
            .limit(limit)
            .execute();
          // Under the limit again when the limit-th most recent attempt leaves the window.
          const last = recent[limit - 1];
          if (last) wait = Math.max(wait, windowMs - (now - Date.parse(last.at)));
        }
        if (wait > 0) return { ok: false, retryAfter: Math.max(1, Math.ceil(wait / 1000)) };
        const attemptId = randomUUID();
        await tx
          .insertInto('sign_in_attempts')
          .values(limits.map(({ key }) => ({ attempt_id: attemptId, key, at: iso(now) })))
          .execute();
        // Now and then, forget attempts older than the window.
        if (Math.random() < 0.05)
          await tx.deleteFrom('sign_in_attempts').where('at', '<=', since).execute();
        return { ok: true, attemptId };
      });
    },
    async succeeded(attemptId) {
      await db.deleteFrom('sign_in_attempts').where('attempt_id', '=', attemptId).execute();
    },
  };
}
