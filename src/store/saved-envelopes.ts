/** keyv's stored form of a value: the value and its expiry time (ms since the epoch), serialized together. */
type Stored = { value: unknown; expires?: number | null };

/** Serializer hooks of one keyv namespace, as `buildStore` passes them. */
export type Serializer = { serialize: (data: unknown) => string; deserialize: (raw: string) => never };

const KEPT = 2_000;

/**
 * Remembers the last record this process saved per key, so reading back exactly those bytes returns the very object
 * that was saved instead of decrypting and parsing it again. Bytes that differ (another instance or process wrote,
 * the record expired and was rewritten) are parsed as usual. The returned object's identity therefore means "the
 * stored record is still the one saved here", which lets the runner keep that conversation's actor alive.
 * Saved values are deep-frozen: what is handed out again must not change behind the store's back.
 */
export function rememberSaved(inner: Serializer): Serializer & { saved(key: string, value: object): void; forget(key: string): void } {
  const written = new WeakMap<object, { raw: string; data: Stored }>(); // from serialize to `saved`, once the write succeeded
  const byRaw = new Map<string, Stored>();
  const rawByKey = new Map<string, string>();
  return {
    serialize(data) {
      const raw = inner.serialize(data);
      written.set((data as Stored).value as object, { raw, data: data as Stored });
      return raw;
    },
    deserialize: (raw) => (byRaw.get(raw) ?? inner.deserialize(raw)) as never,
    saved(key, value) {
      const record = written.get(value);
      const previous = rawByKey.get(key);
      if (previous !== undefined) byRaw.delete(previous);
      rawByKey.delete(key); // re-inserted last: the Map's order is the order of last saves
      if (!record) return;
      deepFreeze(record.data);
      byRaw.set(record.raw, record.data);
      rawByKey.set(key, record.raw);
      if (rawByKey.size > KEPT) {
        const [oldest, oldestRaw] = rawByKey.entries().next().value as [string, string];
        rawByKey.delete(oldest);
        byRaw.delete(oldestRaw);
      }
    },
    forget(key) {
      const raw = rawByKey.get(key);
      if (raw !== undefined) byRaw.delete(raw);
      rawByKey.delete(key);
    },
  };
}

/** Freezes an object graph, stopping at parts already frozen (what an earlier save froze and a turn did not replace). */
function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  // Arrays by index: for…in names every index as a string and looks it up by that name, which made freezing the
  // envelope's id list and the context's lists about as costly as freezing all the rest. Objects with for…in rather
  // than Object.values: no array of the values is built for every object of every save.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeChild(value[i]);
    return;
  }
  for (const key in value) freezeChild((value as Record<string, unknown>)[key]);
}

function freezeChild(child: unknown): void {
  if (child !== null && typeof child === 'object') deepFreeze(child);
}
