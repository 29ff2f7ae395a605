import type { JsonKv } from './types.ts';

/** An in-memory JsonKv that stores JSON copies, so callers cannot mutate stored values (tests, throwaway runs). */
export function createMemoryKv(): JsonKv & { readonly size: number } {
  const data = new Map<string, string>();
  return {
    get size() {
      return data.size;
    },
    async get(key) {
      const raw = data.get(key);
      return raw === undefined ? undefined : JSON.parse(raw);
    },
    async set(key, value) {
      data.set(key, JSON.stringify(value));
      return true;
    },
    async delete(key) {
      return data.delete(key);
    },
  };
}
