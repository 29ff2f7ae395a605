import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../../adapters/terminal/app.ts';
import { toInbound, type TerminalSession } from '../../../../adapters/terminal/normalize.ts';
import type { InboundMessage, OutboundMessage } from '../../../../src/conversation/messages.ts';

const KINDS: OutboundMessage = { text: 'Who is the registrant?', choices: [{ id: 'individual', label: 'An individual' }, { id: 'enterprise', label: 'A company' }] };
const session = (lastChoices = KINDS.choices ?? []): TerminalSession => ({ conversationId: 'terminal:t', userId: 'terminal:t', turn: 1, lastChoices });

describe('terminal toInbound', () => {
  it('turns a number into the matching choice shown last, and anything else into text', () => {
    const pick = (line: string, s = session()) => {
      const { action, text } = toInbound(line, s);
      return action ? `action ${action.id} (${text})` : `text ${JSON.stringify(text)}`;
    };
    expect([pick('2'), pick(' 1 '), pick('3'), pick('0'), pick('2', session([])), pick('example.cn')]).toEqual([
      'action enterprise (A company)', 'action individual (An individual)', 'text "3"', 'text "0"', 'text "2"', 'text "example.cn"',
    ]);
  });

  it('attaches every path after /photo, named by file name, and reads nothing yet', () => {
    const message = toInbound('/photo ./id-front.jpg  /tmp/back.jpg', session());
    expect(message.text).toBeUndefined();
    expect(message.attachments?.map((a) => a.name)).toEqual(['id-front.jpg', 'back.jpg']);
  });
});

describe('runTerminalChat', () => {
  async function chat(lines: string[], reply: (msg: InboundMessage) => OutboundMessage[]) {
    const received: InboundMessage[] = [];
    const input = new PassThrough();
    const output = new PassThrough();
    const printed: string[] = [];
    output.on('data', (chunk: Buffer) => printed.push(String(chunk)));
    input.end(`${lines.join('\n')}\n`);
    await runTerminalChat({ input, output, conversationId: 'terminal:t', handle: async (msg) => { received.push(msg); return reply(msg); } });
    return { received, printed: printed.join('') };
  }

  it('answers a number with the choices just shown, and not with choices from an earlier turn', async () => {
    const { received } = await chat(['hi', '2', '2', 'hi', 'ok', '1'], (msg) => (msg.text === 'hi' ? [KINDS] : [{ text: 'Noted.' }]));
    expect(received.map((m) => (m.action ? `action ${m.action.id}` : `text ${m.text}`))).toEqual([
      'text hi', 'action enterprise', 'text 2', 'text hi', 'text ok', 'text 1',
    ]);
  });

  it('keeps the choices of the last message in a batch that has any, and keeps them across a failed turn', async () => {
    let fail = true;
    const { received, printed } = await chat(['hi', '1', '1'], (msg) => {
      if (msg.text === 'hi') return [KINDS, { text: 'Tap one.' }];
      if (fail) { fail = false; throw new Error('store down'); }
      return [{ text: 'Noted.' }];
    });
    expect(received.map((m) => m.action?.id ?? m.text)).toEqual(['hi', 'individual', 'individual']);
    expect(printed).toContain('Sorry, something went wrong on my side');
  });
});
