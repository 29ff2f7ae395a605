import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TERMINAL_MAX_FILE_BYTES, toInbound } from '../../../adapters/terminal/normalize.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-terminal-photo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const session = { conversationId: 'terminal:t', userId: 'me', turn: 1, lastChoices: [] };
const read = (path: string) => toInbound(`/photo ${path}`, session).attachments![0]!.read();

describe('terminal /photo reads only regular files, and at most the cap', () => {
  it('reads a regular file', async () => {
    const path = join(dir, 'small.jpg');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
    expect(await read(path)).toEqual(Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
  });

  it('refuses a device that reports size 0 and never ends, without reading it', async () => {
    await expect(read('/dev/zero')).rejects.toMatchObject({ code: 'attachment_refused' });
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(read(fifo)).rejects.toMatchObject({ code: 'attachment_refused' });
  });

  it('refuses a file over the cap as too large', async () => {
    const path = join(dir, 'big.jpg');
    writeFileSync(path, '');
    truncateSync(path, TERMINAL_MAX_FILE_BYTES + 1); // sparse: no real disk use
    await expect(read(path)).rejects.toMatchObject({ code: 'attachment_too_large' });
  });
});
