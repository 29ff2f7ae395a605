import type { OutboundMessage } from '../../src/conversation/messages.ts';

/** A Slack message body for `chat.postMessage` (the image, if any, is uploaded separately). */
export type SlackMessage = { text: string; blocks: SlackBlock[] };

/** The Block Kit blocks this adapter emits. */
export type SlackBlock =
  | { type: 'section'; text?: SlackText; fields?: SlackText[] }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'actions'; block_id: string; elements: SlackButton[] };

type SlackText = { type: 'mrkdwn' | 'plain_text'; text: string };
type SlackButton = { type: 'button'; action_id: string; text: SlackText & { type: 'plain_text' }; value: string };

/** Prefix of every choice button's `action_id`; the button's `value` is the choice id. */
export const CHOICE_ACTION_PREFIX = 'dvbot_choice_';

const SECTION_LIMIT = 3000;
const FIELDS_PER_SECTION = 10;
const FIELD_LIMIT = 2000;
const BUTTONS_PER_BLOCK = 25;
const BUTTON_LABEL_LIMIT = 75;
const WORD_JOINER = '\u2060';

/**
 * Escapes text for Slack mrkdwn: `&`, `<`, `>` become entities (so `<!channel>`, `<@U…>` and `<url|label>` stay
 * literal), and a word joiner after `@` stops `@channel` / `@here` / `@everyone` from being linked as a mention.
 * @example escapeMrkdwn('<!here> & @channel') // '&lt;!here&gt; &amp; @\u2060channel'
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, `@${WORD_JOINER}$1`);
}

/**
 * Renders a channel-neutral message as Block Kit: the text, the checklist, the summary as fields, choices as buttons.
 * @example toSlackMessage({ text: 'Pick', choices: [{ id: 'passport', label: 'Passport' }] }).blocks[1]?.type // 'actions'
 */
export function toSlackMessage(message: OutboundMessage): SlackMessage {
  const text = escapeMrkdwn(message.text);
  const blocks: SlackBlock[] = message.typing && text.trim()
    ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `_${truncate(text, SECTION_LIMIT - 2)}_` }] }]
    : chunks(text, SECTION_LIMIT).map((part) => ({ type: 'section', text: { type: 'mrkdwn', text: part } }));
  if (message.checklist?.length) blocks.push(...checklistBlocks(message.checklist));
  if (message.summary?.length) blocks.push(...summaryBlocks(message.summary));
  if (message.choices?.length) blocks.push(...choiceBlocks(message.choices));
  return { text: truncate(text, 3900), blocks };
}

function checklistBlocks(items: NonNullable<OutboundMessage['checklist']>): SlackBlock[] {
  const lines = items.map((item) => {
    const detail = item.detail ? `\n      ${escapeMrkdwn(item.detail)}` : '';
    return `• *${escapeMrkdwn(item.title)}*${detail}`;
  });
  return chunks(lines.join('\n'), SECTION_LIMIT).map((part) => ({ type: 'section', text: { type: 'mrkdwn', text: part } }));
}

function summaryBlocks(rows: NonNullable<OutboundMessage['summary']>): SlackBlock[] {
  const fields: SlackText[] = rows.map((row) => ({
    type: 'mrkdwn',
    text: truncate(`*${escapeMrkdwn(row.label)}*\n${escapeMrkdwn(row.value)}`, FIELD_LIMIT),
  }));
  return group(fields, FIELDS_PER_SECTION).map((part) => ({ type: 'section', fields: part }));
}

function choiceBlocks(choices: NonNullable<OutboundMessage['choices']>): SlackBlock[] {
  const buttons: SlackButton[] = choices.map((choice, index) => ({
    type: 'button',
    action_id: `${CHOICE_ACTION_PREFIX}${index}`,
    text: { type: 'plain_text', text: truncate(choice.label, BUTTON_LABEL_LIMIT) },
    value: choice.id,
  }));
  return group(buttons, BUTTONS_PER_BLOCK).map((part, index) => ({ type: 'actions', block_id: `dvbot_choices_${index}`, elements: part }));
}

// Entities must not be cut in half, so a cut backs off to before a trailing partial `&…;`.
function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1).replace(/&[a-z]{0,4}$/, '');
  return `${cut}…`;
}

function chunks(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const newline = rest.lastIndexOf('\n', limit);
    let at = newline > limit / 2 ? newline : limit;
    const amp = rest.lastIndexOf('&', at);
    if (amp > at - 6 && !rest.slice(amp, at).includes(';')) at = amp;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  return rest.trim() ? [...parts, rest] : parts;
}

function group<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
