import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectDocumentPhoto } from '../../../src/photos/inspect.ts';
import type { PhotoReport } from '../../../src/photos/types.ts';
import { shoot } from '../../fixtures/photos/scene.ts';

const W = 1600, H = 1200;
const errors = (r: PhotoReport) => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);

/** Deterministic pixel noise (a fixed-seed LCG), grey or in colour. */
function noise(colour: boolean): Promise<Buffer> {
  let s = 12345;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 24;
  const px = Buffer.alloc(W * H * 3);
  for (let i = 0; i < px.length; i += 3) { const v = next(); px[i] = v; px[i + 1] = colour ? next() : v; px[i + 2] = colour ? next() : v; }
  return sharp(px, { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

describe('a picture with no document in it', () => {
  it.each([['colour noise', () => noise(true)], ['grey noise', () => noise(false)]])('refuses %s as no document, with that alone to fix', async (_, make) => {
    const report = await inspectDocumentPhoto(await make());
    expect([report.ok, report.problems.map((p) => p.code)]).toEqual([false, ['no_document']]);
    expect(report.problems[0]!.message.en).toMatch(/cannot see a document/);
    expect(report.problems[0]!.message.zh).toMatch(/看不到证件/);
    expect(report.metrics.frame_texture).toBeGreaterThan(12);
  });

  it('refuses a blank frame as no document', async () => {
    const blank = await sharp({ create: { width: W, height: H, channels: 3, background: '#8a7560' } }).jpeg().toBuffer();
    expect(errors(await inspectDocumentPhoto(blank))).toEqual(['no_document']);
  });

  it('keeps a real card photo far from the noise line', async () => {
    const report = await inspectDocumentPhoto(await shoot());
    expect(report.ok).toBe(true);
    expect(report.metrics.frame_texture).toBeLessThan(4);
  });
});

describe('a thresholded black-and-white scan', () => {
  it('is called black-and-white, not over-exposed', async () => {
    // A scanner's 1-bit output: white paper with black text bars, every pixel 0 or 255.
    const bars = Array.from({ length: 30 }, (_, i) => `<rect x="150" y="${150 + i * 45}" width="${700 + (i % 4) * 120}" height="14" fill="#000"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="100%" height="100%" fill="#fff"/>${bars}</svg>`;
    const scan = await sharp(Buffer.from(svg)).threshold(128).png().toBuffer();
    const report = await inspectDocumentPhoto(scan, { fileName: 'scan.png' });
    expect(errors(report)).toEqual(['grayscale']);
    expect(report.problems.map((p) => p.code)).not.toContain('overexposed');
  });
});
