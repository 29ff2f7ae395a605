import { decodePhoto, DecodeFailure, MAX_INPUT_BYTES, readHeader, type DecodedPhoto, type Header } from './decode.ts';
import { findDocument, type Box, type DocumentRegion } from './document-region.ts';
import { readBorder, type BorderFacts } from './frame-border.ts';
import { encodeForRegistrar } from './encode.ts';
import { stripJpegMetadata } from './jpeg-strip.ts';
import {
  cannotFit, EMPTY_FILE, extensionMismatch, inputTooLarge, judgeProvenance, shrunkToFit, tooManyPixels, unreadable, unsupportedFormat,
} from './intake-rules.ts';
import { measurePhoto, toPlanes, type FrameStats, type RegionStats } from './measure.ts';
import { readProvenance } from './provenance.ts';
import { Scratch } from './scratch.ts';
import { judgeQuality } from './quality-rules.ts';
import { formatFromFileName, isAcceptedFormat, sniffFormat, type AcceptedFormat } from './sniff.ts';
import { SEED_LIMITS, type InspectOptions, type PhotoProblem, type PhotoReport } from './types.ts';

/**
 * Checks one uploaded document photo and, when it passes, returns a registrar-ready JPEG (EXIF orientation applied,
 * metadata stripped, within `limits`). Never throws for bad input: every file gets a report.
 * Runs on the calling thread; use `createPhotoInspector` to keep the event loop free.
 * @example const report = await inspectDocumentPhoto(bytes, { doc: 'id_card', fileName: 'IMG_0042.HEIC' });
 */
export async function inspectDocumentPhoto(bytes: Buffer, opts: InspectOptions = {}): Promise<PhotoReport> {
  const started = performance.now();
  const format = await sniffFormat(bytes);
  const report = await inspectFormat(bytes, format, opts);
  report.metrics.bytes = bytes.length;
  report.metrics.check_ms = Math.round(performance.now() - started);
  return report;
}

async function inspectFormat(bytes: Buffer, format: string, opts: InspectOptions): Promise<PhotoReport> {
  if (format === 'empty') return verdict(format, [EMPTY_FILE]);
  if (!isAcceptedFormat(format)) return verdict(format, [unsupportedFormat(format, opts.fileName)]);
  if (bytes.length > MAX_INPUT_BYTES) return verdict(format, [inputTooLarge(bytes.length, MAX_INPUT_BYTES)]);
  const claimed = formatFromFileName(opts.fileName);
  const intake: PhotoProblem[] = claimed && claimed !== format ? [extensionMismatch(format, opts.fileName!)] : [];
  let header: Header;
  let decoded: DecodedPhoto;
  let stripped: Buffer | undefined;
  try {
    header = await readHeader(bytes, format);
    opts.signal?.throwIfAborted();
    const decoding = decodePhoto(bytes, format, header);
    // While libvips decodes on its thread, this one strips the metadata off the copy an upright JPEG is sent as.
    stripped = format === 'jpeg' && header.orientation === 1 ? stripJpegMetadata(bytes) : undefined;
    decoded = await decoding;
  } catch (error) {
    if (!(error instanceof DecodeFailure)) throw error;
    const problem = error.size ? tooManyPixels(error.size.width, error.size.height) : unreadable(format);
    return verdict(format, [...intake, problem]);
  }
  opts.signal?.throwIfAborted();
  return judge(bytes, format, header, { ...decoded, stripped }, intake, opts);
}

async function judge(
  bytes: Buffer, format: AcceptedFormat, header: Header, decoded: DecodedPhoto & { stripped?: Buffer }, intake: PhotoProblem[], opts: InspectOptions,
): Promise<PhotoReport> {
  const { width, height } = decoded;
  const limits = opts.limits ?? SEED_LIMITS;
  // The registrar-ready JPEG is encoded on libvips' thread while the checks below run on this one (a 12 MP HEIC's
  // encoding takes as long as its checks). A rejected photo's encoding is dropped, but only once it has finished, so
  // that no libvips work outlives the job (a worker terminated in the middle of it can take the process down).
  const encoding = encodeForRegistrar({ bytes, format, ...decoded }, limits);
  const finished = encoding.then(() => undefined, () => undefined);
  const analysed = analyse(decoded);
  const provenance = readProvenance(header.meta ?? {});
  const problems = [...intake, ...judgeProvenance(provenance, format, width, height, opts.doc), ...judgeQuality(analysed.findings)];
  const report = verdict(format, problems, { width, height }, analysed.metrics);
  if (!report.ok) return finished.then(() => report);
  opts.signal?.throwIfAborted();
  const encoded = await encoding;
  if (!encoded.ok) return verdict(format, [...problems, cannotFit(encoded.reason, encoded.reason === 'above_max' ? limits.maxBytes : limits.minBytes)], { width, height }, report.metrics);
  const fixes = bytes.length > limits.maxBytes ? [shrunkToFit(bytes.length, encoded.output.bytes.length, limits.maxBytes)] : [];
  const metrics = { ...report.metrics, output_bytes: encoded.output.bytes.length, output_quality: encoded.quality, output_scaled: Number(encoded.scaled) };
  return { ...verdict(format, [...problems, ...fixes], { width, height }, metrics), output: encoded.output };
}

/** Builds a report; `ok` follows from the problems. */
export function verdict(format: string, problems: PhotoProblem[], size: { width?: number; height?: number } = {}, metrics: Record<string, number> = {}): PhotoReport {
  return { ok: !problems.some((p) => p.severity === 'error'), format, ...size, problems, metrics };
}

/** The analysis planes and measuring arrays, lent for one photo at a time (see scratch.ts). */
const SCRATCH = new Scratch();

/** Finds the document, measures inside it and gathers the numbers the report shows (none of them holds scratch memory). */
function analyse(decoded: DecodedPhoto): { findings: Parameters<typeof judgeQuality>[0]; metrics: Record<string, number> } {
  try {
    return analyseWith(decoded, SCRATCH);
  } finally {
    SCRATCH.release();
  }
}

function analyseWith(decoded: DecodedPhoto, scratch: Scratch): { findings: Parameters<typeof judgeQuality>[0]; metrics: Record<string, number> } {
  const rgb = decoded.analysis;
  const planes = toPlanes(rgb, scratch);
  const { half } = planes;
  const region = findDocument(half.grey, half.opponent, half.skin);
  // An outline merged with a patterned surface covers the frame and says nothing about where the document is.
  const outline = region.cluttered ? undefined : region.box;
  const box = documentBox(outline, rgb.width, rgb.height);
  const { doc, frame, centreSharpness } = measurePhoto(rgb, planes, box, documentBox(undefined, rgb.width, rgb.height), scratch);
  const border = readBorder(rgb, planes.grey, box);
  const scale = decoded.width / rgb.width;
  const docLongSidePx = outline ? Math.max(box.x1 - box.x0, box.y1 - box.y0) * scale / 0.88 : Math.max(decoded.width, decoded.height);
  const findings = { region, border, doc, centreSharpness, frameGreyShare: frame.greyShare, frameTexture: textureOf(frame), frameLumaVariance: frame.lumaVariance, docLongSidePx, imageShortSidePx: Math.min(decoded.width, decoded.height), imageLongSidePx: Math.max(decoded.width, decoded.height) };
  return { findings, metrics: metricsOf(region, border, doc, frame, docLongSidePx, centreSharpness) };
}

/** The outline's box at analysis size (it was found at half size), shrunk by 6 % a side so the desk stays out of the measurements; the central 80 % when no outline was found. */
function documentBox(outline: Box | undefined, width: number, height: number): Box {
  const b = outline ? { x0: outline.x0 * 2, y0: outline.y0 * 2, x1: outline.x1 * 2, y1: outline.y1 * 2 } : { x0: 0, y0: 0, x1: width, y1: height };
  const k = outline ? 0.06 : 0.1;
  const dx = (b.x1 - b.x0) * k, dy = (b.y1 - b.y0) * k;
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, Math.round(v)));
  return { x0: clamp(b.x0 + dx, width), y0: clamp(b.y0 + dy, height), x1: clamp(b.x1 - dx, width), y1: clamp(b.y1 - dy, height) };
}

/**
 * Laplacian variance over luma variance: about 20 for pixel noise (the 4-neighbour Laplacian of independent pixels),
 * a few units at most for a photographed scene, whose neighbouring pixels are alike.
 */
function textureOf(s: Pick<RegionStats, 'lapVar' | 'lumaVariance'>): number {
  return s.lumaVariance > 0 ? s.lapVar / s.lumaVariance : 0;
}

function metricsOf(region: DocumentRegion, border: BorderFacts, doc: RegionStats, frame: FrameStats, docLongSidePx: number, centreSharpness: number): Record<string, number> {
  const r = (v: number, digits = 1) => Number(v.toFixed(digits));
  return {
    doc_area_pct: r(region.areaFraction * 100), doc_corners: region.corners, doc_hull_to_quad: r(region.hullToQuad, 3), doc_touches_edge: Number(region.touchesEdge),
    doc_hand: Number(region.handOnDocument), doc_cluttered: Number(region.cluttered), doc_sides: region.sides, doc_skin_touch: Number(region.touchesOnlyThroughSkin),
    doc_corner_covered: Number(region.cornerCovered), doc_open_pct: r(region.openShare * 100), border_paper_run_pct: r(border.paperRun * 100), border_foreign_run_pct: r(border.foreignRun * 100), border_contrast: r(border.contrast), border_cut_print: Math.max(...Object.values(border.cutPrint)), paper_luma: doc.paperLuma, ink_luma: doc.inkLuma,
    doc_long_side_px: Math.round(docLongSidePx), sharpness: r(doc.directionalSharpness), centre_sharpness: r(centreSharpness), laplacian_var: r(doc.lapVar),
    colourfulness: r(doc.colourfulness), saturated_pct: r(doc.saturatedShare * 100, 2), grey_pct: r(frame.greyShare * 100),
    clipped_pct: r(doc.clippedShare * 100, 2), glare_blob_pct: r(doc.clippedBlobShare * 100, 2), luma: r(doc.meanLuma), frame_luma: r(frame.meanLuma),
    frame_texture: r(textureOf(frame), 2), frame_luma_sd: r(Math.sqrt(frame.lumaVariance)),
  };
}
