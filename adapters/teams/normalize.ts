import { z } from 'zod';
import type { InboundAttachment, InboundMessage } from '../../src/conversation/messages.ts';
import { CHOICE_KEY } from './render.ts';

/** The content type of a file sent with the paperclip in personal chat; its `downloadUrl` is pre-authorized. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const Attachment = z.object({ contentType: z.string(), contentUrl: z.string().optional(), name: z.string().nullish(), content: z.unknown().optional() });
const DownloadInfo = z.object({ downloadUrl: z.string().min(1), fileType: z.string().optional() });

/** The fields of a Bot Framework message activity this adapter reads. */
export const TeamsMessageActivity = z.object({
  type: z.literal('message'),
  id: z.string().min(1),
  conversation: z.object({ id: z.string().min(1), conversationType: z.string().optional() }),
  from: z.object({ id: z.string().min(1), aadObjectId: z.string().optional() }),
  locale: z.string().max(20).optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  attachments: z.array(Attachment).optional(),
});

/** A parsed message activity. */
export type TeamsMessageActivity = z.infer<typeof TeamsMessageActivity>;

/** How attachment bytes are fetched: files by their pre-authorized URL, pasted images with the bot's token. */
export type TeamsReaders = { file(downloadUrl: string): Promise<Buffer>; image(contentUrl: string): Promise<Buffer> };

/** A pasted image: its URL, read with the bot's token (kept apart so the adapter can fetch it before the turn). */
export type InlineImage = { contentUrl: string; contentType: string; name?: string };

/** The runner's conversation id of a Teams conversation. */
export const toConversationId = (conversationId: string): string => `teams:${conversationId}`;

/**
 * Turns a message activity into an InboundMessage: text without `<at>` mentions, an Adaptive Card choice as the action,
 * files and pasted images as lazily read attachments (the `text/html` copy of a pasted image and cards are dropped). Pure.
 */
export function toInbound(activity: TeamsMessageActivity, readers: TeamsReaders): InboundMessage {
  const text = activity.text?.replace(/<at>[^<]*<\/at>/g, '').trim();
  const choice = z.object({ [CHOICE_KEY]: z.string().min(1) }).safeParse(activity.value);
  return {
    id: `teams:${activity.conversation.id}:${activity.id}`,
    channel: 'teams',
    conversationId: toConversationId(activity.conversation.id),
    userId: `teams:${activity.from.aadObjectId ?? activity.from.id}`,
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(text ? { text } : {}),
    ...(choice.success ? { action: { id: choice.data[CHOICE_KEY] } } : {}),
    attachments: [...files(activity, readers), ...inlineImages(activity).map((image) => ({ ...describe(image), read: () => readers.image(image.contentUrl) }))],
  };
}

/** The pasted images of an activity (attachments of type `image/*` with a `contentUrl`). Pure. */
export function inlineImages(activity: TeamsMessageActivity): InlineImage[] {
  return (activity.attachments ?? []).flatMap((a) => (a.contentType.startsWith('image/') && a.contentUrl
    ? [{ contentUrl: a.contentUrl, contentType: a.contentType, ...(a.name ? { name: a.name } : {}) }]
    : []));
}

function files(activity: TeamsMessageActivity, readers: TeamsReaders): InboundAttachment[] {
  return (activity.attachments ?? []).flatMap((a) => {
    const info = a.contentType === FILE_DOWNLOAD_INFO ? DownloadInfo.safeParse(a.content) : undefined;
    if (!info?.success) return [];
    return [{ ...(a.name ? { name: a.name } : {}), read: () => readers.file(info.data.downloadUrl) }];
  });
}

const describe = (image: InlineImage) => ({
  ...(image.name ? { name: image.name } : {}),
  ...(image.contentType !== 'image/*' ? { contentType: image.contentType } : {}),
});
