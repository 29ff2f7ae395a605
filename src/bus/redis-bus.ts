import { createClient, type RedisClientType } from '@keyv/redis';
import { StoreUnavailableError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Bus, BusListener } from './types.ts';

/** Where the Redis bus connects; `prefix` isolates several bots (or test runs) on one Redis. */
export type RedisBusOptions = { url: string; prefix?: string; logger?: Logger };

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The bus over Redis pub/sub, for several instances sharing one Redis: one connection publishes, one subscribes
 * (a subscribed Redis connection cannot run other commands). Each topic is subscribed once per instance and fanned out
 * locally. Throws StoreUnavailableError when Redis cannot be reached at start.
 * @example const bus = await createRedisBus({ url: 'redis://127.0.0.1:6379', prefix: 'dvbot:' });
 */
export async function createRedisBus(options: RedisBusOptions): Promise<Bus> {
  const prefix = options.prefix ?? '';
  const pub = await connect(options.url, options.logger);
  const sub = await connect(options.url, options.logger).catch(async (error: unknown) => {
    await pub.close();
    throw error;
  });
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
        await sub.subscribe(prefix + topic, fanOut(topic));
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
      await Promise.all([pub, sub].map(async (c) => void (c.isOpen && (await c.close()))));
    },
  };
}

async function connect(url: string, logger?: Logger): Promise<RedisClientType> {
  let connected = false;
  const client = createClient({
    url,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(50 * 2 ** retries, 2_000) : cause),
    },
  }) as RedisClientType;
  client.on('error', (err: unknown) => logger?.warn({ err }, 'redis bus connection problem'));
  try {
    await client.connect();
    connected = true;
    return client;
  } catch (error) {
    throw new StoreUnavailableError(error);
  }
}
