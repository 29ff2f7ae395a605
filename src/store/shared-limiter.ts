import type { RedisClientType } from '@keyv/redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** A rate limit shared by every instance on the same Redis: `take` spends `cost` points, false when too few are left. */
export type SharedLimiter = { take(key: string, cost?: number): Promise<boolean> };

/** Makes one named limiter: `burst` points, refilled over `burst / perSecond` seconds. */
export type SharedLimiterFactory = (name: string, options: { burst: number; perSecond: number }) => SharedLimiter;

/**
 * Limiters in Redis through rate-limiter-flexible, so N instances give a client one budget, not N. While Redis does
 * not answer, each instance falls back to an in-process limiter of the same size (its "insurance"), so an outage
 * neither opens the gates nor refuses everyone.
 * @example const perAddress = createRedisLimiters(client, 'dvbot:')('address', { burst: 60, perSecond: 3 });
 */
export function createRedisLimiters(client: RedisClientType, prefix: string): SharedLimiterFactory {
  return (name, { burst, perSecond }) => {
    const options = { points: burst, duration: Math.max(1, Math.ceil(burst / perSecond)), keyPrefix: `${prefix}rate::${name}` };
    const limiter = new RateLimiterRedis({ storeClient: client, useRedisPackage: true, ...options, insuranceLimiter: new RateLimiterMemory(options) });
    return {
      take: (key, cost = 1) => limiter.consume(key, cost).then(() => true, (refusal: unknown) => {
        if (refusal instanceof RateLimiterRes) return false;
        throw refusal;
      }),
    };
  };
}
