import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serveEnv } from '../../support/serve-process.ts';

const BIN = fileURLToPath(new URL('../../../bin/dvbot.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dvbot-serve-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the URL from the ready line, or rejects with what the process said if it exits first. */
function waitForReady(proc: ChildProcess, output: { out: string; err: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (chunk: Buffer) => {
      output.out += chunk.toString('utf8');
      const ready = /dvbot is ready: open (http:\/\/\S+)/.exec(output.out);
      if (ready) resolve(ready[1]!);
    });
    proc.stderr!.on('data', (chunk: Buffer) => { output.err += chunk.toString('utf8'); });
    proc.once('exit', (code) => reject(new Error(`dvbot serve exited with ${code} before it was ready:\n${output.out}${output.err}`)));
  });
}

describe('dvbot serve as a child process', () => {
  it('becomes ready on a free port, serves the page and /healthz, and exits 0 on SIGTERM', async () => {
    // A clean environment (no Slack/Teams settings from the caller, but the run's log file) and a cwd without a .env file.
    const env = serveEnv({ HOME: dir, DVBOT_DATA_DIR: join(dir, 'data') });
    const output = { out: '', err: '' };
    const started = performance.now();
    child = spawn(process.execPath, [BIN, 'serve'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await waitForReady(child, output);
    console.log(`dvbot serve: spawn → ready in ${Math.round(performance.now() - started)} ms`);

    expect(url).toMatch(/^http:\/\/localhost:[1-9]\d*$/);
    expect(output.out).toBe(`dvbot is ready: open ${url} (Ctrl+C to stop)\n`);
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    const page = await fetch(`${url}/`);
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await page.text()).toContain('<script type="module" src="/chat.js"></script>');

    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child!.once('exit', (code, signal) => resolve([code, signal])));
    child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(output.err).toBe('');
  });
});
