import type { Localized } from '../i18n/localized.ts';

/** Stable codes of everything that can be wrong with (or was repaired in) a document photo. */
export type PhotoProblemCode =
  | 'unreadable'
  | 'check_incomplete'
  | 'unsupported_format'
  | 'extension_mismatch'
  | 'too_large'
  | 'too_small'
  | 'blurry'
  | 'glare'
  | 'grayscale'
  | 'cropped'
  | 'no_document'
  | 'too_dark'
  | 'overexposed'
  | 'screenshot'
  | 'edited';

/** One finding: `error` = retake, `fixed` = the bot repaired it, `warning` = accepted with advice. */
export type PhotoProblem = { code: PhotoProblemCode; severity: 'error' | 'fixed' | 'warning'; message: Localized };

/** What is photographed: sets size expectations and how strictly screenshots are judged. */
export type DocumentPhotoKind = 'id_card' | 'certificate' | 'passport' | 'permit' | 'other';

/** A registrar-ready JPEG produced from the upload without touching the document's content. */
export type PhotoOutput = { bytes: Buffer; contentType: 'image/jpeg'; width: number; height: number };

/** The verdict on one upload; `ok` is true when no problem has severity `error`. */
export type PhotoReport = {
  ok: boolean;
  /** Detected by content: jpeg|png|bmp|heic|webp|gif|tiff|avif|pdf|text|empty|unknown|… */
  format: string;
  width?: number;
  height?: number;
  problems: PhotoProblem[];
  metrics: Record<string, number>;
  /** The fixed, registrar-ready image; present when `ok`. */
  output?: PhotoOutput;
};

/** What the registrar accepts for one credential image. */
export type ImageLimits = { formats: ('jpeg' | 'bmp')[]; minBytes: number; maxBytes: number };

/** Options of one inspection. */
export type InspectOptions = { doc?: DocumentPhotoKind; fileName?: string; limits?: ImageLimits; signal?: AbortSignal };

/** Options of one front/back merge. */
export type MergeOptions = { layout?: 'side-by-side' | 'stacked'; limits?: ImageLimits };

/** The seed's rule for uploads: "less than 5 MB" (kept under 5,000,000 bytes, which satisfies both readings of MB). */
export const SEED_LIMITS: ImageLimits = Object.freeze({ formats: ['jpeg'], minBytes: 0, maxBytes: 4_999_999 }) as ImageLimits;

/** Alibaba Cloud's credential image API: JPG or BMP of 55 KB to 1 MB. */
export const ALIBABA_API_LIMITS: ImageLimits = Object.freeze({
  formats: ['jpeg', 'bmp'],
  minBytes: 55 * 1024,
  maxBytes: 1024 * 1024,
}) as ImageLimits;

/** The document kinds, for argument validation at the edges. */
export const DOCUMENT_PHOTO_KINDS: readonly DocumentPhotoKind[] = ['id_card', 'certificate', 'passport', 'permit', 'other'];
