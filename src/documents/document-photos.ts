import type { BlobStore } from '../store/types.ts';
import type { DocumentKind } from '../domain/documents.ts';
import type { DocumentPhotoKind, ImageLimits, PhotoReport } from '../photos/types.ts';
import { PHOTO_KIND } from './photo-kind.ts';
import type { MergeOutcome, PhotoOutcome, StoredPhoto, UploadRef } from './types.ts';
import { checkAndRead } from './reading/check-and-read.ts';
import type { ExpectedDocument } from './reading/read-fields.ts';
import type { PhotoReading } from './reading/types.ts';

/** The photo checks as the documents step uses them (the worker-pool inspector satisfies it). */
export type PhotoInspector = {
  inspect(bytes: Buffer, opts: { doc?: DocumentPhotoKind; fileName?: string; limits?: ImageLimits }): Promise<PhotoReport>;
  merge(front: Buffer, back: Buffer, opts?: { limits?: ImageLimits }): Promise<PhotoReport>;
};

/**
 * Checks uploads and keeps only registrar-ready images. Ids are derived from the upload's id, so a check that re-runs
 * after a restart overwrites the same blob instead of leaving a second copy. Accepted photos live as long as the
 * conversation until the profile is verified (then `expireAfter` shortens that). Raw uploads are deleted once checked:
 * they may carry GPS and other metadata that the fixed image no longer has; one whose check was cut short is kept for a
 * retry. With `read`, an accepted photo's text is read too, while it is checked, with the parser of the document the
 * registrant chose, so the dialog can compare it with what was typed.
 */
export function createDocumentPhotos(deps: {
  blobs: BlobStore; inspector: PhotoInspector; limits: ImageLimits; unverifiedTtlMs: number;
  read?: (bytes: Buffer, expected: ExpectedDocument) => Promise<PhotoReading>;
}) {
  const { blobs, inspector, limits } = deps;

  async function keep(id: string, report: PhotoReport): Promise<StoredPhoto> {
    const output = report.output!;
    await blobs.put(id, output.bytes, { contentType: output.contentType, problems: report.problems.map((p) => p.code) }, { ttlMs: deps.unverifiedTtlMs });
    const warnings = report.problems.filter((p) => p.severity !== 'error').map((p) => p.code);
    return { blobId: id, width: output.width, height: output.height, bytes: output.bytes.length, warnings };
  }

  async function inspectOne(upload: UploadRef, document: DocumentKind): Promise<PhotoOutcome> {
    const stored = await blobs.get(upload.blobId);
    const id = upload.blobId.replace(/^upload:/, 'doc:');
    if (!stored) {
      const kept = await blobs.get(id);  // already checked before a restart: reuse the result
      if (kept) return { ok: true, photo: { blobId: id, width: 0, height: 0, bytes: kept.bytes.length, warnings: [] }, warnings: [], fixed: [] };
      return { ok: false, problems: [{ en: 'That upload is no longer available; please send it again.', zh: '该文件已失效，请重新发送。' }] };
    }
    const inspect = (bytes: Buffer) => inspector.inspect(bytes, { doc: PHOTO_KIND[document], ...(upload.name ? { fileName: upload.name } : {}), limits });
    const { read } = deps;
    const { report, reading } = read ? await checkAndRead(stored.bytes, inspect, (bytes) => read(bytes, document)) : { report: await inspect(stored.bytes) };
    // A check cut short by its time limit says nothing about the photo: keep the upload (until its own expiry) for a retry.
    const cutShort = report.problems.some((p) => p.code === 'check_incomplete');
    if (!cutShort) await blobs.delete(upload.blobId);
    const problems = report.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    if (!report.ok || !report.output) return { ok: false, problems, ...(cutShort ? { kept: upload } : {}) };
    const photo = await keep(id, report);
    return {
      ok: true, photo, ...(reading ? { reading } : {}),
      warnings: report.problems.filter((p) => p.severity === 'warning').map((p) => p.message),
      fixed: report.problems.filter((p) => p.severity === 'fixed').map((p) => p.message),
    };
  }

  return {
    /** Checks each upload in order, for the given document. */
    async inspectUploads(uploads: UploadRef[], document: DocumentKind): Promise<PhotoOutcome[]> {
      const outcomes: PhotoOutcome[] = [];
      for (const upload of uploads) outcomes.push(await inspectOne(upload, document));
      return outcomes;
    },
    /** Merges the two sides into one image and checks it against the registrar's limits. */
    async merge(front: StoredPhoto, back: StoredPhoto): Promise<MergeOutcome> {
      const [a, b] = await Promise.all([blobs.get(front.blobId), blobs.get(back.blobId)]);
      if (!a || !b) return { ok: false, problems: [{ en: 'One side is no longer stored; please send both sides again.', zh: '其中一面已失效，请重新发送正反两面。' }] };
      const report = await inspector.merge(a.bytes, b.bytes, { limits });
      if (!report.ok || !report.output) return { ok: false, problems: report.problems.filter((p) => p.severity === 'error').map((p) => p.message) };
      const photo = await keep(`doc:merged:${front.blobId}:${back.blobId}`, report);
      return { ok: true, photo, preview: { bytes: report.output.bytes, contentType: report.output.contentType } };
    },
    /** Deletes kept photos (the user asked, or they are no longer needed). */
    async delete(blobIds: string[]): Promise<void> {
      await Promise.all(blobIds.map((id) => blobs.delete(id)));
    },
    /** Keeps photos only `ttlMs` longer: once the profile is verified, documents are deleted after the retention period. */
    async expireAfter(blobIds: string[], ttlMs: number): Promise<void> {
      for (const id of blobIds) {
        const kept = await blobs.get(id);
        if (kept) await blobs.put(id, kept.bytes, kept.meta, { ttlMs });
      }
    },
    /** The stored, registrar-ready bytes of a kept photo. */
    async load(blobId: string): Promise<Buffer | undefined> {
      return (await blobs.get(blobId))?.bytes;
    },
  };
}

/** The documents step's photo service. */
export type DocumentPhotos = ReturnType<typeof createDocumentPhotos>;
