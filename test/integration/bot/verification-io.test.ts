import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createMemoryStore } from '../../../src/store/index.ts';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';
import { createMailer } from '../../../src/mail/mailer.ts';
import { createEmailCodeDeps } from '../../../src/mail/email-code-crypto.ts';
import { createDocumentPhotos } from '../../../src/documents/document-photos.ts';
import { inspectDocumentPhoto, mergeFrontBack } from '../../../src/photos/index.ts';
import { ALIBABA_API_LIMITS } from '../../../src/photos/types.ts';
import { toEnglishProfile } from '../../../src/domain/english-profile.ts';
import { createVerificationIo } from '../../../src/verification-io.ts';
import { createDesk } from '../../../src/handoff/desk.ts';
import { createMemoryBus } from '../../../src/bus/memory-bus.ts';
import { shoot } from '../../fixtures/photos/scene.ts';
import { startSmtpSink } from '../../support/smtp-sink.ts';

let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => { smtp = await startSmtpSink(); });
afterAll(async () => { await smtp.close(); });

async function setup() {
  const store = await createMemoryStore();
  const registrar = createSimulatedRegistrar({ kv: store.kv('registrar'), reviewSeconds: 60 });
  const mailer = createMailer({ SMTP_URL: smtp.url, SMTP_FROM: 'dvbot <bot@localhost>', DVBOT_DATA_DIR: '/nonexistent' }, pino({ level: 'silent' }));
  const photos = createDocumentPhotos({ blobs: store.blobs, inspector: { inspect: inspectDocumentPhoto, merge: mergeFrontBack }, limits: ALIBABA_API_LIMITS, unverifiedTtlMs: 60_000 });
  const desk = createDesk({ store, bus: createMemoryBus(), logger: pino({ level: 'silent' }), ttlMs: 60_000, waitMs: 60_000 });
  const io = createVerificationIo({ store, registrar, mailer, codes: createEmailCodeDeps(), photos, desk, retentionMs: 60_000, handoffTtlMs: 60_000 });
  return { store, registrar, io, photos };
}

describe('the verification dialog I/O', () => {
  it('submits one registrar profile however often the same submission runs', async () => {
    const { store, io, photos, registrar } = await setup();
    await store.blobs.put('upload:1', await shoot(), { contentType: 'image/jpeg' });
    const [checked] = await photos.inspectUploads([{ blobId: 'upload:1', size: 0 }], 'resident_id');
    if (!checked?.ok) throw new Error('the fixture photo should pass');
    const profile = { documentType: 'resident_id', idNumber: '11010519491231002X', name: '张三', region: 'zhejiang', city: '杭州市', address: '浙江省杭州市西湖区文三路90号', postalCode: '310012', phone: '+86.13812345678', email: 'zhang@example.com' };
    const input = { conversationId: 'web:x', attempt: 0, kind: 'individual_mainland' as const, profile, english: toEnglishProfile('individual_mainland', profile), photoBlobId: checked.photo.blobId };
    const first = await io.submitProfile(input);
    const again = await io.submitProfile(input);
    expect(again.profileId).toBe(first.profileId);
    expect(await registrar.getProfile(first.profileId)).toMatchObject({ status: 'AUDITING' });
    expect(await store.kv('watch').get('web:x')).toBeDefined();
    const next = await io.submitProfile({ ...input, attempt: 1 });
    expect(next.profileId).not.toBe(first.profileId);
  });

  it('sends at most five codes an hour to one address, whichever conversations ask', async () => {
    const { io } = await setup();
    const before = smtp.messages.length;
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await io.sendEmailCode({ email: 'Victim@Example.com', lang: 'en' }));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, true, false]);
    expect(outcomes[5]).toEqual({ ok: false, reason: 'limit_reached' });
    expect(smtp.messages.length - before).toBe(5);
  });
});
