import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type RedisClientType } from '@keyv/redis';
import { StoreUnavailableError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Bus, BusListener } from './types.ts';

/** Where the Redis bus connects; `prefix` isolates several bots (or test runs) on one Redis. */
export type RedisBusOptions = { url: string; prefix?: string; logger?: Logger };

const CONNECT_TIMEOUT_MS = 5_000;
/** How long start-up waits for Redis before going on (the store does the same: serve as not ready, keep retrying). */
const STARTUP_WAIT_MS = 1_000;

/**
 * The bus over Redis pub/sub, for several instances sharing one Redis: one connection publishes, one subscribes
 * (a subscribed Redis connection cannot run other commands). Each topic is subscribed once per instance and fanned out
 * locally. Redis not answering at start-up does not stop the bot: both connections keep retrying in the background,
 * publishing fails as unavailable meanwhile, and subscriptions are made (node-redis re-subscribes) once it answers.
 * @example const bus = await createRedisBus({ url: 'redis://127.0.0.1:6379', prefix: 'dvbot:' });
 */
export async function createRedisBus(options: RedisBusOptions): Promise<Bus> {
  const prefix = options.prefix ?? '';
  const [pub, sub] = await Promise.all([connect(options.url, options.logger), connect(options.url, options.logger)]);
  const topics = new Map<string, Set<BusListener>>();
  const fanOut = (topic: string) => (message: string) => {
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      return options.logger?.warn({ topic }, 'bus message is not JSON; dropped');
    }
    for (const listener of [...(topics.get(topic) ?? [])]) {
      try {
        listener(payload);
      } catch (err) {
        options.logger?.error({ err, topic }, 'bus listener failed');
      }
    }
  };
  return {
    kind: 'redis',
    async publish(topic, payload) {
      try {
        if (!pub.isReady) throw new Error('redis bus not connected');
        await pub.publish(prefix + topic, JSON.stringify(payload));
      } catch (error) {
        throw new StoreUnavailableError(error);
      }
    },
    async subscribe(topic, listener) {
      const own: BusListener = (payload) => listener(payload);
      let listeners = topics.get(topic);
      if (!listeners) {
        listeners = new Set();
        topics.set(topic, listeners);
        const subscribing = sub.subscribe(prefix + topic, fanOut(topic));
        if (sub.isReady) await subscribing;
        else subscribing.catch((err: unknown) => options.logger?.warn({ err, topic }, 'redis bus subscription failed'));
      }
      listeners.add(own);
      return async () => {
        listeners.delete(own);
        if (listeners.size || topics.get(topic) !== listeners) return;
        topics.delete(topic);
        if (sub.isOpen) await sub.unsubscribe(prefix + topic);
      };
    },
    async close() {
      topics.clear();
      await Promise.all([pub, sub].map(async (c) => {
        if (c.isReady) await c.close();
        else if (c.isOpen) c.destroy(); // still reconnecting: QUIT could not be sent
      }));
    },
  };
}

async function connect(url: string, logger?: Logger): Promise<RedisClientType> {
  const client = createClient({
    url,
    // Never give up, at start-up too: the bus comes back with Redis, like the store.
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) },
  }) as RedisClientType;
  client.on('error', (err: unknown) => logger?.warn({ err }, 'redis bus connection problem'));
  const connecting = client.connect().then(() => true, () => false);
  const connected = await Promise.race([connecting, sleep(STARTUP_WAIT_MS, undefined, { ref: false }).then(() => false)]);
  if (!connected) logger?.warn('redis bus not answering at start-up; retrying in the background');
  return client;
}
