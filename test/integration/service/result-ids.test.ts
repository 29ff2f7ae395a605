import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import type { OutboundMessage } from '../../../src/conversation/messages.ts';
import { AppError } from '../../../src/errors.ts';
import { sendEachOnce, type SendMark } from '../../../src/notify/send-once.ts';
import { createMemoryStore } from '../../../src/store/create-store.ts';
import type { Store } from '../../../src/store/types.ts';
import { createTestDialog, startWebChat, type RunningWebChat } from '../web/harness.ts';
import { openEvents, waitUntil } from './support.ts';

let chat: RunningWebChat;
let store: Store;
beforeAll(async () => {
  chat = await startWebChat(createTestDialog().handle);
  store = await createMemoryStore();
});
afterAll(async () => {
  await chat?.close();
  await store?.close();
});

let marksUsed = 0; // a namespace of marks per test
const texts = (...words: string[]): OutboundMessage[] => words.map((text) => ({ text }));

describe('web chat: a result pushed again with the same ids', () => {
  it('reaches the open page once, and a page reconnecting from another instance replays it once', async () => {
    const browser = randomUUID();
    const page = await openEvents(chat.url, browser);
    await chat.web.pushOnce(`web:${browser}`, texts('passed', 'associated'), ['r1', 'r2']);
    await chat.web.pushOnce(`web:${browser}`, texts('passed', 'associated'), ['r1', 'r2']); // the instance taking over
    await chat.web.pushOnce(`web:${browser}`, texts('passed', 'associated', 'done'), ['r1', 'r2', 'r3']);
    chat.web.push(`web:${browser}`, texts('an agent writes')); // no id: always shown
    await waitUntil(() => page.events.length === 3);
    expect(page.events).toEqual([['passed', 'associated'], ['done'], ['an agent writes']]);
    page.close();

    const reconnected = await openEvents(chat.url, browser); // no `since` this instance knows: the whole log
    await waitUntil(() => reconnected.events.length === 3);
    expect(reconnected.events.flat()).toEqual(['passed', 'associated', 'done', 'an agent writes']);
    reconnected.close();
  });
});

describe('Slack and Teams: each result message sent at most once', () => {
  const refused = () => new AppError('channel_send_failed', 'posting failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });

  function channel(fail: (text: string) => Error | undefined = () => undefined) {
    const sent: string[] = [];
    const send = async (message: OutboundMessage) => {
      const error = fail(message.text);
      if (error) throw error;
      sent.push(message.text);
      return true;
    };
    const deps = { marks: store.kv<SendMark>(`marks-${(marksUsed += 1)}`), send, logger: createLogger('silent') };
    return { sent, deps, run: (messages: OutboundMessage[], ids: string[]) => sendEachOnce(deps, 'slack:T1:D1', messages, ids) };
  }

  it('skips what was sent, and what a dead process was sending (it may be in the chat already)', async () => {
    const c = channel();
    await c.deps.marks.set('b', 'sending');
    expect(await c.run(texts('a', 'b', 'c'), ['a', 'b', 'c'])).toBe(true);
    expect(await c.run(texts('a', 'b', 'c'), ['a', 'b', 'c'])).toBe(true); // delivered again after a crash: nothing new
    expect(c.sent).toEqual(['a', 'c']);
  });

  it('sends again a message whose send never reached the channel (connection refused)', async () => {
    let down = true;
    const c = channel((text) => (down && text === 'b' ? refused() : undefined));
    await expect(c.run(texts('a', 'b'), ['a', 'b'])).rejects.toMatchObject({ code: 'channel_send_failed' });
    down = false;
    expect(await c.run(texts('a', 'b'), ['a', 'b'])).toBe(true);
    expect(c.sent).toEqual(['a', 'b']);
  });

  it('does not send again a message whose send failed after reaching the channel (it may have been posted)', async () => {
    let failing = true;
    const c = channel((text) => (failing && text === 'a' ? new AppError('channel_send_failed', 'posting failed', { cause: new Error('socket hang up') }) : undefined));
    await expect(c.run(texts('a'), ['a'])).rejects.toMatchObject({ code: 'channel_send_failed' });
    failing = false;
    expect(await c.run(texts('a'), ['a'])).toBe(true);
    expect(c.sent).toEqual([]);
  });

  it('leaves a message it could not send now (no reference yet) to be sent later', async () => {
    const sent: string[] = [];
    let ready = false;
    const deps = { marks: store.kv<SendMark>(`marks-${(marksUsed += 1)}`), logger: createLogger('silent'), send: async (m: OutboundMessage) => ready && sent.push(m.text) > 0 };
    expect(await sendEachOnce(deps, 'teams:a:1', texts('a'), ['a'])).toBe(false);
    ready = true;
    expect(await sendEachOnce(deps, 'teams:a:1', texts('a'), ['a'])).toBe(true);
    expect(sent).toEqual(['a']);
  });
});
