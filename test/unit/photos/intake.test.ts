import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { encode as encodeBmp } from 'bmp-ts';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectDocumentPhoto } from '../../../src/photos/inspect.ts';
import { sniffFormat } from '../../../src/photos/sniff.ts';
import { ALIBABA_API_LIMITS } from '../../../src/photos/types.ts';
import { shoot, shootRaw } from '../../fixtures/photos/scene.ts';

const HEIC = readFileSync(new URL('../../fixtures/photos/card.heic', import.meta.url));
const SCENE = { width: 1200, height: 900, cardWidth: 760 };
const summary = (r: Awaited<ReturnType<typeof inspectDocumentPhoto>>) => ({ ok: r.ok, format: r.format, problems: r.problems.map((p) => `${p.code}:${p.severity}`) });

let jpeg: Buffer;
let bmp: Buffer;
beforeAll(async () => {
  jpeg = await shoot(SCENE);
  const raw = await shootRaw(SCENE);
  const rgba = await sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } }).ensureAlpha().raw().toBuffer();
  // bmp-ts reads its input as ABGR.
  const abgr = Buffer.alloc(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) { abgr[i] = 255; abgr[i + 1] = rgba[i + 2]!; abgr[i + 2] = rgba[i + 1]!; abgr[i + 3] = rgba[i]!; }
  bmp = encodeBmp({ data: abgr, width: raw.width, height: raw.height, bitPP: 24 }).data;
});

describe('accepted formats, detected by content and converted to JPEG', () => {
  it('decodes an iPhone-style HEIC (HEVC) that sharp alone cannot, and converts it', async () => {
    const r = await inspectDocumentPhoto(HEIC, { fileName: 'IMG_4821.HEIC' });
    expect(summary(r)).toEqual({ ok: true, format: 'heic', problems: [] });
    expect([r.width, r.height]).toEqual([1200, 900]);
    expect((await sharp(r.output!.bytes).metadata()).format).toBe('jpeg');
  });

  it('decodes a BMP that sharp alone cannot', async () => {
    const r = await inspectDocumentPhoto(bmp, { fileName: 'scan.bmp' });
    expect(summary(r)).toEqual({ ok: true, format: 'bmp', problems: [] });
    expect((await sharp(r.output!.bytes).metadata()).format).toBe('jpeg');
  });

  it.each([
    ['png', (i: sharp.Sharp) => i.png()],
    ['webp', (i: sharp.Sharp) => i.webp({ quality: 90 })],
  ])('converts %s to JPEG', async (format, encode) => {
    const bytes = await encode(sharp(jpeg)).toBuffer();
    const r = await inspectDocumentPhoto(bytes, { fileName: `photo.${format}` });
    expect(summary(r)).toEqual({ ok: true, format, problems: [] });
    expect(r.output?.contentType).toBe('image/jpeg');
  });

  it('reports a renamed file and still converts it properly (the seed: do not just change the extension)', async () => {
    const r = await inspectDocumentPhoto(HEIC, { fileName: 'photo.jpg' });
    expect(summary(r)).toEqual({ ok: true, format: 'heic', problems: ['extension_mismatch:fixed'] });
    expect(r.problems[0]!.message.en).toContain('named .jpg but is really a HEIC image');
  });

  it('applies the EXIF orientation (a portrait phone photo stored sideways)', async () => {
    const sideways = await sharp(jpeg).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const r = await inspectDocumentPhoto(sideways, {});
    expect([r.width, r.height]).toEqual([900, 1200]);
    expect([r.output?.width, r.output?.height]).toEqual([900, 1200]);
    expect((await sharp(r.output!.bytes).metadata()).orientation).toBeUndefined();
  });

  it('strips EXIF (GPS, camera owner) without re-encoding a JPEG that already fits', async () => {
    const tagged = await sharp(jpeg).jpeg({ quality: 90 }).withExif({ IFD0: { Make: 'Apple', Model: 'iPhone 13', Artist: 'Zhang San' } }).toBuffer();
    const r = await inspectDocumentPhoto(tagged, {});
    expect(r.metrics.output_quality).toBe(0);
    expect((await sharp(r.output!.bytes).metadata()).exif).toBeUndefined();
    const [a, b] = await Promise.all([tagged, r.output!.bytes].map((x) => sharp(x).raw().toBuffer()));
    expect(a!.equals(b!)).toBe(true);
  });

  it('re-encodes to fit the registrar limits: Alibaba API 55 KB – 1 MB', async () => {
    const big = await sharp(jpeg).resize(3000).jpeg({ quality: 100 }).toBuffer();
    expect(big.length).toBeGreaterThan(ALIBABA_API_LIMITS.maxBytes);
    const r = await inspectDocumentPhoto(big, { limits: ALIBABA_API_LIMITS });
    expect(summary(r)).toEqual({ ok: true, format: 'jpeg', problems: ['too_large:fixed'] });
    expect(r.output!.bytes.length).toBeLessThanOrEqual(ALIBABA_API_LIMITS.maxBytes);
    expect(r.output!.bytes.length).toBeGreaterThanOrEqual(ALIBABA_API_LIMITS.minBytes);
  });
});

describe('everything else gets a clear answer and never crashes', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string | undefined, string, RegExp][] = [
    ['a PDF', () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'), 'licence.pdf', 'pdf', /This is a PDF document/],
    ['a GIF', () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).gif().toBuffer(), 'id.gif', 'gif', /This is a GIF image/],
    ['a TIFF', () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } }).tiff().toBuffer(), 'scan.tif', 'tiff', /TIFF image/],
    ['a text file named .jpg', () => Buffer.from('hello, this is my ID card\n'), 'id.jpg', 'text', /This is a text file named \.jpg/],
    ['random bytes', () => randomBytes(4096), 'x.jpg', 'unknown', /not a supported image/],
  ];
  it.each(cases)('%s', async (_name, make, fileName, format, message) => {
    const r = await inspectDocumentPhoto(await make(), { fileName });
    expect(r.format).toBe(format);
    expect(r.problems.map((p) => `${p.code}:${p.severity}`)).toEqual(['unsupported_format:error']);
    expect(r.problems[0]!.message.en).toMatch(message);
    expect(r.ok).toBe(false);
  });

  it('zero bytes', async () => {
    const r = await inspectDocumentPhoto(Buffer.alloc(0), { fileName: 'photo.jpg' });
    expect(summary(r)).toEqual({ ok: false, format: 'empty', problems: ['unreadable:error'] });
  });

  it.each([
    ['a truncated JPEG', () => jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'jpeg'],
    ['a truncated HEIC', () => HEIC.subarray(0, Math.floor(HEIC.length * 0.5)), 'heic'],
    ['a truncated BMP', () => bmp.subarray(0, 5000), 'bmp'],
    ['a JPEG header only', () => jpeg.subarray(0, 600), 'jpeg'],
  ])('%s is unreadable', async (_name, make, format) => {
    const r = await inspectDocumentPhoto(make(), {});
    expect(summary(r)).toEqual({ ok: false, format, problems: ['unreadable:error'] });
    expect(r.problems[0]!.message.en).toMatch(/damaged or incomplete/);
  });

  it('a pixel bomb (a tiny file declaring 60000 × 60000 pixels) is refused before decoding', async () => {
    const small = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const sof = small.indexOf(Buffer.from([0xff, 0xc0]));
    small.writeUInt16BE(60000, sof + 5);
    small.writeUInt16BE(60000, sof + 7);
    const r = await inspectDocumentPhoto(small, {});
    expect(summary(r)).toEqual({ ok: false, format: 'jpeg', problems: ['too_large:error'] });
    expect(r.problems[0]!.message.en).toContain('60000 × 60000');
  });

  it('a pixel-bomb BMP header is refused before decoding', async () => {
    const header = Buffer.from(bmp.subarray(0, 200));
    header.writeInt32LE(50000, 18);
    header.writeInt32LE(50000, 22);
    const r = await inspectDocumentPhoto(header, {});
    expect(summary(r)).toEqual({ ok: false, format: 'bmp', problems: ['too_large:error'] });
  });

  it('an abort signal stops the work', async () => {
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    await expect(inspectDocumentPhoto(jpeg, { signal: controller.signal })).rejects.toThrow('user left');
  });
});

describe('format sniffing', () => {
  it.each([
    ['HEIC', HEIC, 'heic'],
    ['AVIF', Buffer.from('0000001c66747970617669660000000061766966', 'hex'), 'avif'],
    ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'svg'],
  ])('%s', async (_name, bytes, format) => {
    expect(await sniffFormat(bytes)).toBe(format);
  });
});

describe('HEIC decoding', () => {
  it('reads the 4:2:0 planes to the same pixels as heic-decode’s RGBA path (within rounding)', async () => {
    const { decodeHeicRgb } = await import('../../../src/photos/heic.ts');
    const { default: decodeHeic } = await import('heic-decode');
    const [ours, reference] = await Promise.all([decodeHeicRgb(HEIC), decodeHeic({ buffer: HEIC })]);
    expect([ours.width, ours.height]).toEqual([reference.width, reference.height]);
    let worst = 0;
    for (let i = 0, j = 0; i < ours.data.length; i += 3, j += 4) {
      for (let k = 0; k < 3; k++) worst = Math.max(worst, Math.abs(ours.data[i + k]! - reference.data[j + k]!));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });
});
