/** Failed sign-ins (and bad bearer tokens) per client address; after `limit` in `windowMs` the address is refused. */
export type SignInGuard = { blocked(address: string): boolean; failed(address: string): void };

/**
 * Counts failures only, so an agent's own requests never use up a budget, and refuses an address that keeps guessing
 * before its token is even looked at.
 * @example if (guard.blocked(ip)) return tooMany(); if (!(await agents.authenticate(token))) guard.failed(ip);
 */
export function createSignInGuard({ limit = 10, windowMs = 15 * 60_000, maxKeys = 10_000, now = Date.now } = {}): SignInGuard {
  const failures = new Map<string, { count: number; since: number }>();
  const current = (address: string) => {
    const entry = failures.get(address);
    if (entry && now() - entry.since > windowMs) failures.delete(address);
    return failures.get(address);
  };
  return {
    blocked: (address) => (current(address)?.count ?? 0) >= limit,
    failed(address) {
      const entry = current(address) ?? { count: 0, since: now() };
      entry.count += 1;
      failures.delete(address);
      failures.set(address, entry);
      if (failures.size > maxKeys) failures.delete(failures.keys().next().value as string);
    },
  };
}
