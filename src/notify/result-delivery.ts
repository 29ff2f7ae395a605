import type { OutboundMessage } from '../conversation/messages.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/types.ts';
import { createChannelBackoff, type BackoffOptions } from './channel-backoff.ts';
import { ChannelUnavailableError } from './channel-unavailable.ts';
import { crashPoint } from './crash-point.ts';
import type { Deliver } from './review-watcher.ts';
import { sendEachOnce, type SendMark } from './send-once.ts';

/**
 * A channel that posts proactive messages (Slack, Teams); false when it has no way to this conversation now. It throws
 * ChannelUnavailableError when the channel itself is away, and should fail fast then: a round waits for it.
 */
type Poster = { sendProactive(conversationId: string, messages: readonly OutboundMessage[]): Promise<boolean> };

/** The channels `serve` delivers review results to. */
export type ResultChannels = {
  /** The web chat: results reach a page open on any instance; a repeated id is dropped by the replay log and the page. */
  web: { isOpenAnywhere(conversationId: string): Promise<boolean>; pushOnce(conversationId: string, messages: OutboundMessage[], ids: readonly string[]): Promise<void> };
  slack?: Poster;
  teams?: Poster;
};

/**
 * Creates the review watcher's delivery for `serve`: each result message has a stable id, and a delivery re-run after
 * a crash never tells the user a result twice. The web chat can drop a repeat, so it is simply pushed again with its
 * ids; Slack and Teams cannot, so each message is sent at most once (see `sendEachOnce` for the trade-off). A closed
 * page, or a channel that is off, not started or away, leaves the result waiting in the outbox. A channel found away
 * is not tried again for a while (`backoff`, doubling), and its outage is logged once, not per message.
 * @example bot.watchReviews(createResultDelivery({ web, slack, teams }, bot.store, logger, { firstMs: 30_000 }));
 */
export function createResultDelivery(channels: ResultChannels, store: Store, logger: Logger, backoff: BackoffOptions = {}): Deliver {
  const marks = store.kv<SendMark>('result-sends');
  const away = createChannelBackoff(logger, backoff);
  const once = async (channel: 'slack' | 'teams', conversationId: string, messages: OutboundMessage[], ids: readonly string[]) => {
    const poster = channels[channel];
    if (!poster || away.resting(channel)) return false;
    try {
      const sent = await sendEachOnce({ marks, logger, send: (message) => poster.sendProactive(conversationId, [message]) }, conversationId, messages, ids);
      if (sent) away.succeeded(channel);
      return sent;
    } catch (error) {
      if (!(error instanceof ChannelUnavailableError)) throw error;
      away.failed(channel, error);
      return false;
    }
  };
  return async (conversationId, messages, ids) => {
    if (conversationId.startsWith('slack:')) return once('slack', conversationId, messages, ids);
    if (conversationId.startsWith('teams:')) return once('teams', conversationId, messages, ids);
    if (!conversationId.startsWith('web:') || !(await channels.web.isOpenAnywhere(conversationId))) return false;
    await channels.web.pushOnce(conversationId, messages, ids);
    crashPoint('review-result-sent');
    return true;
  };
}
