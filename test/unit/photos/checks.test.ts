import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectDocumentPhoto } from '../../../src/photos/inspect.ts';
import type { PhotoProblemCode, PhotoReport } from '../../../src/photos/types.ts';
import { asPhoneJpeg, blur, exposure, finger, glareSpot, motion, shoot, type Shot, type Treatment } from '../../fixtures/photos/scene.ts';

const FRAME: Shot = { width: 1200, height: 900, cardWidth: 760 };
const shot = (extra: Shot = {}) => ({ ...FRAME, ...extra });
const codes = (r: PhotoReport) => r.problems.map((p) => `${p.code}:${p.severity}`);
const errorCodes = (r: PhotoReport) => r.problems.filter((p) => p.severity === 'error').map((p) => p.code);

/** Each case: how the synthetic photo is made, and the problem it must raise. */
const BAD: Record<string, { make: () => Promise<Buffer>; expect: `${PhotoProblemCode}:${'error' | 'warning'}` }> = {
  'gaussian blur': { make: () => shoot(shot(), blur(3)), expect: 'blurry:error' },
  'motion blur': { make: () => shoot(shot(), motion(15)), expect: 'blurry:error' },
  'slight blur': { make: () => shoot(shot(), blur(1.6)), expect: 'blurry:warning' },
  'lamp reflection': { make: () => shoot(shot({ overlay: glareSpot(680, 470, 120, 80) })), expect: 'glare:error' },
  'black-and-white': { make: () => shoot(shot(), (i) => i.greyscale()), expect: 'grayscale:error' },
  'card off the frame': { make: () => shoot(shot({ centre: [0.78, 0.72] })), expect: 'cropped:error' },
  'card off the left edge': { make: () => shoot(shot({ centre: [0.15, 0.5] })), expect: 'cropped:error' },
  'finger over a corner': { make: () => shoot(shot({ overlay: finger(1200, 830, 900, 640, 70) })), expect: 'cropped:error' },
  'too dark': { make: () => shoot(shot(), exposure(0.22)), expect: 'too_dark:error' },
  'washed out': { make: () => shoot(shot(), exposure(2.2, 40)), expect: 'overexposed:error' },
  'tiny thumbnail': { make: () => shoot(shot({ width: 400, height: 300, cardWidth: 230 })), expect: 'too_small:error' },
  'photoshopped': {
    make: () => shoot(shot(), (i) => i, (i) => i.jpeg({ quality: 90 }).withExif({ IFD0: { Software: 'Adobe Photoshop 21.0 (Macintosh)' } })),
    expect: 'edited:error',
  },
  'capture tool': {
    make: () => shoot(shot(), (i) => i, (i) => i.png().withExif({ IFD0: { Software: 'Snipaste' } })),
    expect: 'screenshot:error',
  },
};

describe('document-photo checks on synthetic camera shots', () => {
  const reports: Record<string, PhotoReport> = {};
  let good: PhotoReport;
  const goodVariants: Record<string, PhotoReport> = {};

  beforeAll(async () => {
    good = await inspectDocumentPhoto(await shoot(shot()), { doc: 'id_card', fileName: 'IMG_0001.JPG' });
    const variants: Record<string, [Shot, Treatment?]> = {
      'small and tilted': [shot({ cardWidth: 560, angle: -8, centre: [0.42, 0.55] })],
      'large, filling the frame': [shot({ cardWidth: 1000, angle: 2 })],
      'light card on a light desk': [shot({ desk: '#d8d2c8' })],
      'slightly dim room': [shot(), exposure(0.6)],
    };
    for (const [name, [s, t]] of Object.entries(variants)) goodVariants[name] = await inspectDocumentPhoto(await shoot(s, t), { doc: 'id_card' });
    for (const [name, c] of Object.entries(BAD)) reports[name] = await inspectDocumentPhoto(await c.make(), { doc: 'id_card' });
  });

  it('accepts a sharp, complete, colour photo with no problem at all and returns a JPEG', () => {
    expect(codes(good)).toEqual([]);
    expect(good.ok).toBe(true);
    expect(good.format).toBe('jpeg');
    expect([good.width, good.height]).toEqual([1200, 900]);
    expect(good.output?.contentType).toBe('image/jpeg');
    expect(good.metrics.doc_corners).toBe(4);
  });

  it.each(['small and tilted', 'large, filling the frame', 'light card on a light desk', 'slightly dim room'])('accepts a good variant: %s', (name) => {
    expect(errorCodes(goodVariants[name]!)).toEqual([]);
    expect(goodVariants[name]!.ok).toBe(true);
  });

  it.each(Object.keys(BAD))('flags %s', (name) => {
    const report = reports[name]!;
    expect(codes(report)).toContain(BAD[name]!.expect);
    expect(report.ok).toBe(!BAD[name]!.expect.endsWith(':error'));
    if (!report.ok) expect(report.output).toBeUndefined();
  });

  it('says what to do, in both languages', () => {
    const glare = reports['lamp reflection']!.problems.find((p) => p.code === 'glare')!;
    expect(glare.message.en).toMatch(/turn off the lamp|tilt the card/i);
    expect(glare.message.zh).toMatch(/反光/);
    const cropped = reports['card off the frame']!.problems.find((p) => p.code === 'cropped')!;
    expect(cropped.message.en).toMatch(/all four corners/);
    expect(reports.photoshopped!.problems.find((p) => p.code === 'edited')!.message.en).toContain('Adobe Photoshop 21.0');
  });

  it('measures colour inside the document: a black-and-white copy on a colourful desk is still called grey', async () => {
    const card = await sharp(await shoot(shot(), (i) => i.greyscale(), (i) => i.png())).raw().toBuffer({ resolveWithObject: true });
    // Put a grey card photo on an orange desk: the frame is colourful, the document is not.
    const desk = await shoot(shot({ desk: '#c8641e' }), (i) => i, (i) => i.png());
    const onDesk = await sharp(desk).composite([{ input: await sharp(card.data, { raw: card.info }).extract({ left: 230, top: 190, width: 740, height: 520 }).png().toBuffer(), left: 230, top: 190 }]).jpeg().toBuffer();
    const report = await inspectDocumentPhoto(onDesk, {});
    expect(report.problems.map((p) => p.code)).toContain('grayscale');
  });
});

describe('screenshots', () => {
  it('treats a screen-sized PNG without camera data as a screenshot, decisively for certificates', async () => {
    const screen = await shoot({ width: 1170, height: 2532, cardWidth: 1000, angle: 0, desk: '#f4f4f4' }, (i) => i, (i) => i.png());
    const certificate = await inspectDocumentPhoto(screen, { doc: 'certificate' });
    expect(certificate.problems.find((p) => p.code === 'screenshot')?.severity).toBe('error');
    const idCard = await inspectDocumentPhoto(screen, { doc: 'id_card' });
    expect(idCard.problems.find((p) => p.code === 'screenshot')?.severity).toBe('warning');
  });

  it('never calls a photo a screenshot only because EXIF was stripped (chat apps do that)', async () => {
    const stripped = await shoot(shot(), (i) => i, (i) => i.jpeg({ quality: 88 }));
    const report = await inspectDocumentPhoto(stripped, { doc: 'certificate' });
    expect(report.problems.map((p) => p.code)).not.toContain('screenshot');
    expect(report.ok).toBe(true);
  });

  it('does not flag a camera JPEG with camera EXIF', async () => {
    const report = await inspectDocumentPhoto(await shoot(shot(), (i) => i, asPhoneJpeg), { doc: 'certificate' });
    expect(report.problems.map((p) => p.code)).toEqual([]);
  });
});
