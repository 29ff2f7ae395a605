import type { ChannelName } from '../conversation/messages.ts';
import { AppError } from '../errors.ts';

/**
 * A proactive send failed because the channel itself is away (unreachable, timed out, overloaded, rate limiting us),
 * not because of this conversation: delivery backs off the whole channel instead of trying each conversation.
 * `refused` says the channel answered that it did not take the message (a 429), so it can be sent again safely.
 * @example throw new ChannelUnavailableError('slack', { refused: true, cause: error });
 */
export class ChannelUnavailableError extends AppError {
  readonly channel: ChannelName;
  readonly refused: boolean;
  constructor(channel: ChannelName, options: { refused?: boolean; cause: unknown }) {
    super('channel_send_failed', `${channel} is unavailable`, { cause: options.cause });
    this.channel = channel;
    this.refused = options.refused ?? false;
  }
}
