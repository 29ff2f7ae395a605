import { randomUUID } from 'node:crypto';
import type { DocumentPhotos } from '../documents/document-photos.ts';
import type { PhotoOutcome, StoredPhoto, UploadRef } from '../documents/types.ts';
import type { DocumentKind } from '../domain/documents.ts';
import type { ImageLimits } from '../photos/types.ts';
import type { BlobStore } from '../store/types.ts';
import type { Desk, UserRelay } from './desk.ts';
import { fitForRegistrar } from './photo-fit.ts';
import type { HandoffRequest } from './types.ts';

type Deps = { desk: Desk; blobs: BlobStore; photos: DocumentPhotos; limits: ImageLimits; ttlMs: number };

/**
 * The dialog's handoff I/O over the desk (src/main.ts wraps each as an invoked actor). Each is safe to re-run after a
 * restore: opening finds the open case, a relayed line at worst appears twice, a held photo is copied again.
 */
export function createHandoffIo(deps: Deps) {
  const { desk, blobs, photos } = deps;

  /** Keeps the raw upload for the agent (the checks delete it), so a photo the bot refused can still be accepted. */
  async function hold(upload: UploadRef): Promise<string | undefined> {
    const raw = await blobs.get(upload.blobId);
    if (!raw) return undefined;
    const heldId = `held:${randomUUID()}`;
    await blobs.put(heldId, raw.bytes, raw.meta, { ttlMs: deps.ttlMs });
    return heldId;
  }

  /**
   * Makes a held photo registrar-ready for an agent who accepts it (the pipeline's fix step); the held copy is
   * replaced by the fitted one, so the dialog's acceptance below stores exactly what the agent was told fits.
   */
  async function prepareHeld(blobId: string): Promise<{ ok: true; converted: boolean } | { ok: false; why: string }> {
    const held = blobId.startsWith('held:') ? await blobs.get(blobId) : undefined;
    if (!held) return { ok: false, why: 'the photo is no longer stored' };
    const fitted = await fitForRegistrar(held.bytes, deps.limits);
    if (!fitted.ok) return fitted;
    if (fitted.converted) await blobs.put(blobId, fitted.bytes, { ...held.meta, contentType: 'image/jpeg', fitted: true }, { ttlMs: deps.ttlMs });
    return { ok: true, converted: fitted.converted };
  }

  return {
    /** Readies a held photo an agent accepts, or says why it cannot be (asked by the desk before it tells the dialog). */
    prepareHeldPhoto: prepareHeld,
    /** Puts the conversation in the desk's queue; answers with its place and when support opens. */
    requestHuman: (input: HandoffRequest) => desk.open(input),
    /** Passes what the user wrote to the agent (or the queue). */
    relayToAgent: (input: { conversationId: string; text: string }): Promise<UserRelay> => desk.fromUser(input.conversationId, { text: input.text }),
    /** The instant photo checks, with the photo and the verdict shown to the agent. */
    async checkPhotoForAgent(input: { conversationId: string; uploads: UploadRef[]; document: string }): Promise<PhotoOutcome[]> {
      const outcomes: PhotoOutcome[] = [];
      for (const upload of input.uploads) {
        const heldId = await hold(upload);
        const [outcome] = await photos.inspectUploads([upload], input.document as DocumentKind);
        if (!outcome) continue;
        outcomes.push(outcome);
        if (outcome.ok && heldId) await blobs.delete(heldId);
        const problems = (outcome.ok ? outcome.warnings : outcome.problems).map((p) => p.en);
        const blobId = outcome.ok ? outcome.photo.blobId : heldId;
        await desk.fromUser(input.conversationId, blobId ? { photo: { blobId, ok: outcome.ok, problems } } : { text: '(a photo that is no longer stored)' });
      }
      return outcomes;
    },
    /**
     * An agent accepts a photo the checks refused: kept as the document photo, marked as an override. The desk has
     * fitted it to the registrar's format and size first; anything else is refused here too (never sent unfitted).
     */
    async acceptHeldPhoto(input: { blobId: string; reason: string }): Promise<StoredPhoto | undefined> {
      const held = input.blobId.startsWith('held:') ? await blobs.get(input.blobId) : undefined;
      const fitted = held && (await fitForRegistrar(held.bytes, deps.limits));
      if (!fitted?.ok || fitted.converted) return undefined;
      const id = input.blobId.replace(/^held:/, 'doc:override:');
      await blobs.put(id, fitted.bytes, { contentType: fitted.format === 'bmp' ? 'image/bmp' : 'image/jpeg', override: input.reason }, { ttlMs: deps.ttlMs });
      return { blobId: id, width: 0, height: 0, bytes: fitted.bytes.length, warnings: ['agent_override'] };
    },
    /** The user went back to the bot. */
    leaveHandoff: (input: { conversationId: string }) => desk.cancel(input.conversationId),
  };
}
