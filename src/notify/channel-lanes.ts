/**
 * Runs work per lane (a channel): the ids of one lane at most `concurrency` at a time, lanes side by side. A lane still
 * busy from an earlier run is left out of the next one (its ids wait for a later run), so a channel whose sends hang
 * holds up neither the other channels nor their next rounds.
 * @example const lanes = createLanes(4); const { done } = lanes.run(ids, channelOf, deliverOne); await done;
 */
export function createLanes(concurrency: number) {
  const running = new Map<string, Promise<void>>();

  /** Works `queue` with up to `concurrency` workers; a `work` answering false (or failing) stops the lane for this run. */
  async function drain(queue: readonly string[], work: (id: string) => Promise<boolean>): Promise<void> {
    let next = 0;
    let stopped = false;
    const worker = async () => {
      while (!stopped && next < queue.length) {
        const id = queue[next++]!;
        stopped = !(await work(id).catch(() => false));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }

  return {
    /** Whether `lane` is still working a previous run. */
    busy: (lane: string): boolean => running.has(lane),
    /** Starts every idle lane among `ids` at once; `done` settles when the lanes started here are done. */
    run(ids: readonly string[], laneOf: (id: string) => string, work: (id: string) => Promise<boolean>): { done: Promise<void> } {
      const queues = new Map<string, string[]>();
      for (const id of ids) if (!running.has(laneOf(id))) queues.set(laneOf(id), [...(queues.get(laneOf(id)) ?? []), id]);
      const started = [...queues].map(([lane, queue]) => {
        const done = drain(queue, work).finally(() => running.delete(lane));
        running.set(lane, done);
        return done;
      });
      return { done: Promise.all(started).then(() => {}) };
    },
    /** Settles when every lane running now is done (shutdown waits for sends in flight). */
    idle: async (): Promise<void> => { await Promise.all(running.values()); },
  };
}
