/**
 * Work that can be done a slice at a time between other work (`inBackground`: a server starting up keeps answering
 * meanwhile) or at once when its result is wanted (`now`, which also finishes a background run already under way).
 * The work is a generator that yields between slices and returns its result.
 */
export class SlicedWork<T> {
  private result: { readonly value: T } | undefined;

  constructor(private readonly work: Generator<void, T>) {}

  /** The result, doing at once whatever is left. */
  now(): T {
    while (!this.result) this.advance();
    return this.result.value;
  }

  /** The result, doing one slice per turn of the event loop. */
  async inBackground(): Promise<T> {
    while (!this.result) {
      this.advance();
      if (!this.result) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return this.result.value;
  }

  private advance(): void {
    const step = this.work.next();
    if (step.done) this.result = { value: step.value };
  }
}
