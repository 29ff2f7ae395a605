import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { startServer } from '../main.ts';
import type { CommandIo } from './validate.ts';

/** `dvbot serve` (= `npm start`): serves until SIGINT/SIGTERM, then closes connections and the store cleanly. */
export async function runServe(args: string[], io: CommandIo): Promise<number> {
  if (args.length) {
    io.err('usage: dvbot serve   (settings come from the environment and .env; see .env.example)');
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const server = await startServer(config, logger);
  const shown = server.url.replace('://127.0.0.1', '://localhost');
  io.out(`dvbot is ready: open ${shown} (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().finally(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
