/** Work started after Slack was answered (a turn runs after the 3-second ack), which shutdown must let finish. */
export type InFlight = {
  /** Runs `work`, remembered until it settles; its result or error is passed through. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once everything tracked has settled, or after `graceMs`, whichever is first. */
  drain(graceMs: number): Promise<void>;
};

/**
 * Creates the set of work in flight. Bolt acks an event before its listener runs, so closing the HTTP server does not
 * wait for the turn: without this, SIGTERM would close the store under a turn and the user would never get the reply.
 * @example app.use(({ next }) => inFlight.track(next)); … await inFlight.drain(10_000);
 */
export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    async track(work) {
      const promise = work();
      running.add(promise);
      try {
        return await promise;
      } finally {
        running.delete(promise);
      }
    },
    async drain(graceMs) {
      if (!running.size) return;
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => { timer = setTimeout(resolve, graceMs); });
      await Promise.race([Promise.allSettled([...running]), deadline]);
      clearTimeout(timer);
    },
  };
}
