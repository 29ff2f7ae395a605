import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Bot = { child: ChildProcessWithoutNullStreams; send(line: string): Promise<{ text: string; summary?: { field: string; value: string }[] }[]> };

/** `dvbot chat --json` as a real child process on a SQLite file; each line sent resolves with that turn's JSON replies. */
function startChat(): Bot {
  const child = spawn(process.execPath, ['bin/dvbot.js', 'chat', '--json', '--session', 'restart'], {
    env: { ...process.env, DVBOT_DATA_DIR: dir, LOG_LEVEL: 'silent', REDIS_URL: '' }, stdio: 'pipe',
  });
  const lines = createInterface({ input: child.stdout });
  const pending: string[] = [];
  let waiter: (() => void) | undefined;
  lines.on('line', (line) => { pending.push(line); waiter?.(); });
  return {
    child,
    async send(line) {
      pending.length = 0;
      child.stdin.write(`${line}\n`);
      // a turn's replies arrive together; wait for the first line, then for the stream to go quiet
      await new Promise<void>((resolve) => { waiter = resolve; if (pending.length) resolve(); });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return pending.splice(0).map((l) => JSON.parse(l));
    },
  };
}

describe('restart mid-conversation', () => {
  it('a killed process continues the conversation with every answer intact', async () => {
    const first = startChat();
    await first.send('hi');
    await first.send('3');
    await first.send('example.cn');
    await first.send('1');
    await first.send('1');
    await first.send('11010519491231002X');
    const askedRegion = await first.send('张三');
    expect(askedRegion[0]!.text).toMatch(/province/);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = startChat();
    const afterRestart = await second.send('浙江');
    expect(afterRestart[0]!.text).toMatch(/city/i);
    for (const answer of ['杭州市', '浙江省杭州市西湖区文三路90号', '310012', '13812345678', 'zhang@example.com']) await second.send(answer);
    const [summary] = await second.send('1');
    const values = Object.fromEntries(summary!.summary!.map((row) => [row.field, row.value]));
    expect(values).toMatchObject({ idNumber: '11010519491231002X', name: '张三', postalCode: '310012', email: 'zhang@example.com' });
    second.child.stdin.end();
    expect(await new Promise((resolve) => second.child.once('exit', resolve))).toBe(0);
  }, 60_000);
});
