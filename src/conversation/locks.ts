import type { DistributedLocks } from '../store/types.ts';

/** Runs tasks one at a time per key, in arrival order. */
export type KeyedLock = { run<T>(key: string, task: () => Promise<T>): Promise<T> };

const ignore = () => {};

/**
 * An in-process lock: a promise chain per key, dropped when the chain is idle.
 * @example const lock = createKeyedLock(); await lock.run(conversationId, () => turn(msg));
 */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const result = (tails.get(key) ?? Promise.resolve()).then(task);
      const tail = result.then(ignore, ignore); // a failed turn must not block the next one
      tails.set(key, tail);
      void tail.then(() => tails.get(key) === tail && tails.delete(key));
      return result;
    },
  };
}

/**
 * Wraps an in-process lock with a cross-instance one when the store has it (Redis), so instances behind a
 * load balancer never interleave turns of one conversation. `holdMs` bounds both the lock's life and the wait.
 */
export function createTurnLock(locks: DistributedLocks | undefined, holdMs: number): KeyedLock {
  const local = createKeyedLock();
  if (!locks) return local;
  return {
    run: (key, task) =>
      local.run(key, async () => {
        const release = await locks.acquire(key, { ttlMs: holdMs, waitMs: holdMs });
        try {
          return await task();
        } finally {
          await release();
        }
      }),
  };
}
