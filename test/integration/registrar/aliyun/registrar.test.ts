import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, RegistrarError } from '../../../../src/errors.ts';
import { createLogger } from '../../../../src/logger.ts';
import { AliyunApiError } from '../../../../src/registrar/aliyun/client.ts';
import { DocumentsNotSubmittedError, savedProfileId } from '../../../../src/registrar/errors.ts';
import { createAliyunRegistrar, type AliyunRegistrarOptions } from '../../../../src/registrar/aliyun/registrar.ts';
import type { ProfileSubmission } from '../../../../src/registrar/types.ts';
import { FakeAliyunServer } from '../../../support/fake-aliyun-server.ts';

const creds = { accessKeyId: 'LTAI5tTestKeyId', accessKeySecret: 'sEcReT-never-logged-0123456789' };
const IMAGE = Buffer.alloc(60 * 1024, 0xab);
IMAGE.write('\xff\xd8\xff\xe0', 'latin1');
const submission: ProfileSubmission = {
  registrantType: 'individual', name: '张三', nameEn: 'Zhang San', credentialType: 'SFZ', credentialNo: '11010519491231002X',
  credentialImage: { bytes: IMAGE, contentType: 'image/jpeg' }, regionId: 'zhejiang', country: 'CN', region: '浙江省', regionEn: 'zhe jiang', city: '杭州市', cityEn: 'Hangzhou',
  address: '西湖区文三路100号', addressEn: 'No.100 Wensan Road', postalCode: '310024', email: 'zs@example.com',
  phone: { countryCode: '86', number: '13912345678' },
};

let fake: FakeAliyunServer;
let logs: string[];

beforeEach(async () => {
  fake = await new FakeAliyunServer(creds).start();
  logs = [];
});
afterEach(() => fake.close());

function registrar(overrides: Partial<AliyunRegistrarOptions> = {}) {
  const sink = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  return createAliyunRegistrar({ ...creds, endpoint: fake.url, timeoutMs: 2_000, maxRetries: 2, retryBaseMs: 1, logger: createLogger('trace', sink), ...overrides });
}

async function verifiedProfile(r = registrar()): Promise<string> {
  const { profileId } = await r.submitProfile(submission);
  fake.reviewProfile(profileId, 'SUCCEED');
  return profileId;
}

describe('profiles', () => {
  it('saves the profile, then sends the image in the form body, and reads it back as AUDITING', async () => {
    const r = registrar();
    const { profileId } = await r.submitProfile(submission);
    expect(fake.requests.map((q) => q.action)).toEqual(['SaveRegistrantProfile', 'RegistrantProfileRealNameVerification']);
    expect(fake.requests.every((q) => q.signatureOk)).toBe(true);
    const [save, verify] = fake.requests;
    expect(save?.query).toMatchObject({ Province: 'zhe jiang', City: 'hang zhou shi', ZhProvince: '浙江省', RegistrantType: '1', Lang: 'en' });
    expect(verify?.query.IdentityCredential).toBeUndefined();
    expect(verify?.query).toMatchObject({ RegistrantProfileID: profileId, IdentityCredentialType: 'SFZ' });
    expect(Buffer.from(verify?.body.IdentityCredential ?? '', 'base64').equals(IMAGE)).toBe(true);
    expect(await r.getProfile(profileId)).toEqual({ profileId, status: 'AUDITING', failReasons: [], updatedAt: '2024-05-02T01:30:00.000Z' });
  });

  it('reports a FAILED profile with the registrar reason', async () => {
    const r = registrar();
    const { profileId } = await r.submitProfile(submission);
    fake.reviewProfile(profileId, 'FAILED', '证件电子信息核验不合格');
    expect(await r.getProfile(profileId)).toMatchObject({
      status: 'FAILED', failReasons: [{ date: '2024-05-02T01:30:00.000Z', reason: '证件电子信息核验不合格' }],
    });
  });

  it('answers undefined for unknown ids, without calling for non-numeric ones', async () => {
    const r = registrar();
    expect(await r.getProfile('99999')).toBeUndefined();
    expect(await r.getProfile('sim-1')).toBeUndefined();
    expect(fake.count()).toBe(1);
  });

  it('refuses a missing or out-of-range image before calling the API', async () => {
    const r = registrar();
    await expect(r.submitProfile({ ...submission, credentialImage: undefined })).rejects.toThrow(/needs the credential image/);
    await expect(r.submitProfile({ ...submission, credentialImage: { bytes: Buffer.alloc(1000), contentType: 'image/jpeg' } }))
      .rejects.toThrow('credential image is 1000 bytes; Alibaba Cloud accepts 56320–1048576');
    expect(fake.count()).toBe(0);
    expect(r.imageLimits).toEqual({ formats: ['jpeg', 'bmp'], minBytes: 56_320, maxBytes: 1_048_576 });
  });
});

describe('domains', () => {
  it('associates per domain with refusals as values', async () => {
    const r = registrar();
    const profileId = await verifiedProfile(r);
    fake.addDomain('example.com');
    fake.addDomain('done.com', { realNameStatus: 'SUCCEED' });
    fake.addDomain('broken.com');
    fake.failTaskFor('broken.com', '域名名称含有敏感词');
    const { taskNo, results } = await r.associateDomains(profileId, ['Example.com.', 'missing.com', 'bad..name', 'done.com', 'broken.com']);
    expect(results).toEqual([
      { domain: 'Example.com.', accepted: true },
      { domain: 'missing.com', accepted: false, refusal: 'not_registered', reason: 'missing.com is not registered in this Alibaba Cloud account' },
      { domain: 'bad..name', accepted: false, refusal: 'invalid_domain', reason: 'bad..name is not a domain name' },
      { domain: 'done.com', accepted: false, refusal: 'already_verified', reason: 'done.com is already verified' },
      { domain: 'broken.com', accepted: false, reason: '域名名称含有敏感词' },
    ]);
    expect(taskNo.split(',')).toHaveLength(2);
    const save = fake.requests.find((q) => q.action === 'SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID');
    expect(save?.query).toMatchObject({ DomainName: 'example.com', InstanceId: 'S20241ABCD', RegistrantProfileId: profileId });
    expect(await r.getDomain('example.com')).toEqual({
      domain: 'example.com', realNameStatus: 'AUDITING', associationStatus: 'AUDITING', eppStatuses: ['ok'], domainStatus: 'Unverified', failReasons: [],
    });
  });

  it('refuses every domain while the profile is in review, without creating tasks', async () => {
    const r = registrar();
    const { profileId } = await r.submitProfile(submission);
    fake.addDomain('example.com');
    expect(await r.associateDomains(profileId, ['example.com'])).toEqual({
      taskNo: '', results: [{ domain: 'example.com', accepted: false, refusal: 'profile_in_review', reason: `profile ${profileId} is still in review` }],
    });
    expect(fake.count('SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID')).toBe(0);
  });

  it('reads the domain failure reasons and treats unknown domains as undefined', async () => {
    const r = registrar();
    fake.addDomain('example.com', { realNameStatus: 'FAILED', failReasons: ['审核失败,所有者(中文)字段必须包含中文字符'] });
    expect(await r.getDomain('example.com')).toMatchObject({
      realNameStatus: 'FAILED', domainStatus: 'Unverified', failReasons: [{ date: '2024-05-03T00:00:00.000Z', reason: '审核失败,所有者(中文)字段必须包含中文字符' }],
    });
    expect(fake.requests.at(-1)?.query).toMatchObject({ DomainName: 'example.com', RealNameVerificationAction: 'ACTIVATE' });
    expect(await r.getDomain('nowhere.com')).toBeUndefined();
    fake.script('QueryDomainByDomainName', { kind: 'error', status: 400, code: 'DomainNotExist' });
    expect(await r.getDomain('example.com')).toBeUndefined();
  });
});

describe('signature checks by the fake', () => {
  it('rejects a wrong secret with SignatureDoesNotMatch and does not retry', async () => {
    const r = registrar({ accessKeySecret: 'wrong-secret' });
    const error = await r.getProfile('10001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AliyunApiError);
    expect(error).toMatchObject({ code: 'registrar_failed', apiCode: 'SignatureDoesNotMatch', httpStatus: 400 });
    expect((error as Error).message).toMatch(/^Alibaba Cloud QueryRegistrantProfiles failed: the request signature was rejected: check ALIBABA_CLOUD_ACCESS_KEY_SECRET \[SignatureDoesNotMatch: /);
    expect(fake.requests).toMatchObject([{ signatureOk: false, answered: 400 }]);
  });

  it('rejects an unknown AccessKey ID', async () => {
    const error = await registrar({ accessKeyId: 'LTAI-nobody' }).getProfile('1').catch((e: unknown) => e);
    expect(error).toMatchObject({ apiCode: 'InvalidAccessKeyId.NotFound', httpStatus: 404 });
  });

  it('rejects a request altered after signing', async () => {
    const tamper: typeof fetch = (url, init) => fetch(String(url).replace('example.com', 'evil.com'), init);
    const error = await registrar({ fetch: tamper }).getDomain('example.com').catch((e: unknown) => e);
    expect(error).toMatchObject({ apiCode: 'SignatureDoesNotMatch' });
  });
});

describe('failures and retries', () => {
  it.each([400, 503] as const)('retries Throttling.User (HTTP %i) with a fresh signature, then succeeds', async (status) => {
    const r = registrar();
    fake.script('QueryRegistrantProfiles', { kind: 'throttle', status }, { kind: 'throttle', status });
    expect(await r.getProfile('10001')).toBeUndefined();
    expect(fake.count('QueryRegistrantProfiles')).toBe(3);
    expect(fake.requests.map((q) => q.answered)).toEqual([status, status, 200]);
  });

  it('retries 5xx even for a write, then succeeds', async () => {
    const r = registrar();
    fake.script('SaveRegistrantProfile', { kind: 'server-error', status: 500 }, { kind: 'server-error', status: 502 });
    await expect(r.submitProfile(submission)).resolves.toEqual({ profileId: '10001' });
    expect(fake.count('SaveRegistrantProfile')).toBe(3);
  });

  it('gives up after maxRetries with the throttling error', async () => {
    const r = registrar({ maxRetries: 2 });
    fake.script('QueryRegistrantProfiles', ...Array(3).fill({ kind: 'throttle', status: 400 }));
    await expect(r.getProfile('10001')).rejects.toMatchObject({ apiCode: 'Throttling.User', message: expect.stringMatching(/rate limited by Alibaba Cloud/) });
    expect(fake.count('QueryRegistrantProfiles')).toBe(3);
  });

  it('does not retry a definite refusal', async () => {
    fake.script('QueryRegistrantProfiles', { kind: 'error', status: 403, code: 'Forbidden.RAM', message: 'User not authorized to operate on the specified resource.' });
    await expect(registrar().getProfile('10001')).rejects.toThrow(
      /^Alibaba Cloud QueryRegistrantProfiles failed: the AccessKey lacks the RAM permission for this action \(e\.g\. AliyunDomainFullAccess\) \[Forbidden\.RAM: User not authorized/,
    );
    expect(fake.count()).toBe(1);
  });

  it('turns malformed JSON into a RegistrarError', async () => {
    fake.script('SaveRegistrantProfile', { kind: 'malformed' });
    const error = await registrar().submitProfile(submission).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistrarError);
    expect((error as AppError).message).toBe('Alibaba Cloud SaveRegistrantProfile failed: the answer (HTTP 200) is not JSON');
    expect(fake.count()).toBe(1);
  });

  it('turns an unexpected shape into a RegistrarError naming the field', async () => {
    fake.script('SaveRegistrantProfile', { kind: 'unexpected-shape' });
    await expect(registrar().submitProfile(submission)).rejects.toThrow(
      /^Alibaba Cloud SaveRegistrantProfile returned an unexpected answer:\n✖ Invalid input[^\n]*\n {2}→ at RegistrantProfileId$/,
    );
  });

  it('times out a hanging read and retries it', async () => {
    fake.script('QueryRegistrantProfiles', { kind: 'hang' }, { kind: 'hang' });
    await expect(registrar({ timeoutMs: 150, maxRetries: 1 }).getProfile('10001')).rejects.toThrow(
      'Alibaba Cloud QueryRegistrantProfiles failed: no answer within 150 ms',
    );
    expect(fake.count('QueryRegistrantProfiles')).toBe(2);
  });

  it('does not repeat a write that timed out', async () => {
    fake.script('SaveRegistrantProfile', { kind: 'hang' });
    await expect(registrar({ timeoutMs: 150, maxRetries: 3 }).submitProfile(submission)).rejects.toThrow(/no answer within 150 ms/);
    expect(fake.count()).toBe(1);
  });

  it('says which profile was saved when the document upload fails', async () => {
    fake.script('RegistrantProfileRealNameVerification', { kind: 'error', status: 400, code: 'IdentityCredentialInvalid', message: 'bad image' });
    await expect(registrar().submitProfile(submission)).rejects.toThrow(/^profile 10001 was saved but its documents were not submitted: .*IdentityCredentialInvalid/);
  });
});

describe('submitting again for a saved profile', () => {
  const failUpload = () => fake.script('RegistrantProfileRealNameVerification', { kind: 'server-error', status: 503 }, { kind: 'server-error', status: 503 }, { kind: 'server-error', status: 503 });

  it('names the saved profile in a typed field, and a retry with it submits only the documents', async () => {
    const r = registrar();
    failUpload();
    const error = await r.submitProfile(submission).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentsNotSubmittedError);
    expect(error).toBeInstanceOf(RegistrarError);
    expect(error).toMatchObject({ code: 'registrar_failed', profileId: '10001', name: 'DocumentsNotSubmittedError' });
    expect(savedProfileId(error)).toBe('10001');
    expect(fake.profile('10001')?.status).toBe('NONAUDIT');
    const before = fake.count();
    await expect(r.submitProfile(submission, { profileId: '10001' })).resolves.toEqual({ profileId: '10001' });
    expect(fake.requests.slice(before).map((q) => q.action)).toEqual(['QueryRegistrantProfiles', 'RegistrantProfileRealNameVerification']);
    expect(fake.count('SaveRegistrantProfile')).toBe(1);
    expect(fake.profile('10001')).toMatchObject({ status: 'AUDITING', credentialNo: submission.credentialNo, imageBytes: IMAGE.length });
  });

  it('names the same profile again when the retry fails too', async () => {
    const r = registrar({ maxRetries: 0 });
    fake.script('RegistrantProfileRealNameVerification', { kind: 'server-error', status: 503 }, { kind: 'server-error', status: 503 });
    const first = await r.submitProfile(submission).catch((e: unknown) => e);
    const second = await r.submitProfile(submission, { profileId: savedProfileId(first) ?? '' }).catch((e: unknown) => e);
    expect([savedProfileId(first), savedProfileId(second)]).toEqual(['10001', '10001']);
    expect(fake.count('SaveRegistrantProfile')).toBe(1);
  });

  it('sends nothing again for a profile whose documents did arrive (in review or verified)', async () => {
    const r = registrar();
    const { profileId } = await r.submitProfile(submission);
    await expect(r.submitProfile(submission, { profileId })).resolves.toEqual({ profileId });
    fake.reviewProfile(profileId, 'SUCCEED');
    await expect(r.submitProfile(submission, { profileId })).resolves.toEqual({ profileId });
    expect(fake.requests.map((q) => q.action)).toEqual([
      'SaveRegistrantProfile', 'RegistrantProfileRealNameVerification', 'QueryRegistrantProfiles', 'QueryRegistrantProfiles',
    ]);
  });

  it('submits the documents again for a FAILED profile, under the same id', async () => {
    const r = registrar();
    const { profileId } = await r.submitProfile(submission);
    fake.reviewProfile(profileId, 'FAILED', '证件不清晰/被遮挡/水印');
    await expect(r.submitProfile(submission, { profileId })).resolves.toEqual({ profileId });
    expect(fake.count('SaveRegistrantProfile')).toBe(1);
    expect(fake.count('RegistrantProfileRealNameVerification')).toBe(2);
    expect(fake.profile(profileId)?.status).toBe('AUDITING');
  });

  it('creates a profile when the id is unknown here (deleted, or issued by the simulated registrar)', async () => {
    const r = registrar();
    await expect(r.submitProfile(submission, { profileId: '123456789012' })).resolves.toEqual({ profileId: '10001' });
    await expect(r.submitProfile(submission, { profileId: 'sim-1' })).resolves.toEqual({ profileId: '10002' });
    expect(fake.count('SaveRegistrantProfile')).toBe(2);
  });
});

describe('the address sent', () => {
  it('sends Country and Province from the region, whatever the phone says', async () => {
    const r = registrar();
    await r.submitProfile({ ...submission, regionId: 'shaanxi', region: '陕西省', regionEn: 'shaan xi', city: '西安市', cityEn: 'xi an shi', phone: { countryCode: '852', number: '61234567' } });
    expect(fake.requests[0]?.query).toMatchObject({ Country: 'CN', Province: 'shaan xi', ZhProvince: '陕西省', City: 'xi an shi', TelArea: '852' });
  });

  it('refuses an address whose country is unknown before calling the API', async () => {
    const r = registrar();
    const outside = { ...submission, regionId: 'outside' as const, country: '', region: '中国以外', regionEn: 'singapore', city: 'Singapore' };
    await expect(r.submitProfile(outside)).rejects.toThrow('the country of the address is unknown; Alibaba Cloud needs it to save a profile');
    expect(fake.count()).toBe(0);
  });
});

describe('logging', () => {
  it('never logs the secret, the signature, the ID number or the image', async () => {
    const r = registrar();
    fake.script('RegistrantProfileRealNameVerification', { kind: 'throttle', status: 503 });
    const profileId = await verifiedProfile(r);
    await r.getProfile(profileId);
    await registrar({ accessKeySecret: 'wrong-secret-also-private' }).getProfile(profileId).catch(() => undefined);
    const text = logs.join('');
    expect(text).toContain('"apiCode":"Throttling.User"');
    expect(text).toContain('"action":"RegistrantProfileRealNameVerification"');
    for (const secret of [creds.accessKeySecret, 'wrong-secret-also-private', submission.credentialNo, IMAGE.toString('base64').slice(0, 40), 'Signature=']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });
});
