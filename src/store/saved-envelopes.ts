/** keyv's stored form of a value: the value and its expiry time (ms since the epoch), serialized together. */
type Stored = { value: unknown; expires?: number | null };

/** Serializer hooks of one keyv namespace, as `buildStore` passes them. */
export type Serializer = { serialize: (data: unknown) => string; deserialize: (raw: string) => never };

const KEPT = 2_000;

/** A value as serialized for one write: the bytes and keyv's record of it. */
export type Written = { raw: string; data: Stored };

/** What the conversation store tells the memo around a write. */
export type SavedRecords = {
  /**
   * What serialize just produced for `value`, taken right after starting the write (keyv serializes synchronously as
   * `set` starts): held in one slot rather than a WeakMap keyed by every value ever saved, whose insertion alone cost
   * about a microsecond a turn. Undefined when serialization has not happened yet (a write deferred behind the data
   * key check): that record is then simply not remembered.
   */
  written(value: object): Written | undefined;
  /** The write of `record` under `key` landed: reading back its bytes returns its value. */
  saved(key: string, record: Written | undefined): void;
  forget(key: string): void;
};

/**
 * Remembers the last record this process saved per key, so reading back exactly those bytes returns the very object
 * that was saved instead of decrypting and parsing it again. Bytes that differ (another instance or process wrote,
 * the record expired and was rewritten) are parsed as usual. The returned object's identity therefore means "the
 * stored record is still the one saved here", which lets the runner keep that conversation's actor alive.
 * Saved values are deep-frozen: what is handed out again must not change behind the store's back.
 */
export function rememberSaved(inner: Serializer): Serializer & SavedRecords {
  let last: Written | undefined; // what serialize produced last, until `written` takes it
  const byRaw = new Map<string, Stored>();
  const rawByKey = new Map<string, string>();
  return {
    serialize(data) {
      const raw = inner.serialize(data);
      last = { raw, data: data as Stored };
      return raw;
    },
    deserialize: (raw) => (byRaw.get(raw) ?? inner.deserialize(raw)) as never,
    written(value) {
      const record = last?.data.value === value ? last : undefined;
      last = undefined;
      return record;
    },
    saved(key, record) {
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
