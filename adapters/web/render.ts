import type { ChecklistItem, OutboundMessage, SummaryRow } from '../../src/conversation/messages.ts';

/** One bot message as the page receives it (JSON). The page puts every string in with textContent. */
export type WebMessage = {
  text: string;
  choices?: { id: string; label: string }[];
  checklist?: ChecklistItem[];
  summary?: SummaryRow[];
  image?: { src: string; name: string };
  typing?: true;
  /** A review result's stable id: the replay log and the page show each id once. */
  id?: string;
};

// Only raster types a browser shows inline; anything else could be an active document (SVG) and is not embedded.
const INLINE_IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/** Renders an OutboundMessage for the page; images become data URLs so no server-side URL has to outlive the reply. Pure. */
export function toWebMessage(message: OutboundMessage): WebMessage {
  const out: WebMessage = { text: message.text };
  if (message.choices?.length) out.choices = message.choices.map((c) => ({ id: c.id, label: c.label }));
  if (message.checklist?.length) out.checklist = message.checklist.map((item) => ({ ...item }));
  if (message.summary?.length) out.summary = message.summary.map((row) => ({ ...row }));
  if (message.image && INLINE_IMAGE_TYPES.has(message.image.contentType)) {
    out.image = { src: `data:${message.image.contentType};base64,${message.image.bytes.toString('base64')}`, name: message.image.name };
  }
  if (message.typing) out.typing = true;
  return out;
}

/** All the text a person sees for a rendered message, in reading order (used by tests and transcripts). Pure. */
export function toVisibleText(message: WebMessage): string {
  return [
    message.text,
    ...(message.choices ?? []).map((c) => c.label),
    ...(message.checklist ?? []).flatMap((item) => [item.title, item.detail ?? '']),
    ...(message.summary ?? []).map((row) => `${row.label}: ${row.value}`),
    message.image ? message.image.name : '',
  ].filter(Boolean).join('\n');
}
