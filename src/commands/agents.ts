import { AppError } from '../errors.ts';
import type { Store } from '../store/types.ts';
import { createAgents } from '../handoff/agents.ts';
import type { CommandIo } from './validate.ts';

const USAGE = 'usage: dvbot agents add NAME [--json] | agents list [--json] | agents remove NAME [--json]';

/** Opens the bot's own store (from the environment), runs `use`, closes it. */
async function withStore<T>(use: (store: Store) => Promise<T>): Promise<T> {
  const [{ loadConfig }, { createLogger }, { createStore }] = await Promise.all([import('../config.ts'), import('../logger.ts'), import('../store/index.ts')]);
  const config = loadConfig();
  const store = await createStore(config, createLogger(config.LOG_LEVEL));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * `dvbot agents add NAME` prints the new agent's sign-in token once (`{"name","token"}` with --json); `list`, `remove`.
 * @example await runAgents(['add', 'Li Na', '--json'], io) // prints {"name":"Li Na","token":"dva_…"}
 */
export async function runAgents(args: string[], io: CommandIo, open: typeof withStore = withStore): Promise<number> {
  const json = args.includes('--json');
  const [action, ...rest] = args.filter((a) => a !== '--json');
  const name = rest.join(' ').trim();
  if (!['add', 'list', 'remove'].includes(action ?? '') || (action !== 'list' && !name) || (action === 'list' && name)) {
    io.err(USAGE);
    return 2;
  }
  try {
    return await open(async (store) => {
      const agents = createAgents(store);
      if (action === 'add') {
        const added = await agents.add(name);
        io.out(json ? JSON.stringify(added) : `Agent ${added.name} added. Sign-in token (shown once, keep it secret):\n${added.token}`);
      } else if (action === 'list') {
        const list = await agents.list();
        io.out(json ? JSON.stringify({ agents: list }) : list.map((a) => `${a.name}\t${a.createdAt}`).join('\n') || 'No agents yet.');
      } else {
        const removed = await agents.remove(name);
        io.out(json ? JSON.stringify({ name, removed }) : removed ? `Agent ${name} removed.` : `No agent named ${name}.`);
        if (!removed) return 1;
      }
      return 0;
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'usage') throw error;
    io.err(error.message);
    return 2;
  }
}
