import type { webApi } from '@slack/bolt';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import { AppError } from '../../src/errors.ts';
import { toSlackMessage } from './render.ts';

/**
 * Posts replies to a Slack conversation in order: each as Block Kit via `chat.postMessage`, an image as a file
 * upload (files.getUploadURLExternal → upload → files.completeUploadExternal). Throws AppError('channel_send_failed').
 */
export async function postMessages(client: webApi.WebClient, channel: string, messages: readonly OutboundMessage[]): Promise<void> {
  for (const message of messages) {
    try {
      const { text, blocks } = toSlackMessage(message);
      if (blocks.length) {
        await client.chat.postMessage({ channel, text, blocks, link_names: false, unfurl_links: false, unfurl_media: false });
      }
      if (message.image) {
        await client.filesUploadV2({ channel_id: channel, file: message.image.bytes, filename: message.image.name });
      }
    } catch (error) {
      throw new AppError('channel_send_failed', 'posting to Slack failed', { cause: error });
    }
  }
}
