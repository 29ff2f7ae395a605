import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';
import type { ProfileSubmission } from '../../../src/registrar/types.ts';

const image = Buffer.alloc(60 * 1024);
image.set([0xff, 0xd8, 0xff]);
const submission: ProfileSubmission = {
  registrantType: 'individual', name: '李四', nameEn: 'Li Si', credentialType: 'SFZ', credentialNo: '11010519491231002X',
  credentialImage: { bytes: image, contentType: 'image/jpeg' }, regionId: 'beijing', country: 'CN', region: '北京市', regionEn: 'bei jing', address: '东城区 1 号',
  addressEn: 'No. 1 Dongcheng', postalCode: '100010', email: 'ls@example.com', phone: { countryCode: '86', number: '13123456789' },
};

const redis = new KeyvRedis('redis://127.0.0.1:6379');
const namespace = `test-registrar-${randomUUID()}`;
const kv = new Keyv({ store: redis, namespace, throwOnErrors: true });

afterAll(async () => {
  await kv.clear();
  await kv.disconnect();
});

describe('simulated registrar over keyv + Redis', () => {
  it('keeps profiles and domains across instances sharing the store', async () => {
    let now = Date.UTC(2026, 0, 5);
    const a = createSimulatedRegistrar({ kv, reviewSeconds: 5, now: () => now });
    const { profileId } = await a.submitProfile(submission);
    now += 5000;
    await a.associateDomains(profileId, ['example.com']);

    const b = createSimulatedRegistrar({ kv: new Keyv({ store: redis, namespace, throwOnErrors: true }), reviewSeconds: 5, now: () => now });
    expect(await b.getProfile(profileId)).toMatchObject({ status: 'SUCCEED' });
    expect(await b.getDomain('example.com')).toMatchObject({ associationStatus: 'AUDITING', profileId });
    now += 5000;
    expect(await b.getDomain('example.com')).toMatchObject({ realNameStatus: 'SUCCEED', eppStatuses: ['ok'], domainStatus: 'Normal' });
  });
});
