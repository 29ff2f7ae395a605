import type { ChannelName } from '../conversation/messages.ts';
import type { Logger } from '../logger.ts';

/** First and longest pause of a channel found away before it is tried again. */
export type BackoffOptions = { firstMs?: number; maxMs?: number; now?: () => number };

type Outage = { since: number; retryAt: number; pauseMs: number; skipped: number };

const NAMES: Record<ChannelName, string> = { slack: 'Slack', teams: 'Teams', web: 'Web chat', terminal: 'Terminal' };

/**
 * Remembers which channels are away, so a down channel is tried once per pause (doubling up to `maxMs`) instead of
 * once per conversation and round, and logs each outage twice: when it is found and when the channel answers again.
 * @example if (backoff.resting('slack')) return false; try { await send(); backoff.succeeded('slack'); } catch (e) { backoff.failed('slack', e); }
 */
export function createChannelBackoff(logger: Logger, options: BackoffOptions = {}) {
  const firstMs = options.firstMs ?? 5_000;
  const maxMs = options.maxMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const outages = new Map<ChannelName, Outage>();

  return {
    /** Whether `channel` is paused now: the caller keeps its message for a later round without trying. */
    resting(channel: ChannelName): boolean {
      const outage = outages.get(channel);
      if (!outage || now() >= outage.retryAt) return false;
      outage.skipped += 1;
      return true;
    },
    /** A send to `channel` failed because the channel is away. */
    failed(channel: ChannelName, err: unknown): void {
      const outage = outages.get(channel);
      if (!outage) {
        outages.set(channel, { since: now(), retryAt: now() + firstMs, pauseMs: firstMs, skipped: 0 });
        logger.warn({ channel, err, retryInMs: firstMs }, `${NAMES[channel]} unreachable: review results wait in the outbox until it is back`);
        return;
      }
      if (now() < outage.retryAt) return; // sends begun before the outage was found: this pause is already set
      outage.pauseMs = Math.min(outage.pauseMs * 2, maxMs);
      outage.retryAt = now() + outage.pauseMs;
    },
    /** A send to `channel` went through: an outage, if any, is over. */
    succeeded(channel: ChannelName): void {
      const outage = outages.get(channel);
      if (!outage) return;
      outages.delete(channel);
      logger.info({ channel, downForMs: now() - outage.since, skipped: outage.skipped }, `${NAMES[channel]} reachable again: delivering the review results kept meanwhile`);
    },
  };
}

/** A channel backoff's API. */
export type ChannelBackoff = ReturnType<typeof createChannelBackoff>;
