import { fill, type Localized } from '../i18n/localized.ts';
import type { Provenance } from './provenance.ts';
import { extensionOf } from './sniff.ts';
import type { DocumentPhotoKind, PhotoProblem } from './types.ts';

const ASK_FOR_PHOTO: Localized = {
  en: 'Please send a photo or scan of the document as JPG, PNG, BMP, HEIC or WebP.',
  zh: '请以 JPG、PNG、BMP、HEIC 或 WebP 格式发送证件的照片或扫描件。',
};

const WHAT_IT_IS: Record<string, Localized> = {
  pdf: { en: 'a PDF document', zh: 'PDF 文档' },
  gif: { en: 'a GIF image', zh: 'GIF 图片' },
  tiff: { en: 'a TIFF image', zh: 'TIFF 图片' },
  avif: { en: 'an AVIF image', zh: 'AVIF 图片' },
  svg: { en: 'an SVG drawing', zh: 'SVG 矢量图' },
  text: { en: 'a text file', zh: '文本文件' },
  zip: { en: 'a ZIP archive', zh: 'ZIP 压缩包' },
  docx: { en: 'a Word document', zh: 'Word 文档' },
  xlsx: { en: 'an Excel workbook', zh: 'Excel 表格' },
  mp4: { en: 'a video', zh: '视频' },
  mov: { en: 'a video', zh: '视频' },
  psd: { en: 'a Photoshop document', zh: 'Photoshop 文档' },
};

const IMAGE_EXTENSIONS = /^\.?(jpe?g|png|bmp|heic|heif|webp)$/i;

function describe(format: string): Localized {
  return WHAT_IT_IS[format] ?? { en: `a ${format.toUpperCase()} file`, zh: `${format.toUpperCase()} 文件` };
}

/** The file is something we do not take; says what it really is, and how to get a supported image. */
export function unsupportedFormat(format: string, fileName: string | undefined): PhotoProblem {
  const what = describe(format);
  const claimed = extensionOf(fileName);
  // The name is worth mentioning only when it claims to be an image ("scan.jpg" that is really a PDF).
  const ext = claimed && IMAGE_EXTENSIONS.test(claimed) ? claimed : undefined;
  const named = ext ? { en: ` named ${ext}`, zh: `（文件名却是 ${ext}）` } : { en: '', zh: '' };
  const howTo: Localized = format === 'pdf'
    ? { en: ' Take a photo of the paper document, or export the page as an image (JPG or PNG).', zh: '请直接拍摄纸质证件，或把该页导出为图片（JPG 或 PNG）。' }
    : ext ? { en: ' Renaming a file does not convert it.', zh: '仅修改扩展名并不能转换文件格式。' } : { en: '', zh: '' };
  const message: Localized = {
    en: `This is ${what.en}${named.en}, not a supported image.${howTo.en} ${ASK_FOR_PHOTO.en}`,
    zh: `这是${what.zh}${named.zh}，不是受支持的图片格式。${howTo.zh}${ASK_FOR_PHOTO.zh}`,
  };
  return { code: 'unsupported_format', severity: 'error', message };
}

/** Content and extension disagree, but the content is an image we convert properly: repaired, with the seed's advice. */
export function extensionMismatch(format: string, fileName: string): PhotoProblem {
  return {
    code: 'extension_mismatch', severity: 'fixed', message: fill({
      en: 'This file is named {ext} but is really a {real} image. I converted it to a proper JPEG. Next time, save the image in the new format with an editor instead of only changing the file extension.',
      zh: '该文件名为 {ext}，实际却是 {real} 图片。我已将其正确转换为 JPEG。下次请用图片编辑工具另存为所需格式，不要只修改扩展名。',
    }, { ext: extensionOf(fileName) ?? fileName, real: format.toUpperCase() }),
  };
}

/** Zero bytes. */
export const EMPTY_FILE: PhotoProblem = {
  code: 'unreadable', severity: 'error',
  message: { en: `The file is empty (0 bytes): the upload probably failed. ${ASK_FOR_PHOTO.en}`, zh: `文件为空（0 字节），可能是上传失败。${ASK_FOR_PHOTO.zh}` },
};

/** Right format, broken content (truncated download, corrupted file). */
export function unreadable(format: string): PhotoProblem {
  return {
    code: 'unreadable', severity: 'error', message: fill({
      en: 'This looks like a {fmt} image but it cannot be opened: it is damaged or incomplete (perhaps the upload was cut off). Please send the photo again.',
      zh: '这看起来是 {fmt} 图片，但无法打开：文件已损坏或不完整（可能上传中断）。请重新发送照片。',
    }, { fmt: format.toUpperCase() }),
  };
}

/** The work did not finish in time (an unusually heavy file or a busy server). */
export const TIMED_OUT: PhotoProblem = {
  code: 'check_incomplete', severity: 'error',
  message: {
    en: 'This photo took too long to check (the file itself looks fine). Please send the same photo again in a minute; if it happens again, send it as an ordinary JPG photo.',
    zh: '这张照片检查耗时过长（文件本身看起来没有问题）。请稍后重新发送同一张照片；如果再次出现，请以普通 JPG 照片格式发送。',
  },
};

/** The decoder gave up on the file altogether (its worker stopped). */
export const COULD_NOT_PROCESS: PhotoProblem = {
  code: 'unreadable', severity: 'error',
  message: { en: 'I could not process this image. Please send it again as an ordinary JPG photo.', zh: '无法处理这张图片。请以普通 JPG 照片格式重新发送。' },
};

/** Declared dimensions beyond what any phone produces. */
export function tooManyPixels(width: number, height: number): PhotoProblem {
  return {
    code: 'too_large', severity: 'error', message: fill({
      en: 'This image is {w} × {h} pixels, far more than a phone photo. Please send a normal photo of the document (12–50 megapixels at most).',
      zh: '这张图片尺寸为 {w} × {h} 像素，远超普通手机照片。请发送一张普通的证件照片（最多 1200 万到 5000 万像素）。',
    }, { w: width, h: height }),
  };
}

/** Above the download cap: refused before decoding. */
export function inputTooLarge(bytes: number, cap: number): PhotoProblem {
  return {
    code: 'too_large', severity: 'error', message: fill({
      en: 'This file is {mb} MB; I accept at most {cap} MB. Please send the photo itself (not a document or archive), or a smaller export of it.',
      zh: '该文件大小为 {mb} MB，最多只能接受 {cap} MB。请直接发送照片（而非文档或压缩包），或导出一张较小的图片。',
    }, { mb: (bytes / 1048576).toFixed(1), cap: Math.round(cap / 1048576) }),
  };
}

/** Re-encoded or scaled down to fit the registrar's byte limit. */
export function shrunkToFit(from: number, to: number, limit: number): PhotoProblem {
  return {
    code: 'too_large', severity: 'fixed', message: fill({
      en: 'The file was {from} MB, over the registrar’s {limit} limit; I re-saved it as a {to} MB JPEG without changing the content.',
      zh: '原文件为 {from} MB，超过注册商 {limit} 的限制；我已在不改变内容的情况下另存为 {to} MB 的 JPEG。',
    }, { from: mb(from), to: mb(to), limit: formatLimit(limit) }),
  };
}

/** Even the best re-encoding stays outside the registrar's byte range. */
export function cannotFit(reason: 'below_min' | 'above_max', limit: number): PhotoProblem {
  if (reason === 'above_max') {
    return { code: 'too_large', severity: 'error', message: fill({
      en: 'This image cannot be made smaller than the registrar’s {limit} limit without losing legibility. Please take a new photo with the document filling more of the frame.',
      zh: '这张图片无法在保持清晰的前提下压缩到注册商 {limit} 的限制以内。请重新拍摄，让证件占据画面的更大部分。',
    }, { limit: formatLimit(limit) }) };
  }
  return { code: 'too_small', severity: 'error', message: fill({
    en: 'This image is too small for the registrar, which needs at least {limit}. Please send the original, full-size photo rather than a thumbnail or compressed copy.',
    zh: '这张图片太小，注册商要求至少 {limit}。请发送原图，而不是缩略图或压缩后的副本。',
  }, { limit: formatLimit(limit) }) };
}

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

function formatLimit(bytes: number): string {
  return bytes >= 1048576 ? `${+(bytes / 1048576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Common phone and desktop screen sizes (portrait and landscape both match). */
const SCREEN_SIZES = [
  [1170, 2532], [1179, 2556], [1284, 2778], [1290, 2796], [1125, 2436], [1242, 2688], [828, 1792], [750, 1334], [1242, 2208],
  [1080, 1920], [1080, 2340], [1080, 2400], [1080, 2280], [1080, 2160], [1440, 3200], [1440, 3088], [1440, 2560], [720, 1600],
  [1220, 2712], [1260, 2800], [1366, 768], [1440, 900], [1536, 864], [1920, 1080], [2560, 1440], [2880, 1800], [2560, 1600],
  [3024, 1964], [3456, 2234], [1280, 720], [1600, 900], [3840, 2160], [1280, 800], [1680, 1050], [1920, 1200], [2048, 1536],
  [2732, 2048], [2388, 1668], [2360, 1640], [2224, 1668],
] as const;

/** True when the size is exactly a common screen size. */
export function isScreenSize(width: number, height: number): boolean {
  return SCREEN_SIZES.some(([a, b]) => (width === a && height === b) || (width === b && height === a));
}

const SCREENSHOT: Localized = {
  en: 'This looks like a screenshot ({why}). The registrar needs a photo or scan of the original document, not a capture of a screen or website: photograph the paper document itself.',
  zh: '这看起来是屏幕截图（{why}）。注册商要求提供证件原件的照片或扫描件，不接受屏幕或网页截图：请直接拍摄纸质证件。',
};

/** Screen-capture and editor findings from metadata; a missing EXIF block alone never counts. */
export function judgeProvenance(p: Provenance, format: string, width: number, height: number, doc: DocumentPhotoKind | undefined): PhotoProblem[] {
  const problems: PhotoProblem[] = [];
  if (p.screenshotMarker) {
    problems.push({ code: 'screenshot', severity: 'error', message: fill(SCREENSHOT, { why: p.screenshotMarker }) });
  } else if ((format === 'png' || format === 'webp') && !p.fromCamera && isScreenSize(width, height)) {
    // Without a capture marker this is circumstantial; it decides only for certificates, where screenshots are explicitly refused.
    const why = `${format.toUpperCase()} ${width}×${height}, the size of a screen`;
    problems.push({ code: 'screenshot', severity: doc === 'certificate' ? 'error' : 'warning', message: fill(SCREENSHOT, { why }) });
  }
  if (p.editor) {
    problems.push({ code: 'edited', severity: 'error', message: fill({
      en: 'This file was saved by an image editor ({tool}). The registrar rejects documents changed with tools such as Photoshop: please send the original photo straight from the camera or scanner.',
      zh: '该文件经过图片编辑软件（{tool}）保存。注册商不接受用 Photoshop 等工具修改过的证件图片：请发送相机或扫描仪直接生成的原始照片。',
    }, { tool: p.editor }) });
  }
  return problems;
}
