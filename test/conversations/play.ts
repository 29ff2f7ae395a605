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

/**
 * One whole conversation as a person types it on a phone. A turn starting with "tap " taps the button with that id;
 * every other turn is typed text. `stored` is what the final summary card must show, field by field (document types
 * and regions by id: they are shown by their label in the conversation's language).
 */
export type Conversation = {
  title: string;
  locale: 'en' | 'zh-CN';
  turns: string[];
  stored: Record<string, string>;
  /** The language the summary is written in; by default the page's. */
  lang?: 'en' | 'zh';
};

type Reply = { text?: string; choices?: { id: string; label: string }[]; summary?: { field: string; value: string }[] };

/** The real bot (SQLite store in a temp dir, simulated registrar) behind the web chat's HTTP API. */
export async function startRealWebChat(): Promise<{ chat: RunningWebChat; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `dvbot-conversations-${process.pid}-`));
  const config = loadConfig({ DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent' });
  const bot: Bot = await createBot(config, createLogger('silent'));
  // Many conversations from one address in a few seconds: a test run, not a runaway script.
  const generous = { burst: 100_000, perSecond: 100_000 };
  const chat = await startWebChat((msg) => bot.runner.handle(msg), { rateLimit: generous, addressRateLimit: generous });
  return { chat, close: async () => { await chat.close(); await bot.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function send(chat: RunningWebChat, conversationId: string, locale: string, turn: string): Promise<Reply[]> {
  const body = turn.startsWith('tap ') ? { action: { id: turn.slice(4) } } : { text: turn };
  const res = await fetch(`${chat.url}/web/api/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ conversationId, id: crypto.randomUUID(), locale, ...body }),
  });
  expect(res.status, `turn "${turn}"`).toBe(200);
  return ((await res.json()) as { messages: Reply[] }).messages;
}

function shown(field: string, value: string, lang: 'en' | 'zh'): string {
  if (field === 'documentType') return DOCUMENTS[value as DocumentKind]?.label[lang] ?? value;
  if (field === 'region') return REGIONS.find((r) => r.id === value)?.label[lang] ?? value;
  return value;
}

/** Plays the conversation and returns the last summary card it produced (field → shown value) and the whole transcript. */
export async function play(chat: RunningWebChat, conversation: Conversation): Promise<{ summary?: Record<string, string>; intro: string; transcript: string }> {
  const conversationId = crypto.randomUUID();
  const lines: string[] = [];
  let summary: Record<string, string> | undefined;
  let intro = '';
  for (const turn of ['hi', ...conversation.turns]) {
    lines.push(`> ${turn}`);
    for (const reply of await send(chat, conversationId, conversation.locale, turn)) {
      lines.push(`< ${reply.text ?? ''}${reply.choices ? ` [${reply.choices.map((c) => c.id).join(' | ')}]` : ''}`);
      if (reply.summary && reply.choices?.some((c) => c.id === 'summary.confirm')) {
        summary = Object.fromEntries(reply.summary.map((row) => [row.field, row.value]));
        intro = reply.text ?? '';
        lines.push(`  summary ${JSON.stringify(summary)}`);
      }
    }
  }
  return { ...(summary ? { summary } : {}), intro, transcript: lines.join('\n') };
}

/** Plays the conversation and asserts the summary card holds exactly the expected values. */
export async function expectStored(chat: RunningWebChat, conversation: Conversation): Promise<void> {
  const { summary, intro, transcript } = await play(chat, conversation);
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
  beforeAll(async () => { web = await startRealWebChat(); });
  afterAll(async () => { await web?.close(); });
  describe(title, () => {
    for (const conversation of conversations) it(conversation.title, async () => { await expectStored(web!.chat, conversation); });
  });
}
