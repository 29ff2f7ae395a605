import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/store/index.ts';
import { createDocumentPhotos } from '../../../src/documents/document-photos.ts';
import { inspectDocumentPhoto, mergeFrontBack } from '../../../src/photos/index.ts';
import { ALIBABA_API_LIMITS } from '../../../src/photos/types.ts';
import { blur, shoot } from '../../fixtures/photos/scene.ts';

async function setup() {
  const store = await createMemoryStore();
  const photos = createDocumentPhotos({ blobs: store.blobs, inspector: { inspect: inspectDocumentPhoto, merge: mergeFrontBack }, limits: ALIBABA_API_LIMITS, unverifiedTtlMs: 60_000 });
  const upload = async (bytes: Buffer, id = 'upload:1') => { await store.blobs.put(id, bytes, { contentType: 'image/jpeg' }); return { blobId: id, size: bytes.length, name: 'id.jpg' }; };
  return { store, photos, upload };
}

describe('document photos: checked, kept registrar-ready, deleted', () => {
  it('keeps a registrar-ready JPEG for a good photo and drops the raw upload', async () => {
    const { store, photos, upload } = await setup();
    const [outcome] = await photos.inspectUploads([await upload(await shoot())], 'resident_id');
    expect(outcome!.ok).toBe(true);
    if (!outcome!.ok) return;
    const kept = (await photos.load(outcome!.photo.blobId))!;
    expect(kept.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(kept.length).toBeGreaterThanOrEqual(ALIBABA_API_LIMITS.minBytes);
    expect(kept.length).toBeLessThanOrEqual(ALIBABA_API_LIMITS.maxBytes);
    expect(await store.blobs.get('upload:1')).toBeUndefined();
  });

  it('explains a blurred photo and keeps nothing', async () => {
    const { photos, upload } = await setup();
    const [outcome] = await photos.inspectUploads([await upload(await shoot({}, blur(6)))], 'resident_id');
    expect(outcome!.ok).toBe(false);
    if (outcome!.ok) return;
    expect(outcome!.problems.map((p) => p.en).join(' ')).toMatch(/blur|sharp|focus/i);
  });

  it('merges two sides within the limits, and deletes on request', async () => {
    const { photos, upload } = await setup();
    const [front] = await photos.inspectUploads([await upload(await shoot(), 'upload:f')], 'resident_id');
    const [back] = await photos.inspectUploads([await upload(await shoot({}), 'upload:b')], 'resident_id');
    if (!front!.ok || !back!.ok) throw new Error('fixtures should pass');
    const merged = await photos.merge(front!.photo, back!.photo);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.preview.bytes.length).toBeLessThanOrEqual(ALIBABA_API_LIMITS.maxBytes);
    await photos.delete([front!.photo.blobId, back!.photo.blobId, merged.photo.blobId]);
    expect(await photos.load(merged.photo.blobId)).toBeUndefined();
    expect(await photos.load(front!.photo.blobId)).toBeUndefined();
  });

  it('shortens the retention once the profile is verified', async () => {
    const { photos, upload } = await setup();
    const [outcome] = await photos.inspectUploads([await upload(await shoot())], 'resident_id');
    if (!outcome!.ok) throw new Error('fixture should pass');
    await photos.expireAfter([outcome!.photo.blobId], 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await photos.load(outcome!.photo.blobId)).toBeUndefined();
  });
});
