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
};

/**
 * Runs the bot in a terminal: one line in, the bot's replies out, one turn at a time (so piped input is a script).
 * Resolves when the input ends.
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { output, json = false, interactive = false } = options;
  const session: TerminalSession = { conversationId: options.conversationId, userId: options.conversationId, turn: 0, lastChoices: [] };
  const print = (messages: OutboundMessage[]) => {
    for (const message of messages) {
      output.write(`${json ? toJsonLine(message) : toTerminal(message)}\n`);
      if (message.choices?.length) session.lastChoices = message.choices;
    }
  };
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  if (interactive && !json) output.write('dvbot: say hi to start, "help" for help, /photo PATH to send a photo, Ctrl+D to quit.\n> ');
  for await (const line of lines) {
    if (!line.trim()) continue;
    session.turn += 1;
    try {
      print(await options.handle(toInbound(line, session)));
    } catch (error) {
      options.onError?.(error);
      print([{ text: 'Sorry, something went wrong on my side; your answers are kept. Please try again. / 抱歉，系统出错，您填写的内容已保存，请重试。' }]);
    }
    if (interactive && !json) output.write('> ');
  }
}
