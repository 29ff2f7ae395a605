import type { Bus, BusListener } from './types.ts';

/**
 * The in-process bus (the default, one instance): payloads go through a JSON round trip so subscribers get the same
 * shapes as over Redis, and one throwing listener does not stop the others.
 * @example const bus = createMemoryBus(); await bus.subscribe('desk', (p) => console.log(p)); await bus.publish('desk', { hi: 1 });
 */
export function createMemoryBus(onListenerError: (error: unknown) => void = () => {}): Bus {
  const topics = new Map<string, Set<BusListener>>();
  return {
    kind: 'memory',
    async publish(topic, payload) {
      const listeners = topics.get(topic);
      if (!listeners?.size) return;
      const text = JSON.stringify(payload);
      for (const listener of [...listeners]) {
        try {
          listener(JSON.parse(text));
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    async subscribe(topic, listener) {
      const own: BusListener = (payload) => listener(payload); // a wrapper, so one listener may subscribe twice
      const listeners = topics.get(topic) ?? new Set();
      listeners.add(own);
      topics.set(topic, listeners);
      return async () => {
        listeners.delete(own);
        if (!listeners.size && topics.get(topic) === listeners) topics.delete(topic);
      };
    },
    async close() {
      topics.clear();
    },
  };
}
