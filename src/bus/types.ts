/** Receives one published payload (already parsed from JSON). */
export type BusListener = (payload: unknown) => void;

/**
 * The one live-push path of the bot: publish on a topic, every subscriber on every instance receives it.
 * Delivery is best effort and at most once (a subscriber that is not listening misses it): durable state stays in the
 * store, the bus only tells open pages and consoles that something changed.
 */
export type Bus = {
  readonly kind: 'memory' | 'redis';
  /** Sends a JSON-serializable payload to every subscriber of `topic`. */
  publish(topic: string, payload: unknown): Promise<void>;
  /** Starts listening; resolves once the subscription is active, to a function that stops it. */
  subscribe(topic: string, listener: BusListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
};
