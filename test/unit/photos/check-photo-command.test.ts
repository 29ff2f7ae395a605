import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCheckPhoto } from '../../../src/commands/check-photo.ts';
import { blur, shoot } from '../../fixtures/photos/scene.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-check-photo-'));
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
};

describe('dvbot check-photo', () => {
  it('prints the JSON verdict and exits 0 even when the photo is rejected', async () => {
    const file = join(dir, 'blurred.jpg');
    writeFileSync(file, await shoot({ width: 1200, height: 900, cardWidth: 760 }, blur(4)));
    const { io, out } = capture();
    expect(await runCheckPhoto([file, '--doc', 'id_card', '--json'], io)).toBe(0);
    const json = JSON.parse(out[0]!);
    expect(Object.keys(json)).toEqual(['ok', 'format', 'width', 'height', 'problems', 'metrics']);
    expect(json).toMatchObject({ ok: false, format: 'jpeg', width: 1200, height: 900 });
    expect(json.problems).toEqual([{ code: 'blurry', severity: 'error', message: expect.stringMatching(/blurry/) }]);
    expect(typeof json.metrics.sharpness).toBe('number');
  });

  it('says what a renamed PDF really is, in Chinese when asked', async () => {
    const file = join(dir, 'id.jpg');
    writeFileSync(file, '%PDF-1.7\n%%EOF\n');
    const { io, out } = capture();
    expect(await runCheckPhoto([file, '--json', '--lang', 'zh'], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual({
      ok: false, format: 'pdf',
      problems: [{ code: 'unsupported_format', severity: 'error', message: expect.stringContaining('这是PDF 文档（文件名却是 .jpg）') }],
      metrics: { bytes: 15, check_ms: expect.any(Number) },
    });
  });

  it('writes the fixed JPEG with --out and prints a text verdict by default', async () => {
    const file = join(dir, 'good.png');
    writeFileSync(file, await shoot({ width: 1200, height: 900, cardWidth: 760 }, (i) => i, (i) => i.png()));
    const fixed = join(dir, 'fixed.jpg');
    const { io, out } = capture();
    expect(await runCheckPhoto([file, '--out', fixed], io)).toBe(0);
    expect(out).toEqual(['ok: png 1200×900']);
    expect(readFileSync(fixed).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it.each([
    [[], 'missing FILE'],
    [['a.jpg', '--doc', 'selfie'], '--doc must be one of'],
    [['a.jpg', '--lang', 'fr'], '--lang must be en or zh'],
    [['a.jpg', '--bogus'], 'unknown option --bogus'],
    [[join(dir, 'missing.jpg')], 'no such file'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const { io, err } = capture();
    expect(await runCheckPhoto(args, io)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it('keeps stdout pure JSON for a damaged HEIC (libheif reports it to stdout when asked through heic-decode)', async () => {
    const file = join(dir, 'damaged.heic');
    const card = readFileSync(new URL('../../fixtures/photos/card.heic', import.meta.url));
    writeFileSync(file, card.subarray(0, Math.floor(card.length * 0.6)));  // the picture data is cut off
    const bin = new URL('../../../bin/dvbot.js', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'check-photo', file, '--json'], { encoding: 'utf8' });
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ ok: false, format: 'heic', problems: [{ code: 'unreadable', severity: 'error' }] });
  }, 30_000);
});
