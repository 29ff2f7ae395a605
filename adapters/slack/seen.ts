/** A bounded in-process memory of recently seen keys, for dropping Slack's retried deliveries cheaply at the edge. */
export type SeenSet = { firstTime(key: string): boolean };

/**
 * Creates a seen-set that remembers up to `max` keys for `ttlMs` (Slack retries within ~5 minutes). It only saves
 * work: the runner's store-backed dedupe stays the guarantee across instances.
 */
export function createSeenSet(ttlMs = 10 * 60_000, max = 10_000, now: () => number = Date.now): SeenSet {
  const seen = new Map<string, number>();
  return {
    firstTime(key) {
      const at = now();
      if ((seen.get(key) ?? 0) > at) return false;
      seen.delete(key);
      // insertion order is expiry order, so expired or surplus keys are always at the front
      for (const [old, expires] of seen) {
        if (expires > at && seen.size < max) break;
        seen.delete(old);
      }
      seen.set(key, at + ttlMs);
      return true;
    },
  };
}
