/**
 * A sliding-window limit per key, in this process's memory. One machine runs one process here; deployments
 * with several app servers should put the counters in a shared store.
 */
export function rateLimiter(limit: number, windowMs: number) {
  const hits = new Map<string, number[]>();
  return {
    /** Counts a hit; returns the seconds to wait when over the limit, 0 otherwise. */
    hit(key: string, now = Date.now()): number {
      const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return Math.ceil((windowMs - (now - (recent[0] ?? now))) / 1000);
      }
      recent.push(now);
      hits.set(key, recent);
      if (hits.size > 10_000)
        for (const [k, v] of hits) if (v.every((t) => now - t >= windowMs)) hits.delete(k);
      return 0;
    },
  };
}
