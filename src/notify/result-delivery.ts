import type { OutboundMessage } from '../conversation/messages.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/types.ts';
import { crashPoint } from './crash-point.ts';
import type { Deliver } from './review-watcher.ts';
import { sendEachOnce, type SendMark } from './send-once.ts';

/** A channel that posts proactive messages (Slack, Teams); false when it has no way to this conversation now. */
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
 * page, or a channel that is off or not started, leaves the result waiting in the outbox.
 * @example bot.watchReviews(createResultDelivery({ web, slack, teams }, bot.store, logger));
 */
export function createResultDelivery(channels: ResultChannels, store: Store, logger: Logger): Deliver {
  const marks = store.kv<SendMark>('result-sends');
  const once = (poster: Poster | undefined, conversationId: string, messages: OutboundMessage[], ids: readonly string[]) =>
    poster ? sendEachOnce({ marks, logger, send: (message) => poster.sendProactive(conversationId, [message]) }, conversationId, messages, ids) : Promise.resolve(false);
  return async (conversationId, messages, ids) => {
    if (conversationId.startsWith('slack:')) return once(channels.slack, conversationId, messages, ids);
    if (conversationId.startsWith('teams:')) return once(channels.teams, conversationId, messages, ids);
    if (!conversationId.startsWith('web:') || !(await channels.web.isOpenAnywhere(conversationId))) return false;
    await channels.web.pushOnce(conversationId, messages, ids);
    crashPoint('review-result-sent');
    return true;
  };
}
