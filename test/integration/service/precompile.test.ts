import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// tsx keeps its cache under the temporary folder: a fresh one stands for a machine that never ran the bot.
const temp = mkdtempSync(join(tmpdir(), 'dvbot-precompile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm install compiles the sources ahead (scripts/precompile.mjs, the prepare script)', () => {
  it('fills tsx’s cache with every command’s modules and exits 0', async () => {
    const { stdout } = await run(process.execPath, ['scripts/precompile.mjs'], { env: { ...process.env, TMPDIR: temp }, timeout: 60_000 });
    expect(stdout).toMatch(/TypeScript sources compiled in \d+ ms/);
    const cacheDir = readdirSync(temp).find((name) => name.startsWith('tsx-'));
    expect(cacheDir).toBeDefined();
    // The serve path alone is well over a hundred of our modules; each one compiled is a file in the cache.
    expect(readdirSync(join(temp, cacheDir!)).length).toBeGreaterThan(150);
  });

  it('does nothing, and exits 0, in an install that has no sources yet (the Dockerfile’s dependency stage)', async () => {
    const app = mkdtempSync(join(temp, 'deps-'));
    mkdirSync(join(app, 'scripts'));
    copyFileSync('scripts/precompile.mjs', join(app, 'scripts', 'precompile.mjs'));
    symlinkSync(join(process.cwd(), 'node_modules'), join(app, 'node_modules'));
    const { stdout, stderr } = await run(process.execPath, [join(app, 'scripts', 'precompile.mjs')], { env: { ...process.env, TMPDIR: temp }, timeout: 60_000 });
    expect({ stdout, stderr }).toEqual({ stdout: '', stderr: '' });
  });
});
