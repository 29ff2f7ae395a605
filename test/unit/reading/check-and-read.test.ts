import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { checkAndRead } from '../../../src/documents/reading/check-and-read.ts';
import type { PhotoReport } from '../../../src/photos/types.ts';

const output = { bytes: Buffer.from('registrar jpeg'), contentType: 'image/jpeg' as const, width: 10, height: 10 };
const accepted = { ok: true, output, problems: [] } as unknown as PhotoReport;
const refused = { ok: false, problems: [] } as unknown as PhotoReport;

describe('checkAndRead', () => {
  it('starts reading a JPEG as uploaded before its check has ended', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    const order: string[] = [];
    const result = await checkAndRead(jpeg, async () => { order.push('check'); await new Promise((r) => setTimeout(r, 5)); order.push('checked'); return accepted; },
      async (bytes) => { order.push('read'); return bytes === jpeg ? 'upload' : 'output'; });
    expect(order).toEqual(['read', 'check', 'checked']);
    expect(result).toEqual({ report: accepted, reading: 'upload' });
  });

  it('reads a HEIC upload from the checked JPEG, after the check', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(16)]);
    const result = await checkAndRead(heic, async () => accepted, async (bytes) => (bytes === output.bytes ? 'output' : 'upload'));
    expect(result.reading).toBe('output');
  });

  it('answers a refused photo without its reading, and without waiting for it', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    const never = new Promise<string>(() => undefined);
    expect(await checkAndRead(jpeg, async () => refused, () => never)).toEqual({ report: refused });
  });
});
