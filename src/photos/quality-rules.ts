import type { Localized } from '../i18n/localized.ts';
import type { DocumentRegion, FrameSide } from './document-region.ts';
import type { BorderFacts } from './frame-border.ts';
import type { RegionStats } from './measure.ts';
import type { PhotoProblem, PhotoProblemCode } from './types.ts';

/** Everything the picture-quality rules look at. */
export type QualityFindings = {
  region: DocumentRegion;
  /** Colours along the frame edge: whether the document's paper reaches it. */
  border: BorderFacts;
  /** Measured inside the document (or the centre of the frame when no outline was found). */
  doc: RegionStats;
  /** Sharpness of the frame's centre: a second opinion when the outline found is only part of the document (a white card on a white desk). */
  centreSharpness: number;
  /** Share of exactly grey pixels over the whole frame. */
  frameGreyShare: number;
  /** Laplacian variance over luma variance of the whole frame: about 20 for pixel noise, a few units for a scene. */
  frameTexture: number;
  /** Luma variance of the whole frame: near 0 for a blank picture. */
  frameLumaVariance: number;
  /** The document's long side in the original image's pixels. */
  docLongSidePx: number;
  /** The original image's short and long sides in pixels. */
  imageShortSidePx: number;
  imageLongSidePx: number;
};

/**
 * Thresholds, calibrated on synthetic card photos at the 1000 px analysis size (see test/unit/photos): sharp cards
 * measure ≥ 500 directional sharpness, Gaussian σ 1.25 (at analysis size) about 60, motion blur over 1 % of the width
 * under 20; a lamp reflection clips about 4 % of the card in one blob, a clean card nothing. Checked against the
 * varied population of bench/photo-audit.ts: good photos reach a mean luma of about 237 and white paper under a bright
 * light clips up to about 63 % of the document; washed-out documents clip 83 % or more, or average above 242. The
 * print's level (a percentile of luma) is not used: on a sparse page it is the paper's, one pixel level from the line.
 * Along the frame border (real photos, scripts/photo-calibration): the surface tells from the paper when they differ by
 * 140 or more (a check tablecloth's mixed border measures 104–115, dark and wooden desks 164–375); a page lying inside
 * the frame leaves at most 1.7 % of a side unlike the surface, a finger over a corner 9 %, cut-off pages 17 % and more;
 * a cut-off page's paper covers 4–60 % of a side, a check tablecloth's white squares 5–12 % (which is why paper along
 * the edge decides only where the outline already cannot). On a patterned surface a cut-off page leaves 50 % or more of
 * a side unlike the surface, a check cloth one square (6–14 %).
 * An outline inside the frame is open (print on paper that fills the frame) when the frame border reaches 20 % or more
 * of the blank inside it: a logo on a box side filling the picture measures 34 %; cards and pages lying on a surface
 * measure 0–2 % on real photos and at most 9 % in the synthetic population (a pale card on a white desk, traced only in part).
 * Characters cut by the frame edge: a close crop of a card's text cuts 3 on one side; photos of documents lying inside
 * the frame show at most 1 on a side (a dark grain of granite, a fleck on the desk), the synthetic population none.
 */
export const THRESHOLDS = {
  darkLuma: 55, brightLuma: 242, brightClipped: 0.35, washedClipped: 0.75, paperClipped: 245,
  blurError: 40, blurWarning: 120,
  glareBlobError: 0.01, glareBlobWarning: 0.004,
  borderContrast: 140, paperRun: 0.025, foreignRun: 0.05, patternForeignRun: 0.25, openOutline: 0.2, cutPrint: 3,
  greyFrame: 0.98, dullColour: 6, dullSaturated: 0.002, noiseTexture: 8, blankVariance: 4,
  minShortSide: 480, smallImageLongSide: 1000, docLongSideError: 450, docLongSideWarning: 650,
} as const;

/** Turns the measurements into problems, most fundamental first; one bad exposure mutes the checks it spoils. */
export function judgeQuality(f: QualityFindings): PhotoProblem[] {
  const problems: PhotoProblem[] = [];
  const add = (code: PhotoProblemCode, severity: PhotoProblem['severity'], message: Localized) => problems.push({ code, severity, message });
  if (isEmptyPicture(f)) return [{ code: 'no_document', severity: 'error', message: NO_DOCUMENT }];
  // A black-and-white file is refused for what it is; its white paper is not over-exposure and its glare not a lamp's.
  if (f.frameGreyShare >= THRESHOLDS.greyFrame) return [{ code: 'grayscale', severity: 'error', message: GREYSCALE }];
  const dark = f.doc.meanLuma < THRESHOLDS.darkLuma;
  const clipped = f.doc.clippedShare > THRESHOLDS.brightClipped;
  // White paper under a bright light clips while its print stays legible: that is advice; only a document that is
  // white nearly everywhere is a retake.
  const over = !dark && (f.doc.meanLuma > THRESHOLDS.brightLuma || f.doc.clippedShare > THRESHOLDS.washedClipped);
  if (dark) add('too_dark', 'error', TOO_DARK);
  if (over) add('overexposed', 'error', OVEREXPOSED);
  else if (!dark && clipped) add('overexposed', 'warning', BRIGHT_PAPER);
  // One next step: a photo that must be taken from further back is never also told to come closer.
  const outline = judgeOutline(f.region, f.border);
  judgeSize(f, add, outline?.severity === 'error');
  if (outline) problems.push(outline);
  if (dark || over) return problems;
  const sharpness = Math.max(f.doc.directionalSharpness, f.centreSharpness);
  if (sharpness < THRESHOLDS.blurError) add('blurry', 'error', BLURRY);
  else if (sharpness < THRESHOLDS.blurWarning) add('blurry', 'warning', SLIGHTLY_BLURRY);
  // On paper that is itself at the clipping point a clipped patch is the paper, not a reflection: advise only.
  const paperAtClip = f.doc.paperLuma >= THRESHOLDS.paperClipped;
  if (f.doc.clippedBlobShare >= THRESHOLDS.glareBlobError && !paperAtClip && !clipped) add('glare', 'error', GLARE);
  else if (f.doc.clippedBlobShare >= THRESHOLDS.glareBlobWarning) add('glare', 'warning', SMALL_GLARE);
  if (f.doc.colourfulness < THRESHOLDS.dullColour && f.doc.saturatedShare < THRESHOLDS.dullSaturated) add('grayscale', 'warning', LOOKS_LIKE_COPY);
  return problems;
}

/**
 * Nothing a camera sees: independent pixel noise (its edges may even join into an outline), or a blank frame. Camera
 * photos measure a texture of 2.5 at most in the audit population, noise 15 or more.
 */
function isEmptyPicture(f: QualityFindings): boolean {
  return f.frameTexture >= THRESHOLDS.noiseTexture || (!f.region.box && f.frameLumaVariance < THRESHOLDS.blankVariance);
}

type Add = (code: PhotoProblemCode, severity: PhotoProblem['severity'], message: Localized) => void;

function judgeSize(f: QualityFindings, add: Add, mustStepBack: boolean): void {
  // A small outline in a full-size photo is as often a part of the document (the photo block of a white card on a white
  // desk) as a distant document: only a small image makes it decisive.
  const smallImage = f.imageShortSidePx < THRESHOLDS.minShortSide || f.imageLongSidePx < THRESHOLDS.smallImageLongSide;
  if (f.imageShortSidePx < THRESHOLDS.minShortSide || (smallImage && f.docLongSidePx < THRESHOLDS.docLongSideError)) add('too_small', 'error', mustStepBack ? TOO_SMALL_IMAGE : TOO_SMALL);
  // The outline of a cut-off document is only its visible part: its size says nothing.
  else if (f.docLongSidePx < THRESHOLDS.docLongSideWarning && !mustStepBack) add('too_small', 'warning', SMALLISH);
}

/** Whether the whole document is in the picture, by its outline and the colours along the frame edge. */
function judgeOutline(region: DocumentRegion, border: BorderFacts): PhotoProblem | undefined {
  const cropped = (severity: PhotoProblem['severity'], message: Localized): PhotoProblem => ({ code: 'cropped', severity, message });
  // What meets the frame edge, by the colours along it; unknown when the surface looks like the paper (a white card on
  // a white desk). Paper there is a cut; only the surface there (no paper, no finger) means the document lies inside.
  const readable = border.contrast >= THRESHOLDS.borderContrast;
  const paperAtEdge = readable && border.paperRun >= THRESHOLDS.paperRun;
  const onlySurfaceAtEdge = readable && border.foreignRun < THRESHOLDS.foreignRun;
  // Text cut by the frame edge is a document running off it, wherever the outline cannot show it lying inside the frame.
  const printCut = ALL_SIDES.filter((side) => border.cutPrint[side] >= THRESHOLDS.cutPrint);
  const outlineCannotTell = !region.box || region.cluttered || (region.touchesEdge && !region.touchesOnlyThroughSkin);
  if (printCut.length && outlineCannotTell) return cropped('error', cutAt(printCut));
  if (!region.box) return cropped('warning', NO_OUTLINE);
  // A patterned surface joins the outline on every side, so the outline cannot tell; a long stretch along the edge
  // that is paper and unlike the surface still can (a check cloth's other colour runs one square at a time).
  if (region.cluttered) {
    const runsOff = paperAtEdge && border.foreignRun >= THRESHOLDS.patternForeignRun;
    return runsOff ? cropped('error', cutAt(sidesWithPaper(border, ALL_SIDES, THRESHOLDS.patternForeignRun))) : cropped('warning', NO_OUTLINE);
  }
  if (region.cornerCovered) return cropped('error', CROPPED);
  // The outline runs into the frame edge, but only the surface lies along it: the document's edge runs just inside.
  if (region.touchesEdge && !region.touchesOnlyThroughSkin) {
    if (onlySurfaceAtEdge) return cropped('warning', NO_OUTLINE);
    const paperSides = readable ? sidesWithPaper(border, region.touching) : [];
    return cropped('error', cutAt(paperSides.length ? paperSides : region.touching));
  }
  // A hand holding the document usually leaves the corners free, but it may not: advise rather than reject.
  if (region.touchesOnlyThroughSkin) return cropped('warning', HELD_BY_HAND);
  // No edge closes the outline and the paper looks like what lies along the frame: this is print on a document that
  // runs on past the frame on every side, not a document lying inside it.
  if (region.openShare >= THRESHOLDS.openOutline && !readable) return cropped('error', FILLS_FRAME);
  // An irregular outline inside the frame is more often a faint card edge than a missing corner: advise, do not reject.
  if (region.corners !== 4) return cropped('warning', CORNER_MISSING);
  return undefined;
}

const ALL_SIDES: readonly FrameSide[] = ['top', 'bottom', 'left', 'right'];

/** The sides among `candidates` along which the document's paper meets the frame edge over `run` of their length. */
function sidesWithPaper(border: BorderFacts, candidates: readonly FrameSide[], run: number = THRESHOLDS.paperRun): FrameSide[] {
  return candidates.filter((side) => border.paperRunBySide[side] >= run);
}

const NO_DOCUMENT: Localized = {
  en: 'I cannot see a document in this picture. Lay the document on a table and send a photo of it, with all four corners visible.',
  zh: '这张图片中看不到证件。请把证件平放在桌面上拍照发送，并让四个角完整可见。',
};
const TOO_DARK: Localized = {
  en: 'The photo is too dark to read. Take it again in daylight or under a room light, without covering the document with your shadow.',
  zh: '照片太暗，无法看清。请在自然光或室内灯光下重新拍摄，并注意不要让自己的影子挡住证件。',
};
const OVEREXPOSED: Localized = {
  en: 'The photo is washed out (too bright): parts of the document are pure white. Turn off the flash, move out of direct sunlight and take it again.',
  zh: '照片过曝（太亮），证件部分区域一片白。请关闭闪光灯、避开阳光直射后重新拍摄。',
};
const BRIGHT_PAPER: Localized = {
  en: 'The document is very bright: its paper shows as pure white. It is accepted because the print is still readable; next time, turn off the flash or move out of direct sun for a clearer photo.',
  zh: '证件很亮，纸面显示为纯白。由于文字仍可辨认，已接受；下次请关闭闪光灯或避开阳光直射，照片会更清晰。',
};
const BLURRY: Localized = {
  en: 'The photo is blurry, so the text cannot be read. Hold the phone still (or rest it on something), tap the document on the screen to focus, and take it again.',
  zh: '照片模糊，文字无法辨认。请拿稳手机（或把手机靠在物体上），在屏幕上点击证件对焦后重新拍摄。',
};
const SLIGHTLY_BLURRY: Localized = {
  en: 'The photo is a little soft. It is accepted, but if the registrar cannot read it you will be asked again: a sharper photo (tap to focus, hold still) avoids that.',
  zh: '照片略有模糊。已接受，但如果注册商无法辨认会要求重新提交：请对焦后拿稳手机拍摄，可避免此情况。',
};
const GLARE: Localized = {
  en: 'There is a bright reflection on the document that hides part of it. Turn off the lamp or flash, or tilt the card away from the light, and take it again.',
  zh: '证件上有反光，遮挡了部分内容。请关闭台灯或闪光灯，或把证件稍微倾斜避开光源后重新拍摄。',
};
const SMALL_GLARE: Localized = {
  en: 'There is a small reflection on the document. It is accepted; if any text is hidden by it, tilt the card away from the light and send it again.',
  zh: '证件上有轻微反光。已接受；如有文字被遮挡，请把证件倾斜避开光源后重新发送。',
};
const GREYSCALE: Localized = {
  en: 'This is a black-and-white image. The registrar needs a colour scan or colour photo of the original document: please send one in colour.',
  zh: '这是一张黑白图片。注册商要求提供证件原件的彩色扫描件或彩色照片，请发送彩色图片。',
};
const LOOKS_LIKE_COPY: Localized = {
  en: 'The document shows almost no colour, which is how a photocopy looks. If this is a copy, please photograph the original document instead.',
  zh: '证件几乎没有颜色，看起来像复印件。如果这是复印件，请改为拍摄证件原件。',
};
const TOO_SMALL: Localized = {
  en: 'The document is too small in this image for its text to be read. Move closer so the document fills most of the picture (all four corners still visible), or send the original full-size photo rather than a thumbnail.',
  zh: '图片中的证件太小，文字无法辨认。请靠近一些，让证件占据画面大部分（四个角仍需完整可见），或发送原图而非缩略图。',
};
const TOO_SMALL_IMAGE: Localized = {
  en: 'This image is too small for the text to be read: please send the original full-size photo rather than a thumbnail.',
  zh: '这张图片太小，文字无法辨认：请发送原图，而不是缩略图。',
};
const SMALLISH: Localized = {
  en: 'The document is rather small in the picture. It is accepted; next time, move closer (all four corners still visible) so the text is easier to read.',
  zh: '证件在画面中偏小。已接受；下次请靠近一些拍摄（四个角仍需可见），文字会更清晰。',
};
const SIDE_NAMES: Record<FrameSide, Localized> = {
  top: { en: 'top', zh: '上边' }, bottom: { en: 'bottom', zh: '下边' }, left: { en: 'left', zh: '左边' }, right: { en: 'right', zh: '右边' },
};

/** The cut-off message naming the one or two sides that run off the frame; the general one when none or more are known. */
export function cutAt(sides: readonly FrameSide[]): Localized {
  if (sides.length === 0 || sides.length > 2) return CROPPED;
  const en = sides.map((s) => SIDE_NAMES[s].en).join(' and ');
  const zh = sides.map((s) => SIDE_NAMES[s].zh).join('和');
  return {
    en: `The ${en} ${sides.length === 1 ? 'edge' : 'edges'} of the document ${sides.length === 1 ? 'is' : 'are'} outside the photo. Step back a little so all four corners show with a little background around them, and take it again.`,
    zh: `证件的${zh}超出了照片。请稍微后退，让四个角完整可见并留出一点背景后重新拍摄。`,
  };
}

const FILLS_FRAME: Localized = {
  en: 'The document fills the whole photo, so its edges are outside it. Step back until all four corners show with a little background around them, and take it again.',
  zh: '证件占满了整张照片，四边都在照片之外。请后退一些，直到四个角完整可见并留出一点背景后重新拍摄。',
};
const CROPPED: Localized = {
  en: 'Part of the document is cut off at the edge of the photo or covered (for example by a finger). Lay it on a table, move back so all four corners show with a little background around them, and take it again.',
  zh: '证件有一部分超出了照片边缘或被遮挡（例如被手指挡住）。请把证件平放在桌面上，后退一些，让四个角完整可见并留出一点背景后重新拍摄。',
};
const CORNER_MISSING: Localized = {
  en: 'A corner of the document may be covered or hard to see. It is accepted, but if anything covers it, take your fingers off, lay the document flat on a plain, darker surface and send it again with all four corners visible.',
  zh: '证件的某个角可能被遮挡或不够清晰。已接受；但如有遮挡，请不要用手指按住证件，把它平放在颜色较深的纯色桌面上，让四个角完整可见后重新发送。',
};
const HELD_BY_HAND: Localized = {
  en: 'A hand is holding the document. It is accepted, but if a finger covers a corner or any text, lay the document on a table and send it again with all four corners visible.',
  zh: '照片中有手拿着证件。已接受；但如果手指遮住了某个角或文字，请把证件平放在桌面上，让四个角完整可见后重新发送。',
};
const NO_OUTLINE: Localized = {
  en: 'The edges of the document are hard to make out. It is accepted, but please make sure all four corners are in the picture: a plain, darker surface under the document helps.',
  zh: '难以辨认证件的边缘。已接受，但请确认四个角都在画面内：把证件放在颜色较深的纯色桌面上拍摄效果更好。',
};
