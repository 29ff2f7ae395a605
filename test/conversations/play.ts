import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createBot, type Bot } from '../../src/main.ts';
import { DOCUMENTS, type DocumentKind } from '../../src/domain/documents.ts';
import { REGIONS } from '../../src/domain/regions.ts';
import { startWebChat, type RunningWebChat } from '../integration/web/harness.ts';
import { lastCode, startSmtpSink } from '../support/smtp-sink.ts';
import { shoot } from '../fixtures/photos/scene.ts';

/**
 * One whole conversation as a person types it on a phone. A turn starting with "tap " taps the button with that id;
 * "<code>" types the code the last email carried, "<photo>" sends a photo of the document; every other turn is typed text. `stored` is what the final summary card must show, field by field (document types
 * and regions by id: they are shown by their label in the conversation's language).
 */
export type Conversation = {
  title: string;
  locale: 'en' | 'zh-CN';
  turns: string[];
  stored: Record<string, string>;
  /** The language the summary is written in; by default the page's. */
  lang?: 'en' | 'zh';
  /** What the bot must say in answer to a turn after the summary (the turn's first occurrence; all its replies joined). */
  answers?: { turn: string; says: RegExp }[];
};

export type Reply = { text?: string; choices?: { id: string; label: string }[]; summary?: { field: string; value: string }[] };

let smtp: Awaited<ReturnType<typeof startSmtpSink>> | undefined;

/** The real bot (SQLite store in a temp dir, simulated registrar, mail to a local SMTP sink) behind the web chat's HTTP API. */
export async function startRealWebChat(): Promise<{ chat: RunningWebChat; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `dvbot-conversations-${process.pid}-`));
  smtp = await startSmtpSink();
  const config = loadConfig({ DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', SMTP_URL: smtp.url, SIMULATED_REVIEW_SECONDS: '0' });
  const bot: Bot = await createBot(config, createLogger('silent'));
  // Many conversations from one address in a few seconds: a test run, not a runaway script.
  const generous = { burst: 100_000, perSecond: 100_000 };
  const chat = await startWebChat((msg) => bot.runner.handle(msg), { rateLimit: generous, addressRateLimit: generous });
  const sink = smtp;
  return { chat, close: async () => { await chat.close(); await bot.close(); await sink.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function send(chat: RunningWebChat, conversationId: string, locale: string, turn: string): Promise<Reply[]> {
  if (turn === '<photo>') return upload(chat, conversationId);
  const body = turn.startsWith('tap ') ? { action: { id: turn.slice(4) } } : { text: turn === '<code>' ? lastCode(smtp?.messages ?? []) : turn };
  const res = await fetch(`${chat.url}/web/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ conversationId, id: crypto.randomUUID(), locale, ...body }),
  });
  expect(res.status, `turn "${turn}"`).toBe(200);
  return ((await res.json()) as { messages: Reply[] }).messages;
}

async function upload(chat: RunningWebChat, conversationId: string): Promise<Reply[]> {
  const query = new URLSearchParams({ conversationId, id: crypto.randomUUID(), name: 'IMG_0001.jpg' });
  const res = await fetch(`${chat.url}/web/api/upload?${query}`, { method: 'POST', body: new Uint8Array(await shoot()), headers: { 'content-type': 'image/jpeg' } });
  expect(res.status, 'photo upload').toBe(200);
  return ((await res.json()) as { messages: Reply[] }).messages;
}

function shown(field: string, value: string, lang: 'en' | 'zh'): string {
  if (field === 'documentType') return DOCUMENTS[value as DocumentKind]?.label[lang] ?? value;
  if (field === 'region') return REGIONS.find((r) => r.id === value)?.label[lang] ?? value;
  return value;
}

/** Plays the conversation and returns the last summary card it produced (field → shown value) and the whole transcript. */
export async function play(chat: RunningWebChat, conversation: Conversation): Promise<{ summary?: Record<string, string>; intro: string; transcript: string; replies: Reply[][] }> {
  const conversationId = crypto.randomUUID();
  const lines: string[] = [];
  let summary: Record<string, string> | undefined;
  let intro = '';
  const replies: Reply[][] = [];
  for (const turn of ['hi', ...conversation.turns]) {
    lines.push(`> ${turn}`);
    replies.push(await send(chat, conversationId, conversation.locale, turn));
    for (const reply of replies.at(-1)!) {
      lines.push(`< ${reply.text ?? ''}${reply.choices ? ` [${reply.choices.map((c) => c.id).join(' | ')}]` : ''}`);
      if (reply.summary && reply.choices?.some((c) => c.id === 'summary.confirm')) {
        summary = Object.fromEntries(reply.summary.map((row) => [row.field, row.value]));
        intro = reply.text ?? '';
        lines.push(`  summary ${JSON.stringify(summary)}`);
      }
    }
  }
  return { ...(summary ? { summary } : {}), intro, transcript: lines.join('\n'), replies: replies.slice(1) };
}

/** Plays the conversation and asserts the summary card holds exactly the expected values. */
export async function expectStored(chat: RunningWebChat, conversation: Conversation): Promise<void> {
  const { summary, intro, transcript, replies } = await play(chat, conversation);
  for (const { turn, says } of conversation.answers ?? []) {
    const at = conversation.turns.indexOf(turn);
    expect(at, `turn "${turn}" is in the conversation`).toBeGreaterThanOrEqual(0);
    expect(replies[at]!.map((r) => r.text ?? '').join('\n'), transcript).toMatch(says);
  }
  const lang = conversation.lang ?? (conversation.locale === 'en' ? 'en' : 'zh');
  const expected = Object.fromEntries(Object.entries(conversation.stored).map(([field, value]) => [field, shown(field, value, lang)]));
  expect(summary, transcript).toBeDefined();
  const actual = Object.fromEntries(Object.keys(expected).map((field) => [field, summary![field]]));
  expect(actual, transcript).toEqual(expected);
  // Whatever the conversation did not name: a stored name is a name, never a sentence around one.
  for (const field of ['name', 'contactName'] as const) {
    if (summary![field] !== undefined) expect(summary![field], transcript).toMatch(/^(?:[\u3400-\u9fff·]+|[A-Za-z][A-Za-z '’.-]*)$/u);
  }
  expect(intro, transcript).toMatch(lang === 'zh' ? /[\u4e00-\u9fff]/ : /^[^\u4e00-\u9fff]+$/);
}

/** Registers one test per conversation, all played against one real bot behind the web chat. */
export function describeConversations(title: string, conversations: readonly Conversation[]): void {
  let web: Awaited<ReturnType<typeof startRealWebChat>> | undefined;
  describe(title, () => {
    // Inside the block: each block's bot (and mail sink) lives while its own conversations play.
    beforeAll(async () => { web = await startRealWebChat(); });
    afterAll(async () => { await web?.close(); });
    for (const conversation of conversations) it(conversation.title, async () => { await expectStored(web!.chat, conversation); });
  });
}
