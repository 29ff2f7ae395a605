import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/dvbot.js', import.meta.url));

/** A `dvbot serve` child process: its URL once ready, what it printed, and how it ended. */
export type ServeProcess = {
  url: string; child: ChildProcess; output: { out: string; err: string };
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** Sends `signal` (default SIGTERM) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
};

/**
 * The environment a child `dvbot serve` gets: only what is given (no Slack or Teams settings from the caller), plus
 * PATH and the log file the test run checks for personal data.
 */
export function serveEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, DVBOT_LOG_FILE } = process.env;
  return { PATH, ...(DVBOT_LOG_FILE ? { DVBOT_LOG_FILE } : {}), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...settings };
}

type Launched = Omit<ServeProcess, 'url' | 'stop'> & { ready: Promise<string | undefined> };

function launch(settings: Record<string, string>, cwd: string): Launched {
  const child = spawn(process.execPath, [BIN, 'serve'], { cwd, env: serveEnv(settings), stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { out: '', err: '' };
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.stderr!.on('data', (chunk: Buffer) => { output.err += chunk.toString('utf8'); });
  const ready = new Promise<string | undefined>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.out += chunk.toString('utf8');
      const port = /dvbot is ready: open http:\/\/localhost:(\d+)/.exec(output.out)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    void exited.then(() => resolve(undefined));
  });
  return { child, output, exited, ready };
}

/** Starts `dvbot serve`; resolves once it prints its ready line, rejects with its output if it exits first. */
export async function startServe(settings: Record<string, string>, cwd: string): Promise<ServeProcess> {
  const { ready, ...launched } = launch(settings, cwd);
  const url = await ready;
  if (!url) throw new Error(`dvbot serve ended (${await launched.exited}) before it was ready:\n${launched.output.out}${launched.output.err}`);
  const { child, exited } = launched;
  return {
    ...launched, url,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs `dvbot serve` expecting it to stop at start-up; resolves with its exit code and what it wrote to stderr. */
export async function failedServe(settings: Record<string, string>, cwd: string): Promise<{ code: number | NodeJS.Signals | null; err: string }> {
  const { ready, child, output, exited } = launch(settings, cwd);
  if (await ready) {
    child.kill('SIGKILL');
    throw new Error('dvbot serve started, but it was expected to stop at start-up');
  }
  return { code: await exited, err: output.err };
}
