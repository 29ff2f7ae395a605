import type { OutboundMessage } from '../../src/conversation/messages.ts';

/** The key of an Adaptive Card submit's data that carries the choice id. */
export const CHOICE_KEY = 'dvbotChoice';

/** A Bot Framework activity as this adapter sends it. */
export type TeamsActivity = {
  type: 'message' | 'typing';
  text?: string;
  textFormat?: 'plain';
  attachments?: { contentType: string; contentUrl?: string; name?: string; content?: unknown }[];
};

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const BUTTONS_PER_SET = 5;

/**
 * Renders a channel-neutral message as activities: plain text (`textFormat: plain`, so user text echoed back is never
 * read as markdown or HTML; mentions need explicit entities, which we never send), the checklist and summary as lines,
 * choices as an Adaptive Card of submit buttons, an image inline, and a typing indicator before a transient notice.
 * @example toTeamsActivities({ text: 'Pick', choices: [{ id: 'passport', label: 'Passport' }] })[0]?.attachments?.[0]?.contentType
 *          // 'application/vnd.microsoft.card.adaptive'
 */
export function toTeamsActivities(message: OutboundMessage): TeamsActivity[] {
  const lines = [
    message.text,
    ...(message.checklist ?? []).map((item) => (item.detail ? `• ${item.title} — ${item.detail}` : `• ${item.title}`)),
    ...(message.summary ?? []).map((row) => `${row.label}: ${row.value}`),
  ].filter((line) => line.trim());
  const attachments = [
    ...(message.choices?.length ? [choiceCard(message.choices)] : []),
    ...(message.image ? [inlineImage(message.image)] : []),
  ];
  const reply: TeamsActivity = { type: 'message', textFormat: 'plain', ...(lines.length ? { text: lines.join('\n') } : {}), ...(attachments.length ? { attachments } : {}) };
  return message.typing ? [{ type: 'typing' }, reply] : [reply];
}

function choiceCard(choices: NonNullable<OutboundMessage['choices']>) {
  const sets = [];
  for (let i = 0; i < choices.length; i += BUTTONS_PER_SET) {
    sets.push({
      type: 'ActionSet',
      actions: choices.slice(i, i + BUTTONS_PER_SET).map((c) => ({ type: 'Action.Submit', title: c.label, data: { [CHOICE_KEY]: c.id } })),
    });
  }
  return { contentType: ADAPTIVE_CARD, content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', body: sets } };
}

// Teams shows small images sent inline as a data URL in personal chat; bigger files would need a FileConsentCard.
function inlineImage(image: NonNullable<OutboundMessage['image']>) {
  return { contentType: image.contentType, contentUrl: `data:${image.contentType};base64,${image.bytes.toString('base64')}`, name: image.name };
}
