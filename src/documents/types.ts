import type { Localized } from '../i18n/localized.ts';
import type { PhotoReading } from './reading/types.ts';

/** A document photo that passed the checks, stored encrypted under `blobId`. */
export type StoredPhoto = { blobId: string; width: number; height: number; bytes: number; warnings: string[] };

/** One upload the user sent, already stored (encrypted) under `blobId`. */
export type UploadRef = { blobId: string; name?: string; contentType?: string; size: number };

/**
 * What the photo checks found for one upload: a stored, registrar-ready image, or what to fix. `kept`: the check was cut
 * short by its time limit and the upload is still stored, so it can be checked again without being sent again.
 */
export type PhotoOutcome =
  | { ok: true; photo: StoredPhoto; warnings: Localized[]; fixed: Localized[]; reading?: PhotoReading }
  | { ok: false; problems: Localized[]; kept?: UploadRef };

/** The merged front-and-back image, with a preview to show back. */
export type MergeOutcome =
  | { ok: true; photo: StoredPhoto; preview: { bytes: Buffer; contentType: string } }
  | { ok: false; problems: Localized[] };
