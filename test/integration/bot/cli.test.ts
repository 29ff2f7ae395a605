import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = async (args: string[], env: Record<string, string> = {}) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/dvbot.js', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('the dvbot command', () => {
  it('validates a field as JSON and exits 0 even when the value is invalid', async () => {
    expect(await run(['validate', 'resident-id', '11010519491231002X', '--json'])).toMatchObject({ code: 0, stdout: '{"valid":true,"normalized":"11010519491231002X"}\n' });
    const invalid = await run(['validate', 'postal-code', '12', '--json']);
    expect(invalid.code).toBe(0);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ valid: false, error: { code: expect.any(String) } });
  });

  it('exits 2 with the usage on an unknown verb or no verb', async () => {
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: dvbot') });
    expect((await run([])).code).toBe(2);
  });

  it('stops start-up with a message naming a bad setting, exit 1', async () => {
    const result = await run(['serve'], { DVBOT_DATA_KEY: 'not-hex', PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DVBOT_DATA_KEY');
  });
});
