import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/store/index.ts';
import { createDocumentPhotos } from '../../../src/documents/document-photos.ts';
import { compareWithTyped } from '../../../src/documents/reading/compare.ts';
import { toPhotoReading } from '../../../src/documents/reading/photo-reading.ts';
import { readDocument } from '../../../src/documents/reading/read-document.ts';
import type { DocumentReading } from '../../../src/documents/reading/types.ts';
import { runCheckPhoto } from '../../../src/commands/check-photo.ts';
import { runReadDocument } from '../../../src/commands/read-document.ts';
import { inspectDocumentPhoto, mergeFrontBack } from '../../../src/photos/index.ts';
import { createTextReader } from '../../../src/photos/read/reader.ts';
import { ALIBABA_API_LIMITS } from '../../../src/photos/types.ts';
import { photographCard } from '../../fixtures/reading/photos.ts';
import { permanentResidentCard, residencePermitBack, travelPermitFront, type TravelPermit } from '../../fixtures/reading/resident-permits.ts';

const reader = createTextReader({ timeoutMs: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'dvbot-permits-'));
afterAll(async () => {
  await reader.close();
  rmSync(dir, { recursive: true, force: true });
});
const capture = () => {
  const out: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => out.push(s) }, out };
};

const HK: TravelPermit = { region: 'hk_macao', name: '陈欣琪', nameLatin: 'CHEN, XINQI', sex: '女', birth: '1990.04.23', validity: '2019.05.10-2029.05.10', number: 'H12345678', issues: '01' };
const TW: TravelPermit = { region: 'taiwan', name: '林美华', nameLatin: 'LIN, MEIHUA', sex: '女', birth: '1988.11.02', validity: '2021.03.01-2031.03.01', number: '01234567', issues: '02' };

describe('the documents step reads a permit with the parser of the document chosen, and compares it with the profile', () => {
  async function checked(bytes: Buffer, document: 'travel_permit_hk_macao' | 'residence_permit_hk_macao') {
    const store = await createMemoryStore();
    const photos = createDocumentPhotos({
      blobs: store.blobs, inspector: { inspect: inspectDocumentPhoto, merge: mergeFrontBack }, limits: ALIBABA_API_LIMITS, unverifiedTtlMs: 60_000,
      read: async (photo, expected) => toPhotoReading(await readDocument(reader, photo, expected)),
    });
    await store.blobs.put('upload:1', bytes, { contentType: 'image/jpeg' });
    const [outcome] = await photos.inspectUploads([{ blobId: 'upload:1', size: bytes.length, name: 'permit.jpg' }], document);
    return outcome!;
  }

  it('keeps both names and the number of a Hong Kong/Macao travel permit; a name typed one letter off is a mismatch', async () => {
    const outcome = await checked(await photographCard(await travelPermitFront(HK), { tilt: 3 }), 'travel_permit_hk_macao');
    expect(outcome).toMatchObject({ ok: true, reading: { read: true, document: 'travel_permit_hk_macao', problems: [], fields: { name: '陈欣琪', nameLatin: 'CHEN XINQI', idNumber: 'H12345678' } } });
    if (!outcome.ok || !outcome.reading?.read) return;
    const asRead: DocumentReading = { ...outcome.reading, confidence: {} };
    expect(compareWithTyped(asRead, { name: 'Xinqi Chan', idNumber: 'H12345678' })).toEqual([{ field: 'name', typed: 'Xinqi Chan', read: 'CHEN XINQI' }]);
    expect(compareWithTyped(asRead, { name: '陈欣琪', idNumber: 'H1234567801' })).toEqual([]);
  }, 120_000);

  it('reads an expired residence permit (its back) with the problem that refuses it, stating the date', async () => {
    const outcome = await checked(await photographCard(await residencePermitBack({ region: 'hk_macao', issuer: '深圳市公安局', validity: '2019.09.01-2024.09.01', travelPermit: 'H12345678' })), 'residence_permit_hk_macao');
    expect(outcome).toMatchObject({ ok: true, reading: { read: true, document: 'residence_permit_back' } });
    if (!outcome.ok || !outcome.reading?.read) return;
    expect(outcome.reading.problems.map((p) => [p.code, p.message.zh.includes('2024-09-01')])).toEqual([['expired', true]]);
  }, 120_000);
});

describe('dvbot check-photo and read-document with the document kinds of permits', () => {
  it('check-photo --doc travel_permit_taiwan compares the romanised name and the 8-digit number', async () => {
    const file = join(dir, 'tw.jpg');
    writeFileSync(file, await photographCard(await travelPermitFront(TW), { tilt: -2 }));
    const { io, out } = capture();
    expect(await runCheckPhoto([file, '--doc', 'travel_permit_taiwan', '--name', 'Meihua Lim', '--id-number', '01234567', '--json'], io)).toBe(0);
    const json = JSON.parse(out[0]!);
    expect(json.ok).toBe(true);
    expect(json.read).toMatchObject({ document: 'travel_permit_taiwan', fields: { documentNumber: '01234567', nameLatin: 'LIN MEIHUA' } });
    expect(json.mismatches).toEqual([{ field: 'name', typed: 'Meihua Lim', read: 'LIN MEIHUA' }]);
  }, 120_000);

  it('read-document --doc foreign_permanent_resident_id reads the card number and both names', async () => {
    const file = join(dir, 'fpr.jpg');
    writeFileSync(file, await photographCard(await permanentResidentCard({ nameLatin: 'SMITH, JOHN', name: '史密斯', sex: '男/M', birth: '1985.07.12', nationality: '加拿大/CAN', validity: '2017.06.01-2027.06.01', number: 'CAN110085071201' })));
    const { io, out } = capture();
    expect(await runReadDocument([file, '--doc', 'foreign_permanent_resident_id', '--json'], io)).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ document: 'foreign_permanent_resident_id', problems: [], fields: { documentNumber: 'CAN110085071201', nameLatin: 'SMITH JOHN', name: '史密斯' } });
  }, 120_000);

  it('names every kind --doc takes when given another', async () => {
    const { io, out } = capture();
    expect(await runCheckPhoto(['x.jpg', '--doc', 'selfie'], io)).toBe(2);
    expect(out.join('\n')).toMatch(/--doc must be one of id_card, .*travel_permit_hk_macao.*foreign_permanent_resident_id, not "selfie"/);
  });
});
