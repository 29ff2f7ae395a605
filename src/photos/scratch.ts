/**
 * Zeroed typed arrays lent for the length of one call and then all handed back at once, to be lent again on the next
 * call. The outline search of a 12 MP check took ~10 MB of fresh arrays, and V8 counts fresh array memory towards its
 * next full collection: that came to one full GC per check. Only for arrays that nothing keeps after `release()`:
 * the next borrower gets the same memory. Not shared between threads (each worker has its own module instance).
 * @example const scratch = new Scratch(); try { const seen = scratch.u8(w * h); … } finally { scratch.release(); }
 */
export class Scratch {
  readonly #bytes: Uint8Array[] = [];
  readonly #ints: Int32Array[] = [];
  #lentBytes = 0;
  #lentInts = 0;

  /** A zeroed Uint8Array of `length`, valid until `release()`. */
  u8(length: number): Uint8Array {
    const k = this.#lentBytes++;
    const held = this.#bytes[k];
    if (held && held.length >= length) return held.subarray(0, length).fill(0);
    return (this.#bytes[k] = new Uint8Array(length));
  }

  /** A zeroed Int32Array of `length`, valid until `release()`. */
  i32(length: number): Int32Array {
    const k = this.#lentInts++;
    const held = this.#ints[k];
    if (held && held.length >= length) return held.subarray(0, length).fill(0);
    return (this.#ints[k] = new Int32Array(length));
  }

  /** Takes every lent array back; their memory is lent again, zeroed, from the next call on. */
  release(): void {
    this.#lentBytes = 0;
    this.#lentInts = 0;
  }
}
