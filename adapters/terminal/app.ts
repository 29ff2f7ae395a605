import { createInterface } from 'node:readline';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { toInbound, type TerminalSession } from './normalize.ts';
import { toJsonLine, toTerminal } from './render.ts';

/** What the terminal chat needs: the runner's `handle`, the streams, and whose conversation it is. */
export type TerminalChatOptions = {
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  conversationId: string;
  json?: boolean;
  interactive?: boolean;
  /** Told about a turn that failed (the user gets an apology and keeps everything given). */
  onError?: (error: unknown) => void;
  /** Messages nobody typed for (a support agent's, a hand-back): `listen` starts printing them, its result stops. */
  pushes?: (show: (messages: OutboundMessage[]) => void) => { close(): Promise<void> };
};

/**
 * Runs the bot in a terminal: one line in, the bot's replies out, one turn at a time (so piped input is a script).
 * Resolves when the input ends.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { output, json = false, interactive = false } = options;
  const session: TerminalSession = { conversationId: options.conversationId, userId: options.conversationId, turn: 0, lastChoices: [] };
  const print = (messages: OutboundMessage[]) => {
    for (const message of messages) output.write(`${json ? toJsonLine(message) : toTerminal(message)}\n`);
  };
  // A number answers only the latest choices: a later "2" must not pick a button from several turns ago.
  const remember = (replies: OutboundMessage[]) => { session.lastChoices = replies.findLast((message) => message.choices?.length)?.choices ?? []; };
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  if (interactive && !json) output.write('dvbot: say hi to start, "help" for help, /photo PATH to send a photo, Ctrl+D to quit.\n> ');
  // Pushed messages are the bot's latest words like a turn's replies: a hand-back's question replaces older choices.
  const pushed = options.pushes?.((messages) => {
    print(messages);
    remember(messages);
    if (interactive && !json) output.write('> ');
  });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      session.turn += 1;
      try {
        const replies = await options.handle(toInbound(line, session));
        print(replies);
        remember(replies); // a failed turn changes nothing, so the choices shown before it still stand
      } catch (error) {
        options.onError?.(error);
        print([{ text: 'Sorry, something went wrong on my side; your answers are kept. Please try again. / 抱歉，系统出错，您填写的内容已保存，请重试。' }]);
      }
      if (interactive && !json) output.write('> ');
    }
  } finally {
    await pushed?.close();
  }
}
