import { statfs } from 'node:fs/promises';
import { AppError } from '../errors.ts';
import type { KvMap } from './types.ts';

/** Why an upload was not stored: the data disk is nearly full, or the conversation used its byte budget. */
export type UploadRefusal = 'disk_low' | 'conversation_budget';

/** An upload the bot refuses to store; the channel tells the user why (`reason`). */
export class UploadRefusedError extends AppError {
  readonly reason: UploadRefusal;
  constructor(reason: UploadRefusal, message: string) {
    super('attachment_refused', message);
    this.reason = reason;
  }
}

/** Limits of stored uploads: bytes per conversation within `windowMs`, and the free disk space to keep. */
export type UploadBudgetOptions = {
  used: KvMap<number>;
  perConversationBytes: number;
  windowMs: number;
  /** Directory whose file system holds the data (SQLite); omitted when the data lives elsewhere (Redis). */
  dataDir?: string;
  minFreeBytes: number;
};

/** Charges an upload to its conversation before it is written; throws UploadRefusedError instead of writing. */
export type UploadBudget = { charge(conversationId: string, bytes: number): Promise<void> };

const FREE_SPACE_CACHE_MS = 1_000;

/**
 * Creates the budget. The per-conversation count lives in the store (shared by instances; the turn lock makes the
 * read-then-write safe), and free space is read with statfs at most once a second.
 * @example const budget = createUploadBudget({ used: store.kv('upload-bytes'), perConversationBytes: 60 << 20, windowMs: 86_400_000, dataDir, minFreeBytes: 512 << 20 });
 */
export function createUploadBudget(options: UploadBudgetOptions): UploadBudget {
  const free = options.dataDir ? freeSpaceReader(options.dataDir) : undefined;
  return {
    async charge(conversationId, bytes) {
      if (free && (await free()) - bytes < options.minFreeBytes) {
        throw new UploadRefusedError('disk_low', 'free disk space below the reserve; upload not stored');
      }
      const used = (await options.used.get(conversationId)) ?? 0;
      if (used + bytes > options.perConversationBytes) {
        throw new UploadRefusedError('conversation_budget', `conversation upload budget of ${options.perConversationBytes} bytes used up`);
      }
      await options.used.set(conversationId, used + bytes, options.windowMs);
    },
  };
}

function freeSpaceReader(dir: string): () => Promise<number> {
  let cached: { at: number; bytes: number } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < FREE_SPACE_CACHE_MS) return cached.bytes;
    const stats = await statfs(dir);
    cached = { at: Date.now(), bytes: stats.bavail * stats.bsize };
    return cached.bytes;
  };
}
