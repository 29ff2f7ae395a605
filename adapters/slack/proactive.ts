import { webApi } from '@slack/bolt';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import { AppError } from '../../src/errors.ts';
import { ChannelUnavailableError } from '../../src/notify/channel-unavailable.ts';
import { postMessages } from './send.ts';

/**
 * Default longest wait for one Web API answer to a proactive send. The WebClient's default is none, so a Slack that
 * accepts connections and never answers would hold the delivery (and shutdown, which waits for it) for good.
 */
const PROACTIVE_TIMEOUT_MS = 15_000;

/**
 * A WebClient for messages nobody is waiting on (review results, agents' messages): no retries of its own and no
 * waiting out rate limits. Bolt's default client retries for about 30 minutes, during which a review round stalls;
 * and a retried post that had timed out may post twice, which the send-once marks cannot see. The outbox is the retry:
 * what fails here waits for the next round, with the channel backed off while Slack is away.
 * @example const client = createProactiveClient(botToken, { logger: boltLogger });
 */
export function createProactiveClient(token: string, options: { slackApiUrl?: string; logger: webApi.Logger; timeoutMs?: number }): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
    logger: quieter(options.logger), retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: options.timeoutMs ?? PROACTIVE_TIMEOUT_MS,
  });
}

// Its "http request failed" would be a warning per message during an outage; the delivery warns once per outage instead.
const quieter = (logger: webApi.Logger): webApi.Logger => Object.assign(Object.create(logger) as webApi.Logger, { warn: logger.debug.bind(logger) });

/**
 * Posts `messages` to `channel` with the proactive client. Throws ChannelUnavailableError when Slack is away, slow or
 * rate limiting us (the whole channel waits), and AppError('channel_send_failed') when Slack refused this conversation.
 */
export async function postProactive(client: webApi.WebClient, channel: string, messages: readonly OutboundMessage[]): Promise<void> {
  try {
    await postMessages(client, channel, messages);
  } catch (error) {
    throw toChannelError(error);
  }
}

function toChannelError(error: unknown): unknown {
  const code = (error instanceof AppError ? error.cause : error) as { code?: unknown } | undefined;
  if (code?.code === webApi.ErrorCode.RateLimitedError) return new ChannelUnavailableError('slack', { refused: true, cause: error });
  if (code?.code === webApi.ErrorCode.RequestError || code?.code === webApi.ErrorCode.HTTPError) return new ChannelUnavailableError('slack', { cause: error });
  return error; // a platform error (channel_not_found, …) is about this conversation, not Slack being away
}
