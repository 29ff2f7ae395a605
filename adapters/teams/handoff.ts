import { EventFactory, TurnContext, type Activity, type Transcript } from 'botbuilder';
import type { Desk } from '../../src/handoff/desk.ts';
import { maskText } from '../../src/handoff/mask-text.ts';
import type { HandoffCase, TranscriptEntry } from '../../src/handoff/types.ts';
import type { Logger } from '../../src/logger.ts';
import { toConversationId } from './normalize.ts';

/** The name a Bot Framework agent hub claims conversations under (it does not tell us which person took it). */
export const HUB_AGENT = 'Teams agent hub';

/** Runs `logic` in a stored Teams conversation; false when there is no stored reference. */
export type ContinueTeams = (conversationId: string, logic: (context: TurnContext) => Promise<void>) => Promise<boolean>;

/**
 * Sends the Bot Framework `handoff.initiate` event (summary as value, masked transcript as attachment) whenever a
 * Teams conversation is handed off on this instance. Returns the unsubscribe function.
 */
export function initiateHandoffs(desk: Desk, continueIn: ContinueTeams, logger: Logger): () => void {
  return desk.observe({
    opened: async (c) => {
      if (c.channel !== 'teams') return;
      const transcript: Transcript = { activities: (await desk.transcript(c.id)).map(toActivity) };
      try {
        const sent = await continueIn(c.id, async (context) => {
          await context.sendActivity(EventFactory.createHandoffInitiation(context, handoffContext(c), transcript));
        });
        if (!sent) logger.warn({ conversationId: c.id }, 'handoff.initiate not sent: no stored Teams reference');
      } catch (err) {
        logger.warn({ err, conversationId: c.id }, 'handoff.initiate not sent');
      }
    },
  });
}

/** What an agent hub gets as `value`: the same summary the console shows (PII already masked). */
const handoffContext = (c: HandoffCase) => ({ reason: c.reason, lang: c.lang, step: c.step, waitingSince: c.waitingSince, summary: c.summary });

// A transcript activity carries only what happened (no ids or routing): the hub reads it, nobody replies to it.
const toActivity = (e: TranscriptEntry): Activity => ({
  type: 'message', timestamp: new Date(e.at),
  from: { id: e.from === 'agent' ? `agent:${e.agent ?? ''}` : e.from, name: e.agent ?? e.from, role: e.from === 'user' ? 'user' : 'bot' },
  ...(e.text !== undefined ? { text: e.from === 'agent' ? e.text : maskText(e.text) } : {}),
  ...(e.photo ? { value: { photo: { ok: e.photo.ok, problems: e.photo.problems } } } : {}),
}) as Activity;

/**
 * Acts on a hub's `handoff.status` event: `accepted` claims the conversation for the hub, `completed` hands it back
 * to the bot, `failed` leaves it (or, after `accepted`, puts it back) waiting in the queue for the console. True when the activity was such an event.
 */
export async function onHandoffStatus(desk: Desk, activity: Partial<Activity>, logger: Logger): Promise<boolean> {
  if (activity.type !== 'event' || activity.name !== 'handoff.status' || !activity.conversation?.id) return false;
  const id = toConversationId(activity.conversation.id);
  const state = (activity.value as { state?: unknown } | undefined)?.state;
  const outcome = state === 'accepted' ? await desk.claim(id, HUB_AGENT)
    : state === 'completed' ? await desk.release(id, HUB_AGENT)
    : state === 'failed' && (await desk.get(id))?.claimedBy === HUB_AGENT ? await desk.requeue(id, HUB_AGENT)
    : undefined;
  if (state === 'failed') logger.info({ conversationId: id }, 'agent hub declined the handoff; it waits in the queue');
  else if (!outcome) logger.warn({ conversationId: id }, 'handoff.status with an unknown state ignored');
  else if (!outcome.ok) logger.warn({ conversationId: id, state, code: outcome.code }, 'handoff.status refused');
  return true;
}
