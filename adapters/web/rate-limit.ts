/** A per-key token bucket; light by design (a person typing or tapping never hits it, a runaway script does). */
export type RateLimiter = { take(key: string, cost?: number): boolean };

/** Options: burst size, refill per second, and how many keys to remember before forgetting the oldest. */
export type RateLimitOptions = { burst: number; perSecond: number; maxKeys?: number; now?: () => number };

/** Creates a token-bucket limiter; `take` spends `cost` tokens (default 1), or returns false when the key has fewer. */
export function createRateLimiter({ burst, perSecond, maxKeys = 10_000, now = Date.now }: RateLimitOptions): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, cost = 1) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, at: t };
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
      bucket.at = t;
      buckets.delete(key); // re-insert so Map order is least-recently-used first
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens < cost) return false;
      bucket.tokens -= cost;
      return true;
    },
  };
}
