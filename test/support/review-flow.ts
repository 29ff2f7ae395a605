import { expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createBot } from '../../src/main.ts';
import { createStore } from '../../src/store/index.ts';
import { shoot } from '../fixtures/photos/scene.ts';
import { VALID_ANSWERS } from '../dialogs/answers.ts';
import type { ChannelName, OutboundMessage } from '../../src/conversation/messages.ts';
import { createReferenceStore } from '../../src/conversation/references.ts';
import { lastCode } from './smtp-sink.ts';

/** One turn of a conversation: what `runner.handle` takes, without the ids. */
export type Send = (msg: { text?: string; action?: { id: string }; attachments?: { name: string; read(): Promise<Buffer> }[] }) => Promise<OutboundMessage[]>;

/**
 * Answers the real dialog, from "hello" to a submitted profile for `domain`, as a mainland individual with a real ID card
 * photo. Users on one registrar need domains of their own: a domain already in review is refused to a second profile.
 */
export async function driveToSubmission(send: Send, mails: { text: string }[], domain = 'example.cn'): Promise<OutboundMessage[]> {
  await send({ text: 'hello' });
  await send({ action: { id: 'kind.individual_mainland' } });
  await send({ text: domain });
  await send({ action: { id: 'checklist.ready' } });
  const a = VALID_ANSWERS.individual_mainland;
  for (const f of ['documentType', 'idNumber', 'name', 'region', 'city', 'address', 'postalCode', 'phone', 'email'] as const) await send({ text: a[f]! });
  await send({ action: { id: 'english.accept' } });
  await send({ action: { id: 'summary.confirm' } });
  await send({ text: lastCode(mails) });
  const photo = await shoot();
  await send({ attachments: [{ name: 'id.jpg', read: async () => photo }] });
  return send({ action: { id: 'submit.now' } });
}

/**
 * Drives one conversation (`web:…`, or `teams:…` with `reference`, the stored Bot Framework reference the bot posts its
 * results to) to a submitted profile on a bot of its own on the same store (Redis) as the instances.
 */
export async function submitForReview(
  settings: Record<string, string>, conversationId: string, smtp: { messages: { text: string }[] }, domain = 'example.cn', reference?: Record<string, unknown>,
): Promise<void> {
  const bot = await createBot(loadConfig({ ...settings, LOG_LEVEL: 'silent' }), createLogger('silent'));
  try {
    if (reference) await createReferenceStore(bot.store.kv<Record<string, unknown>>('ref')).save(conversationId, reference);
    const channel = conversationId.split(':')[0] as ChannelName;
    let n = 0;
    const send: Send = (msg) => bot.runner.handle({ id: `${conversationId}:${(n += 1)}`, channel, conversationId, userId: conversationId, ...msg });
    const submitted = await driveToSubmission(send, smtp.messages, domain);
    expect(submitted.map((m) => m.text).join('\n')).toMatch(/submitted|提交/i);
  } finally {
    await bot.close();
  }
}

/** What `/readyz` says of the review watcher at `baseUrl`: "watching" on the lease holder, "standby" elsewhere. */
export async function reviewsState(baseUrl: string): Promise<string | undefined> {
  return ((await (await fetch(`${baseUrl}/readyz`)).json()) as { components: { reviews?: { state: string } } }).components.reviews?.state;
}

/** Whether no conversation is followed and nothing waits in the outbox (read from the shared store). */
export async function reviewsSettled(settings: Record<string, string>): Promise<boolean> {
  const store = await createStore(loadConfig(settings), createLogger('silent'));
  try {
    for await (const _ of store.kv('watch').entries()) return false;
    for await (const [, box] of store.kv<{ messages: unknown[] }>('outbox').entries()) if (box.messages.length) return false;
    return true;
  } finally {
    await store.close();
  }
}

/** The simulated review's two results, each said exactly once (whatever else was said around them). */
export function expectToldOnce(texts: string[], domain = 'example.cn'): void {
  expect(texts.filter((text) => text.startsWith('Good news: your registrant profile passed identity verification'))).toHaveLength(1);
  expect(texts.filter((text) => text.startsWith(`All done! ${domain} passed identity verification`))).toHaveLength(1);
  expect(new Set(texts).size).toBe(texts.length);
}

/** The stored reference of a personal Teams chat `conversation` whose connector is `connectorUrl` (the bot posts results there). */
export function teamsReference(connectorUrl: string, conversation: string): Record<string, unknown> {
  return {
    channelId: 'msteams', serviceUrl: `${connectorUrl}/`, locale: 'en-US', user: { id: '29:user-1', aadObjectId: 'aad-1', name: 'Ana' },
    bot: { id: '28:bot', name: 'dvbot' }, conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' },
  };
}
