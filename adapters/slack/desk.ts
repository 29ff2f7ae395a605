import type { App, webApi } from '@slack/bolt';
import { z } from 'zod';
import { holderName, type Desk, type DeskResult } from '../../src/handoff/desk.ts';
import { deskErrors } from '../../src/handoff/copy.ts';
import { maskText } from '../../src/handoff/mask-text.ts';
import type { HandoffCase, TranscriptEntry } from '../../src/handoff/types.ts';
import type { Logger } from '../../src/logger.ts';
import type { BlobStore } from '../../src/store/types.ts';
import { caseMessage, HANDBACK_ACTION, HANDBACK_VIEW, handbackView, NOTE_INPUT, TAKE_ACTION, takenMessage } from './desk-render.ts';
import { toPlainText } from './normalize.ts';
import { escapeMrkdwn } from './render.ts';

/** The Slack desk's settings: the support channel (C…/G…), the desk, and the blobs photos are read from. */
export type SlackDeskOptions = { channel: string; desk: Desk; blobs: BlobStore };

const DeskClick = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().optional(),
  channel: z.object({ id: z.string().min(1) }),
  message: z.object({ ts: z.string().min(1), thread_ts: z.string().optional() }).optional(),
  actions: z.array(z.object({ value: z.string().min(1) })).min(1),
});
const ThreadReply = z.object({
  channel: z.string().min(1), user: z.string().min(1), text: z.string().optional(), ts: z.string().min(1), thread_ts: z.string().min(1),
  // A bot's post or an edit (subtype) is not an agent writing to the user.
  subtype: z.never().optional(), bot_id: z.never().optional(),
});

type Ctx = SlackDeskOptions & {
  app: App; log: Logger;
  agentOf(client: webApi.WebClient, user: string): Promise<{ id: string; name: string }>;
  tell(client: webApi.WebClient, user: string, threadTs: string | undefined, text: string): Promise<unknown>;
};

/**
 * The Slack desk on the adapter's Bolt app: each handoff opened on this instance is posted in the support channel with
 * its masked summary and a *Take it* button; the Slack user who takes it is the agent (claims go through the desk, so
 * one wins across instances); their thread replies reach the user, the user's messages and photos appear in the thread,
 * and *Hand back* (with an optional note) releases it. Returns a function that stops observing the desk.
 * @example const stop = registerSlackDesk(app, { channel: 'C0123ABCD', desk, blobs: store.blobs }, log); // on close: stop()
 */
export function registerSlackDesk(app: App, options: SlackDeskOptions, log: Logger): () => void {
  const names = new Map<string, string>();
  const ctx: Ctx = {
    ...options, app, log,
    /**
     * A Slack user as a desk agent: the Slack user id is who they are (two people may share a display name), the
     * display name is what the user and other agents see; looked up once per instance.
     */
    async agentOf(client, user) {
      const id = `slack:${user}`;
      const known = names.get(user);
      if (known) return { id, name: known };
      // Without users:read (or with Slack away) the Slack id stands in, uncached, so the name is used once Slack answers.
      const info = await client.users.info({ user }).catch((err: unknown) => void log.warn({ err }, 'users.info failed; using the Slack user id as agent name'));
      const name = info?.user?.profile?.display_name || info?.user?.real_name || info?.user?.name;
      if (name) names.set(user, name);
      return { id, name: name ?? user };
    },
    tell: (client, user, threadTs, text) =>
      client.chat.postEphemeral({ channel: options.channel, user, text: escapeMrkdwn(text), ...(threadTs ? { thread_ts: threadTs } : {}) }),
  };
  onTake(ctx);
  onHandback(ctx);
  onThreadReply(ctx);
  return observeCases(ctx);
}

/** Mirrors this instance's desk changes into the support channel, in order per case, without holding up the user's turn. */
function observeCases(ctx: Ctx): () => void {
  const { app, desk, channel, log } = ctx;
  const queues = new Map<string, Promise<void>>();
  const inOrder = (id: string, task: () => Promise<void>) => {
    const next = (queues.get(id) ?? Promise.resolve()).then(task).catch((err: unknown) => log.warn({ err, conversationId: id }, 'Slack desk post failed'));
    queues.set(id, next);
    void next.then(() => { if (queues.get(id) === next) queues.delete(id); });
  };
  return desk.observe({
    // Slack being away (no connection, 5xx, rate limits) is retried by Bolt's WebClient, ten times over about 30
    // minutes; the case waits in the console queue meanwhile.
    opened: (c) => inOrder(c.id, async () => {
      const posted = await app.client.chat.postMessage({ channel, ...caseMessage(c), unfurl_links: false, unfurl_media: false });
      if (posted.ts) await desk.setSlackThread(c.id, { channel, ts: posted.ts });
    }),
    // Whoever took it (here, in the console or a Teams hub), the channel message says so and loses *Take it*.
    claimed: (c) => inOrder(c.id, async () => {
      const fresh = await desk.get(c.id);
      if (!fresh?.slack || fresh.state !== 'claimed') return;
      const name = holderName(fresh);
      await app.client.chat.update({ channel: fresh.slack.channel, ts: fresh.slack.ts, ...caseMessage(fresh, { takenBy: name }) });
      const thread = { channel: fresh.slack.channel, thread_ts: fresh.slack.ts };
      if (fresh.claimedBy?.startsWith('slack:')) await app.client.chat.postMessage({ ...thread, ...takenMessage(name, c.id) });
      else await app.client.chat.postMessage({ ...thread, text: `${escapeMrkdwn(name)} has this conversation outside Slack; replies in this thread do not reach the user.` });
    }),
    // A holder gave it up without handing back (a Teams hub that failed): *Take it* is back.
    requeued: (c) => inOrder(c.id, async () => {
      const fresh = await desk.get(c.id);
      if (!fresh?.slack || fresh.state !== 'waiting') return;
      await app.client.chat.update({ channel: fresh.slack.channel, ts: fresh.slack.ts, ...caseMessage(fresh) });
      await app.client.chat.postMessage({ channel: fresh.slack.channel, thread_ts: fresh.slack.ts, text: 'Waiting for an agent again: *Take it* to talk to the user.' });
    }),
    entry: (c, entry) => {
      if (entry.from === 'user') inOrder(c.id, () => postEntry(app.client, ctx, c.id, entry));
    },
    closed: (c, how) => inOrder(c.id, async () => {
      const slack = (await desk.get(c.id))?.slack ?? c.slack;
      if (!slack) return;
      const closed = how === 'released' ? `Handed back to the bot${c.claimedBy ? ` by ${escapeMrkdwn(holderName(c))}` : ''}.` : 'The user went back to the bot.';
      await app.client.chat.update({ channel: slack.channel, ts: slack.ts, ...caseMessage(c, { closed }) });
      await app.client.chat.postMessage({ channel: slack.channel, thread_ts: slack.ts, text: closed });
    }),
  });
}

/** *Take it*: claims through the desk; the loser is told who has it; the winner gets the thread and *Hand back*. */
function onTake(ctx: Ctx): void {
  const { app, desk, channel } = ctx;
  app.action({ type: 'block_actions', action_id: TAKE_ACTION }, async ({ ack, body, client }) => {
    await ack();
    const click = clickIn(body, channel);
    if (!click?.message) return;
    const { user, message, id } = click;
    const agent = await ctx.agentOf(client, user.id);
    if ((await desk.get(id))?.claimedBy === agent.id) return void (await ctx.tell(client, user.id, undefined, 'You already have this conversation: reply in its thread.'));
    // The channel message and the thread are updated by the desk's `claimed` observer, like a claim made elsewhere.
    const claimed = await desk.claim(id, agent);
    if (!claimed.ok) await ctx.tell(client, user.id, undefined, refusal(claimed));
  });
}

/** *Hand back*: the holder gets a modal for an optional note; submitting it releases the conversation to the bot. */
function onHandback(ctx: Ctx): void {
  const { app, desk, channel } = ctx;
  app.action({ type: 'block_actions', action_id: HANDBACK_ACTION }, async ({ ack, body, client }) => {
    await ack();
    const click = clickIn(body, channel);
    if (!click?.trigger_id) return;
    const { id, user } = click;
    const check = await holds(desk, id, await ctx.agentOf(client, user.id));
    if (check) return void (await ctx.tell(client, user.id, click.message?.thread_ts, check));
    await client.views.open({ trigger_id: click.trigger_id, view: handbackView(id) });
  });
  app.view(HANDBACK_VIEW, async ({ ack, body, view, client }) => {
    const id = view.private_metadata;
    const agent = await ctx.agentOf(client, body.user.id);
    const check = await holds(desk, id, agent);
    if (check) return void (await ack({ response_action: 'errors', errors: { [NOTE_INPUT]: check } }));
    await ack();
    const note = view.state.values[NOTE_INPUT]?.[NOTE_INPUT]?.value?.trim();
    const released = await desk.release(id, agent, note || undefined);
    if (!released.ok) ctx.log.warn({ conversationId: id, code: released.code }, 'Slack hand-back refused');
  });
}

/** A reply in a case's thread by its holder goes to the user; anyone else is told privately why it did not. */
function onThreadReply(ctx: Ctx): void {
  const { app, desk, channel } = ctx;
  app.message(async ({ message, client }) => {
    const reply = ThreadReply.safeParse(message);
    if (!reply.success || reply.data.channel !== channel) return;
    const { user, ts, thread_ts: threadTs } = reply.data;
    const text = toPlainText(reply.data.text ?? '').trim();
    const c = (await desk.queue()).find((x) => x.slack?.ts === threadTs && x.slack.channel === channel);
    if (!c || !text || ts === threadTs) return;
    const said = await desk.say(c.id, await ctx.agentOf(client, user), text);
    if (!said.ok) await ctx.tell(client, user, threadTs, refusal(said));
  });
}

/** A click on one of the desk's buttons in the support channel, with the conversation id it carries; else undefined. */
function clickIn(body: unknown, channel: string) {
  const click = DeskClick.safeParse(body);
  if (!click.success || click.data.channel.id !== channel) return undefined;
  return { ...click.data, id: click.data.actions[0]!.value };
}

/** Why an agent may not act on a case (undefined when they hold it). */
async function holds(desk: Desk, id: string, agent: { id: string }): Promise<string | undefined> {
  const c = await desk.get(id);
  if (!c) return deskErrors.not_found;
  if (c.state !== 'claimed') return deskErrors.not_claimed;
  return c.claimedBy === agent.id ? undefined : `${holderName(c)} has this conversation.`;
}

function refusal(result: Extract<DeskResult, { ok: false }>): string {
  if (result.code === 'claimed_by_other') return `${result.claimedBy} has this conversation.`;
  return deskErrors[result.code];
}

/** A user's line in the case's thread: text masked and escaped, a photo as a file upload with the checks' verdict. */
async function postEntry(client: webApi.WebClient, options: SlackDeskOptions, id: string, entry: TranscriptEntry): Promise<void> {
  const slack = (await options.desk.get(id))?.slack;
  if (!slack) return;
  const thread = { channel: slack.channel, thread_ts: slack.ts };
  if (entry.text !== undefined) await client.chat.postMessage({ ...thread, text: `*User:* ${escapeMrkdwn(maskText(entry.text))}`, unfurl_links: false, unfurl_media: false });
  if (!entry.photo) return;
  const verdict = entry.photo.ok ? 'passed the checks' : `refused: ${entry.photo.problems.join('; ')}`;
  const comment = escapeMrkdwn(`User sent a photo (${verdict}${entry.photo.ok && entry.photo.problems.length ? `; warnings: ${entry.photo.problems.join('; ')}` : ''}). Photo id: ${entry.photo.blobId}`);
  const blob = await options.blobs.get(entry.photo.blobId);
  if (!blob) return void (await client.chat.postMessage({ ...thread, text: `${comment}\n(the photo is no longer stored)` }));
  const ext = /png/.test(blob.meta.contentType) ? 'png' : /bmp/.test(blob.meta.contentType) ? 'bmp' : 'jpg';
  await client.filesUploadV2({ channel_id: slack.channel, thread_ts: slack.ts, file: blob.bytes, filename: `user-photo.${ext}`, initial_comment: comment });
}
