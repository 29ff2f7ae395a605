import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createMemoryBus } from './memory-bus.ts';
import type { Bus } from './types.ts';

/**
 * The one bus factory: Redis pub/sub when REDIS_URL is set (every instance sees every push), else in-process.
 * `prefix` should match the store's key prefix so two bots on one Redis never hear each other.
 * @example const bus = await createBus(loadConfig(), logger);
 */
export async function createBus(config: Pick<Config, 'REDIS_URL'>, logger?: Logger, options: { prefix?: string } = {}): Promise<Bus> {
  if (config.REDIS_URL) return (await import('./redis-bus.ts')).createRedisBus({ url: config.REDIS_URL, prefix: `${options.prefix ?? ''}bus:`, ...(logger ? { logger } : {}) });
  return createMemoryBus((err) => logger?.error({ err }, 'bus listener failed'));
}
