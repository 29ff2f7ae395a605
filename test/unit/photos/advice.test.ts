import { describe, expect, it } from 'vitest';
import type { DocumentRegion } from '../../../src/photos/document-region.ts';
import type { BorderFacts } from '../../../src/photos/frame-border.ts';
import type { RegionStats } from '../../../src/photos/measure.ts';
import { judgeQuality, type QualityFindings } from '../../../src/photos/quality-rules.ts';
import type { PhotoProblem } from '../../../src/photos/types.ts';

// What the user is told for each picture problem: one thing to do, in English and in Chinese, the most fundamental
// problem first. Findings are written out by hand so every branch of the rules is reached, the cut-off ones included.

const REGION: DocumentRegion = {
  box: { x0: 60, y0: 50, x1: 440, y1: 320 }, areaFraction: 0.5, touchesEdge: false, corners: 4, hullToQuad: 1.02, handOnDocument: false,
  cluttered: false, sides: 0, touchesOnlyThroughSkin: false, cornerCovered: false, touching: [], openShare: 0,
};
const DOC: RegionStats = {
  lapVar: 2000, directionalSharpness: 600, colourfulness: 25, greyShare: 0.05, saturatedShare: 0.05, clippedShare: 0, clippedBlobShare: 0,
  meanLuma: 160, paperLuma: 200, inkLuma: 60, lumaVariance: 3000,
};
const BORDER: BorderFacts = { paperRun: 0, foreignRun: 0, contrast: 220, paperRunBySide: { top: 0, bottom: 0, left: 0, right: 0 }, cutPrint: { top: 0, bottom: 0, left: 0, right: 0 } };
const GOOD: QualityFindings = {
  region: REGION, border: BORDER, doc: DOC, centreSharpness: 600, frameGreyShare: 0.05, frameTexture: 0.3, frameLumaVariance: 3000,
  docLongSidePx: 1800, imageShortSidePx: 3024, imageLongSidePx: 4032,
};
const judge = (change: { region?: Partial<DocumentRegion>; border?: Partial<BorderFacts>; doc?: Partial<RegionStats> } & Partial<Omit<QualityFindings, 'region' | 'border' | 'doc'>>) =>
  judgeQuality({ ...GOOD, ...change, region: { ...REGION, ...change.region }, border: { ...BORDER, ...change.border }, doc: { ...DOC, ...change.doc } });
const cropped = (problems: PhotoProblem[]) => problems.find((p) => p.code === 'cropped');

/** One finding per branch of the rules. */
const CASES: Record<string, Parameters<typeof judge>[0]> = {
  'page running off the frame': { region: { touchesEdge: true, sides: 1, touching: ['right'] }, border: { paperRun: 0.3, foreignRun: 0.3, paperRunBySide: { top: 0, bottom: 0, left: 0, right: 0.3 } } },
  'page running off two sides': { region: { touchesEdge: true, sides: 2, touching: ['top', 'left'] }, border: { paperRun: 0.3, foreignRun: 0.3, paperRunBySide: { top: 0.3, bottom: 0, left: 0.2, right: 0 } } },
  'page filling the frame': { region: { openShare: 0.5, corners: 7 }, border: { contrast: 20, paperRun: 0.8, foreignRun: 0.6 } },
  'text cut by the frame edge': { region: { touchesEdge: true, cluttered: true, sides: 3, touching: ['left'] }, border: { contrast: 45, cutPrint: { top: 0, bottom: 0, left: 4, right: 0 } } },
  'cut off and small': { region: { touchesEdge: true, sides: 1, touching: ['bottom'] }, border: { contrast: 30 }, docLongSidePx: 500 },
  'thumbnail cut off': { region: { touchesEdge: true, sides: 1, touching: ['bottom'] }, border: { contrast: 30 }, imageShortSidePx: 300, imageLongSidePx: 400, docLongSidePx: 300 },
  'page just inside the frame on a dark desk': { region: { touchesEdge: true, sides: 1 }, border: { foreignRun: 0.01 } },
  'page on a patterned cloth, its paper along the edge': { region: { touchesEdge: true, cluttered: true, sides: 4 }, border: { paperRun: 0.2, foreignRun: 0.4 } },
  'page on a patterned cloth': { region: { touchesEdge: true, cluttered: true, sides: 4 }, border: { paperRun: 0.08, foreignRun: 0.3, contrast: 110 } },
  'finger over a corner': { region: { cornerCovered: true, corners: 6 } },
  'held by a hand': { region: { touchesEdge: true, touchesOnlyThroughSkin: true } },
  'no outline': { region: { box: undefined, corners: 0 } },
  'a corner hard to see': { region: { corners: 5 } },
  'dark': { doc: { meanLuma: 40 } },
  'washed out': { doc: { meanLuma: 250, clippedShare: 0.9 } },
  'bright paper': { doc: { clippedShare: 0.5 } },
  'blurry': { doc: { directionalSharpness: 10 }, centreSharpness: 10 },
  'soft': { doc: { directionalSharpness: 80 }, centreSharpness: 80 },
  'glare': { doc: { clippedBlobShare: 0.03, clippedShare: 0.03 } },
  'small glare': { doc: { clippedBlobShare: 0.005, clippedShare: 0.005, paperLuma: 250 } },
  'photocopy': { doc: { colourfulness: 2, saturatedShare: 0 } },
  'black and white': { frameGreyShare: 0.99 },
  'thumbnail': { imageShortSidePx: 300, imageLongSidePx: 400, docLongSidePx: 300 },
  'small in the frame': { docLongSidePx: 600 },
  'noise': { frameTexture: 15 },
};

describe('what the user is told about a photo', () => {
  it('says nothing about a good photo', () => {
    expect(judge({})).toEqual([]);
  });

  it.each(Object.keys(CASES))('%s: every problem is one instruction, in English and in Chinese', (name) => {
    const problems = judge(CASES[name]!);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.message.en).toMatch(/^[^\u4e00-\u9fff]+$/);
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      // One thing to do: an instruction in the imperative (send, take, move, lay, tilt, hold, turn, make sure, photograph).
      expect(p.message.en).toMatch(/\b(send|take|move|lay|tilt|hold|turn|make sure|photograph)\b/i);
      expect(p.message.zh).toMatch(/请/);
    }
  });

  it('refuses a page running off the frame and one whose paper meets the edge of a patterned cloth', () => {
    expect(cropped(judge(CASES['page running off the frame']!))?.severity).toBe('error');
    expect(cropped(judge(CASES['page on a patterned cloth, its paper along the edge']!))?.severity).toBe('error');
  });

  it('names the side that runs off the frame when it is known, in English and in Chinese', () => {
    expect(cropped(judge(CASES['page running off the frame']!))?.message).toEqual({
      en: 'The right edge of the document is outside the photo. Step back a little so all four corners show with a little background around them, and take it again.',
      zh: '证件的右边超出了照片。请稍微后退，让四个角完整可见并留出一点背景后重新拍摄。',
    });
    expect(cropped(judge(CASES['page running off two sides']!))?.message.en).toMatch(/^The top and left edges of the document are outside the photo\./);
    expect(cropped(judge(CASES['text cut by the frame edge']!))).toMatchObject({ severity: 'error', message: { en: expect.stringMatching(/^The left edge/), zh: expect.stringMatching(/^证件的左边/) } });
    // A finger over a corner is not a side: the general message, which names the finger.
    expect(cropped(judge(CASES['finger over a corner']!))?.message.en).toMatch(/covered \(for example by a finger\)/);
  });

  it('refuses print on paper that fills the frame, whose outline no edge closes, only when the surface looks like the paper', () => {
    expect(cropped(judge(CASES['page filling the frame']!))).toMatchObject({ severity: 'error', message: { en: expect.stringMatching(/fills the whole photo/) } });
    expect(cropped(judge({ region: { openShare: 0.5, corners: 7 }, border: { contrast: 220 } }))?.severity).toBe('warning');
    expect(cropped(judge({ region: { openShare: 0.1, corners: 7 }, border: { contrast: 20 } }))?.severity).toBe('warning');
  });

  it('refuses text cut by the frame edge only where the outline cannot show the document inside the frame', () => {
    const cutPrint = { top: 0, bottom: 0, left: 4, right: 0 };
    expect(cropped(judge({ border: { cutPrint } }))).toBeUndefined();
    expect(cropped(judge({ region: { box: undefined, corners: 0 }, border: { cutPrint } }))?.severity).toBe('error');
    expect(cropped(judge({ region: { touchesEdge: true, cluttered: true, sides: 3 }, border: { cutPrint: { ...cutPrint, left: 2 }, contrast: 45 } }))?.severity).toBe('warning');
  });

  it.each(Object.keys(CASES))('%s: never says both "move closer" and "step back"', (name) => {
    const said = judge(CASES[name]!).map((p) => p.message);
    const closer = said.some((m) => /move closer/i.test(m.en) || /靠近/.test(m.zh));
    const back = said.some((m) => /step back|move back/i.test(m.en) || /后退/.test(m.zh));
    expect(closer && back).toBe(false);
  });

  it('tells a cut-off photo to step back and a thumbnail of one to send the original, not to come closer', () => {
    expect(judge(CASES['cut off and small']!).map((p) => `${p.code}:${p.severity}`)).toEqual(['cropped:error']);
    const thumbnail = judge(CASES['thumbnail cut off']!);
    expect(thumbnail.map((p) => `${p.code}:${p.severity}`)).toEqual(['too_small:error', 'cropped:error']);
    expect(thumbnail[0]!.message.en).toMatch(/send the original full-size photo/);
  });

  it('only advises when the outline meets the frame but nothing but the surface lies along it, or the cloth hides the edge', () => {
    const inside = cropped(judge(CASES['page just inside the frame on a dark desk']!));
    expect(inside?.severity).toBe('warning');
    expect(inside?.message.en).toMatch(/make sure all four corners are in the picture/);
    expect(cropped(judge(CASES['page on a patterned cloth']!))?.severity).toBe('warning');
  });

  it('still refuses an outline meeting the frame when the surface cannot be told from the paper', () => {
    expect(cropped(judge({ region: { touchesEdge: true, sides: 1 }, border: { foreignRun: 0.01, contrast: 30 } }))?.severity).toBe('error');
  });

  it('puts the most fundamental problem first: exposure, then size, then the corners, then sharpness', () => {
    const problems = judge({ doc: { meanLuma: 40 }, imageShortSidePx: 300, imageLongSidePx: 400, docLongSidePx: 300, region: { touchesEdge: true, sides: 1 }, border: { paperRun: 0.3, foreignRun: 0.3 } });
    expect(problems.map((p) => p.code)).toEqual(['too_dark', 'too_small', 'cropped']);
    const sharpLast = judge({ imageShortSidePx: 300, imageLongSidePx: 400, docLongSidePx: 300, doc: { directionalSharpness: 10 }, centreSharpness: 10 });
    expect(sharpLast.map((p) => p.code)).toEqual(['too_small', 'blurry']);
  });
});
