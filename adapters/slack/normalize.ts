import { z } from 'zod';
import type { InboundAttachment, InboundMessage } from '../../src/conversation/messages.ts';
import { CHOICE_ACTION_PREFIX } from './render.ts';

/** A Slack file object as it arrives on a message; Slack Connect may send only `id` + `file_access: check_file_info`. */
export const SlackFile = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  mimetype: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  url_private: z.string().optional(),
  url_private_download: z.string().optional(),
  file_access: z.string().optional(),
});

/** A file as it arrives, before `files.info` fills in what Slack Connect left out. */
export type SlackFile = z.infer<typeof SlackFile>;

/** A direct message (plain or `file_share`) from a person, as delivered in an `event_callback`. */
export const SlackMessageEvent = z.object({
  type: z.literal('message'),
  subtype: z.enum(['file_share']).optional(),
  channel: z.string().min(1),
  channel_type: z.literal('im'),
  user: z.string().min(1),
  text: z.string().optional(),
  ts: z.string().min(1),
  files: z.array(SlackFile).optional(),
});

/** A parsed direct message. */
export type SlackMessageEvent = z.infer<typeof SlackMessageEvent>;

/** A `block_actions` interaction payload: a person clicked one of our buttons. */
export const SlackBlockActions = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string().min(1) }).nullish(),
  channel: z.object({ id: z.string().min(1) }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional(), action_ts: z.string().min(1) })).min(1),
});

/** A parsed `block_actions` payload. */
export type SlackBlockActions = z.infer<typeof SlackBlockActions>;

const SlackId = z.string().regex(/^[A-Z0-9]{1,40}$/);
const SlackTs = z.string().regex(/^\d{1,12}\.\d{1,9}$/);

/** An `event_callback` envelope of an `app_mention` (someone @-mentioned the bot in a channel); only what the answer needs. */
export const SlackAppMention = z.object({
  api_app_id: SlackId,
  team_id: SlackId,
  event: z.object({ type: z.literal('app_mention'), channel: SlackId, ts: SlackTs, thread_ts: SlackTs.optional() }),
});

/** A parsed `app_mention` envelope. */
export type SlackAppMention = z.infer<typeof SlackAppMention>;

/** Fetches a file's bytes (files.info when needed, then the bounded download with the bot token). */
export type SlackFileReader = (file: SlackFile) => Promise<Buffer>;

/** Where a Slack conversation lives: the DM channel, its workspace and its person. */
export type SlackConversationRef = { team: string; channel: string; user: string };

/** The runner's conversation id of a Slack DM. */
export const toConversationId = (team: string, channel: string): string => `slack:${team}:${channel}`;

/**
 * Turns a direct message event into an InboundMessage; attachments read lazily through `readFile`. Pure.
 * The id is the message's own timestamp, so a retried delivery maps to the same id.
 */
export function toInbound(event: SlackMessageEvent, team: string, readFile: SlackFileReader): InboundMessage {
  const attachments: InboundAttachment[] = (event.files ?? []).map((file) => ({
    ...(file.name ? { name: file.name } : {}),
    ...(file.mimetype ? { contentType: file.mimetype } : {}),
    ...(file.size !== undefined ? { size: file.size } : {}),
    read: () => readFile(file),
  }));
  const text = event.text?.trim();
  return {
    id: `slack:${team}:${event.channel}:${event.ts}`,
    channel: 'slack',
    conversationId: toConversationId(team, event.channel),
    userId: `slack:${team}:${event.user}`,
    ...(text ? { text: toPlainText(text) } : {}),
    attachments,
  };
}

/** Turns a click on one of our choice buttons into an InboundMessage whose action id is the choice id; else undefined. Pure. */
export function toInboundAction(body: SlackBlockActions): InboundMessage | undefined {
  const action = body.actions[0];
  if (!action?.action_id.startsWith(CHOICE_ACTION_PREFIX) || !action.value) return undefined;
  const team = body.team?.id ?? body.user.team_id ?? 'unknown';
  return {
    id: `slack:${team}:${body.channel.id}:action:${action.action_ts}`,
    channel: 'slack',
    conversationId: toConversationId(team, body.channel.id),
    userId: `slack:${team}:${body.user.id}`,
    action: { id: action.value },
    attachments: [],
  };
}

/** The stored reference of a DM, for proactive messages. Pure. */
export const toConversationRef = (event: SlackMessageEvent, team: string): SlackConversationRef => ({
  team, channel: event.channel, user: event.user,
});

/**
 * What the person typed, from Slack's wire format: Slack auto-links e-mail addresses and URLs
 * (`<mailto:a@b.cn|a@b.cn>`, `<https://x.cn|x.cn>`), writes mentions as `<@U…>` / `<!here>` / `<#C…|name>`,
 * and sends `&`, `<`, `>` as entities. Pure.
 * @example toPlainText('<mailto:ana@example.com|ana@example.com> &amp; co') // 'ana@example.com & co'
 */
export function toPlainText(text: string): string {
  return text
    .replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_all, target: string, label?: string) => {
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('@') || target.startsWith('!')) return `@${label ?? target.slice(1)}`;
      return label ?? target.replace(/^mailto:/, '');
    })
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
