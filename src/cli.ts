import { AppError } from './errors.ts';
import type { CommandIo } from './commands/validate.ts';

type Command = (args: string[], io: CommandIo) => Promise<number>;

/** The verbs of `dvbot`; each module is loaded only when its verb is used, so `validate` starts fast. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  serve: async () => (await import('./commands/serve.ts')).runServe,
  chat: async () => (await import('./commands/chat.ts')).runChatCommand,
  validate: async () => (await import('./commands/validate.ts')).runValidate,
  'check-photo': async () => (await import('./commands/check-photo.ts')).runCheckPhoto,
  'read-document': async () => (await import('./commands/read-document.ts')).runReadDocument,
  ask: async () => (await import('./commands/ask.ts')).runAsk,
  status: async () => (await import('./commands/status.ts')).runStatus,
  agents: async () => (await import('./commands/agents.ts')).runAgents,
};

const USAGE = `usage: dvbot <${Object.keys(COMMANDS).join('|')}> [options]

  serve                         web chat on http://localhost:3978 (and Slack/Teams when configured)
  chat [--json]                 the bot in this terminal; /photo PATH sends a photo
  validate FIELD VALUE [--json] check one profile field
  check-photo FILE [--doc KIND] [--name NAME] [--id-number N] [--json]
  read-document FILE [--doc KIND] [--json]
  ask "QUESTION" [--lang en|zh] [--json]
  status DOMAIN [--json]
  agents add NAME | list | remove NAME [--json]   support agents of the desk (add prints a sign-in token once)`;

/** Runs `dvbot` with the given arguments and returns the exit code: 0 done, 2 bad usage, 1 failure. */
export async function main(argv: string[]): Promise<number> {
  const io: CommandIo = { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };
  const [verb, ...args] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(USAGE);
    return verb ? 0 : 2;
  }
  const load = COMMANDS[verb];
  if (!load) {
    io.err(`unknown command "${verb}"\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    io.err(error instanceof AppError && error.code === 'config_invalid' ? error.message : `dvbot ${verb} failed: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
