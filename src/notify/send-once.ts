import type { OutboundMessage } from '../conversation/messages.ts';
import type { Logger } from '../logger.ts';
import type { KvMap } from '../store/types.ts';
import { ChannelUnavailableError } from './channel-unavailable.ts';
import { crashPoint } from './crash-point.ts';

/** Where each result message stands: its send began, or it is known delivered. */
export type SendMark = 'sending' | 'sent';

/** Sends one message to the user's channel; false when it cannot be sent now (nothing was sent). */
export type SendOne = (message: OutboundMessage) => Promise<boolean>;

const MARK_TTL_MS = 24 * 3_600_000;

/**
 * Sends result messages one at a time to a channel that cannot drop a repeat itself (Slack, Teams: a post is a post),
 * each at most once. Each id is marked `sending` before its send and `sent` after it. A mark left at `sending` means a
 * process died during that send, or after it before the mark moved on: the message may or may not be in the chat, and
 * it is not sent again. We take that side because a result must never be told twice: a lost notice costs a
 * status question (the dialog and the status answer know the result), a repeated one tells the user twice. A send that
 * fails before reaching the channel (connection refused), or that the channel refused (rate limited), clears its mark,
 * so an outage only delays the message.
 * @example await sendEachOnce({ marks, send: (m) => slack.sendProactive(id, [m]), logger }, id, messages, ids);
 */
export async function sendEachOnce(
  deps: { marks: KvMap<SendMark>; send: SendOne; logger: Logger }, conversationId: string, messages: readonly OutboundMessage[], ids: readonly string[],
): Promise<boolean> {
  for (const [index, message] of messages.entries()) {
    const id = ids[index]!;
    const mark = await deps.marks.get(id);
    if (mark === 'sent') continue;
    if (mark === 'sending') {
      deps.logger.warn({ conversationId, resultId: id }, 'a result whose send was cut off is not sent again: it may have reached the user already');
      continue;
    }
    await deps.marks.set(id, 'sending', MARK_TTL_MS);
    const sent = await deps.send(message).catch(async (error: unknown) => {
      if (neverReachedChannel(error)) await deps.marks.delete(id);
      throw error;
    });
    if (!sent) {
      await deps.marks.delete(id);
      return false;
    }
    crashPoint('review-result-sent');
    await deps.marks.set(id, 'sent', MARK_TTL_MS);
  }
  return true;
}

const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether the error says no connection was made or the channel turned the message down, so it cannot have it (SDKs wrap it in cause or original). */
function neverReachedChannel(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof ChannelUnavailableError && error.refused) return true;
  const { code, cause, original, errors } = error as { code?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
  if (typeof code === 'string' && NOT_CONNECTED.has(code)) return true;
  const inner = [cause, original, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => neverReachedChannel(e, depth + 1));
}
