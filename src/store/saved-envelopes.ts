/** keyv's stored form of a value: the value and its expiry time (ms since the epoch), serialized together. */
type Stored = { value: unknown; expires?: number | null };

/** Serializer hooks of one keyv namespace, as `buildStore` passes them. */
export type Serializer = { serialize: (data: unknown) => string; deserialize: (raw: string) => never };

const KEPT = 2_000;

/** A value as serialized for one write: the bytes and keyv's record of it. */
export type Written = { raw: string; data: Stored };

/** What the conversation store tells the memo around a write and a read. */
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
  /** Runs a read of `key`: while it runs, bytes equal to the record last saved under `key` deserialize to that record. */
  reading<T>(key: string, read: () => Promise<T>): Promise<T>;
};

/**
 * Remembers the last record this process saved per key, so reading back exactly those bytes returns the very object
 * that was saved instead of decrypting and parsing it again. Bytes that differ (another instance or process wrote,
 * the record expired and was rewritten) are parsed as usual. The returned object's identity therefore means "the
 * stored record is still the one saved here", which lets the runner keep that conversation's actor alive.
 * Saved values are deep-frozen: what is handed out again must not change behind the store's back.
 * Records are found by key, and the bytes read are compared with the records of the reads in flight: a map keyed by
 * the bytes themselves hashed every saved record (about a kilobyte) once more on every save.
 */
export function rememberSaved(inner: Serializer): Serializer & SavedRecords {
  let last: Written | undefined; // what serialize produced last, until `written` takes it
  const byKey = new Map<string, Written>(); // oldest save first
  const expected: Written[] = []; // the saved records of the reads in flight (usually one)
  return {
    serialize(data) {
      const raw = inner.serialize(data);
      last = { raw, data: data as Stored };
      return raw;
    },
    deserialize(raw) {
      for (let i = 0; i < expected.length; i++) if (expected[i]!.raw === raw) return expected[i]!.data as never;
      return inner.deserialize(raw);
    },
    written(value) {
      const record = last?.data.value === value ? last : undefined;
      last = undefined;
      return record;
    },
    saved(key, record) {
      byKey.delete(key); // re-inserted last: the Map's order is the order of last saves
      if (!record) return;
      deepFreeze(record.data);
      byKey.set(key, record);
      if (byKey.size > KEPT) byKey.delete(byKey.keys().next().value as string);
    },
    forget(key) {
      byKey.delete(key);
    },
    async reading(key, read) {
      const record = byKey.get(key);
      if (!record) return read();
      expected.push(record);
      try {
        return await read();
      } finally {
        expected.splice(expected.indexOf(record), 1);
      }
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
