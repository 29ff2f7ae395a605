/** The channel a message came through. */
export type ChannelName = 'slack' | 'teams' | 'web' | 'terminal';

/** A file or photo the user sent; bytes are fetched lazily and bounded by the adapter. */
export type InboundAttachment = {
  name?: string;
  contentType?: string;
  size?: number;
  read(): Promise<Buffer>;
};

/** One message from a user, normalized by an adapter. `id` is the dedupe key. */
export type InboundMessage = {
  id: string;
  channel: ChannelName;
  conversationId: string;
  userId: string;
  locale?: string;
  text?: string;
  action?: { id: string; value?: string };
  attachments?: InboundAttachment[];
};

/** One item of the tailored checklist of materials. */
export type ChecklistItem = { id: string; title: string; detail?: string; group: 'document' | 'qualification' | 'photo_rule' };

/** A profile summary row, already masked where needed. */
export type SummaryRow = { field: string; label: string; value: string };

/** A button or numbered choice. */
export type Choice = { id: string; label: string };

/** One message from the bot, channel-neutral; adapters render it. */
export type OutboundMessage = {
  text: string;
  choices?: Choice[];
  checklist?: ChecklistItem[];
  summary?: SummaryRow[];
  image?: { bytes: Buffer; contentType: string; name: string };
  /** Set on a transient "working on it" notice (e.g. while a photo is checked). */
  typing?: boolean;
};
