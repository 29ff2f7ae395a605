import { userInfo } from 'node:os';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { runChat } from '../main.ts';
import type { CommandIo } from './validate.ts';

const USAGE = 'usage: dvbot chat [--json] [--session NAME]';

/**
 * `dvbot chat [--json] [--session NAME]`: the bot in the terminal. The conversation is kept per session name
 * (default: the OS user), so stopping and starting again continues where it was.
 */
export async function runChatCommand(args: string[], io: CommandIo): Promise<number> {
  let json = false;
  let session = userInfo().username || 'local';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--session' && args[i + 1]) session = args[++i]!;
    else {
      io.err(`unknown option "${arg}"\n${USAGE}`);
      return 2;
    }
  }
  const config = loadConfig();
  await runChat(config, createLogger(config.LOG_LEVEL), { json, session });
  return 0;
}
