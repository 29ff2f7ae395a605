import { readFileSync } from 'node:fs';
import type { Logger } from '../../src/logger.ts';

/** Caps of open event streams: per client address, per conversation, and in total (below the open-file limit). */
export type StreamLimitOptions = { perAddress?: number; perConversation?: number; total?: number; logger: Logger };

/** Why a stream was refused. */
export type StreamRefusal = 'address' | 'conversation' | 'total';

/** Admits a stream (returns its release function, to call once when it closes) or says which cap it hit. */
export type StreamLimits = { admit(address: string, conversationId: string): { release(): void } | { refused: StreamRefusal } };

// Every stream is a socket, i.e. a file descriptor. Leave room for the page, turns, /healthz, SQLite and Redis.
const RESERVED_DESCRIPTORS = 256;
const LOG_EVERY_MS = 10_000;

/**
 * The soft open-file limit of this process (Linux `/proc/self/limits`), or 1,024 (the common default) when unknown.
 * @example openFileLimit() // 1024
 */
export function openFileLimit(read = () => readFileSync('/proc/self/limits', 'utf8')): number {
  try {
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(read())?.[1];
    return soft === undefined ? 1024 : soft === 'unlimited' ? 1 << 20 : Number(soft);
  } catch {
    return 1024;
  }
}

/**
 * Creates the caps, counting open streams in this process. A refusal is logged, at most once per 10 s per cap with
 * the number refused meanwhile, so an attack cannot flood the log.
 * @example const limits = createStreamLimits({ logger }); const admitted = limits.admit(address, conversationId);
 */
export function createStreamLimits(options: StreamLimitOptions): StreamLimits {
  const fileLimit = openFileLimit();
  const total = options.total ?? Math.max(16, Math.min(fileLimit - RESERVED_DESCRIPTORS, Math.floor(fileLimit * 0.75)));
  const perAddress = options.perAddress ?? 20;
  const perConversation = options.perConversation ?? 4;
  const byAddress = new Map<string, number>();
  const byConversation = new Map<string, number>();
  let open = 0;
  const refusedLog = throttledLog(options.logger, { total, perAddress, perConversation });
  return {
    admit(address, conversationId) {
      const refused: StreamRefusal | undefined = open >= total ? 'total'
        : (byAddress.get(address) ?? 0) >= perAddress ? 'address'
          : (byConversation.get(conversationId) ?? 0) >= perConversation ? 'conversation' : undefined;
      if (refused) {
        refusedLog(refused);
        return { refused };
      }
      open += 1;
      bump(byAddress, address, 1);
      bump(byConversation, conversationId, 1);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          open -= 1;
          bump(byAddress, address, -1);
          bump(byConversation, conversationId, -1);
        },
      };
    },
  };
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

function throttledLog(logger: Logger, caps: Record<string, number>): (cap: StreamRefusal) => void {
  const last = new Map<StreamRefusal, { at: number; suppressed: number }>();
  return (cap) => {
    const entry = last.get(cap);
    if (entry && Date.now() - entry.at < LOG_EVERY_MS) {
      entry.suppressed += 1;
      return;
    }
    logger.warn({ channel: 'web', cap, caps, refusedSinceLastLog: entry?.suppressed ?? 0 }, 'event stream refused: too many open streams');
    last.set(cap, { at: Date.now(), suppressed: 0 });
  };
}
