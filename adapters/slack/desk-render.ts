import { caseLabels } from '../../src/handoff/labels.ts';
import type { HandoffCase } from '../../src/handoff/types.ts';
import { escapeMrkdwn, type SlackBlock } from './render.ts';

/** `action_id` of the *Take it* button on a handoff's message in the support channel; its value is the conversation id. */
export const TAKE_ACTION = 'dvbot_desk_take';
/** `action_id` of the *Hand back* button in the thread; its value is the conversation id. */
export const HANDBACK_ACTION = 'dvbot_desk_handback';
/** `callback_id` of the hand-back modal (optional note); its `private_metadata` is the conversation id. */
export const HANDBACK_VIEW = 'dvbot_desk_handback_note';
/** `block_id` / `action_id` of the note input in the hand-back modal. */
export const NOTE_INPUT = 'note';

const FIELDS_PER_SECTION = 10;
const FIELD_LIMIT = 2000;

/** The support-channel message of a case: why, where, the masked summary, and the *Take it* button (or who took it). */
export function caseMessage(c: HandoffCase, status: { takenBy?: string; closed?: string } = {}): { text: string; blocks: SlackBlock[] } {
  const labels = caseLabels(c);
  const head = `*Handoff:* ${labels.reason} · ${labels.channel} · user's language: ${labels.lang} · step: ${escapeMrkdwn(labels.step)} · waiting since ${c.waitingSince}`;
  const fields = c.summary.map((row) => ({ type: 'mrkdwn' as const, text: `*${escapeMrkdwn(row.label)}*\n${escapeMrkdwn(row.value)}`.slice(0, FIELD_LIMIT) }));
  const blocks: SlackBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: head } }];
  for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) blocks.push({ type: 'section', fields: fields.slice(i, i + FIELDS_PER_SECTION) });
  const taken = status.takenBy && `Taken by ${escapeMrkdwn(status.takenBy)}${c.claimedBy?.startsWith('slack:') ? ': reply in the thread to write to the user.' : ' (outside Slack).'}`;
  const state = status.closed ?? taken;
  blocks.push(state
    ? { type: 'context', elements: [{ type: 'mrkdwn', text: state }] }
    : { type: 'actions', block_id: 'dvbot_desk', elements: [button(TAKE_ACTION, 'Take it', c.id)] });
  return { text: `Handoff: ${labels.reason} (${labels.channel}, ${labels.lang})`, blocks };
}

/** The first thread message after a take: who has it, and the *Hand back* button. */
export function takenMessage(agent: string, id: string): { text: string; blocks: SlackBlock[] } {
  const text = `${escapeMrkdwn(agent)} has this conversation. Replies in this thread go to the user; the user's messages and photos appear here.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }, { type: 'actions', block_id: 'dvbot_desk_thread', elements: [button(HANDBACK_ACTION, 'Hand back', id)] }] };
}

/** The hand-back modal: an optional note the bot passes to the user before it resumes. */
export function handbackView(id: string) {
  return {
    type: 'modal' as const, callback_id: HANDBACK_VIEW, private_metadata: id,
    title: { type: 'plain_text' as const, text: 'Hand back to the bot' }, submit: { type: 'plain_text' as const, text: 'Hand back' },
    blocks: [{
      type: 'input', block_id: NOTE_INPUT, optional: true, label: { type: 'plain_text', text: 'Note for the user (optional)' },
      element: { type: 'plain_text_input', action_id: NOTE_INPUT, multiline: true, max_length: 2000 },
    }],
  };
}

function button(actionId: string, label: string, value: string) {
  return { type: 'button' as const, action_id: actionId, text: { type: 'plain_text' as const, text: label }, value };
}
