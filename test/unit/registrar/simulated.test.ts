import { describe, expect, it } from 'vitest';
import { RegistrarError } from '../../../src/errors.ts';
import { fakeJpeg, sampleSubmission } from '../../support/registrar-fixtures.ts';
import { createMemoryKv } from '../../../src/registrar/memory-kv.ts';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const REVIEW = 20;


function setup(kv = createMemoryKv()) {
  const clock = { now: T0 };
  const registrar = createSimulatedRegistrar({ kv, reviewSeconds: REVIEW, now: () => clock.now });
  const advance = (seconds: number) => { clock.now += seconds * 1000; };
  return { kv, clock, registrar, advance };
}

async function verifiedProfile(s: ReturnType<typeof setup>): Promise<string> {
  const { profileId } = await s.registrar.submitProfile(sampleSubmission());
  s.advance(REVIEW);
  expect((await s.registrar.getProfile(profileId))?.status).toBe('SUCCEED');
  return profileId;
}

describe('simulated registrar: profiles', () => {
  it('names itself and exposes the Alibaba image limits', () => {
    const { registrar } = setup();
    expect(registrar.name).toBe('simulated');
    expect(registrar.imageLimits).toEqual({ formats: ['jpeg', 'bmp'], minBytes: 56_320, maxBytes: 1_048_576 });
  });

  it('is AUDITING right after submission and until the review time has passed', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission());
    expect(profileId).toMatch(/^\d{12}$/);
    expect(await s.registrar.getProfile(profileId)).toEqual({
      profileId, status: 'AUDITING', failReasons: [], submittedAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z',
    });
    s.advance(REVIEW - 1);
    expect((await s.registrar.getProfile(profileId))?.status).toBe('AUDITING');
  });

  it('turns SUCCEED once reviewSeconds have passed', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission());
    s.advance(REVIEW);
    expect(await s.registrar.getProfile(profileId)).toEqual({
      profileId, status: 'SUCCEED', failReasons: [], submittedAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:20.000Z',
    });
  });

  it.each([
    ['no image', { credentialImage: undefined }, '未提交证件'],
    ['an enterprise document for an individual', { credentialType: 'YYZZ' }, '证件类型选择错误或证件号码位数不正确'],
    ['a personal document for an enterprise', { registrantType: 'enterprise' as const, credentialType: 'SFZ' }, '证件类型选择错误或证件号码位数不正确'],
    ['FAIL in the English name', { nameEn: 'Zhang FAIL' }, '注册者信息不一致'],
    ['失败 in the name', { name: '张失败' }, '注册者信息不一致'],
    ['a number ending 999 + check digit', { credentialNo: '110105194912319990' }, '证件电子信息核验不合格'],
    ['a number ending 998 + check digit', { credentialNo: '11010519491231998X' }, '库中无此号'],
    ['a number ending 997 + check digit', { credentialNo: '110105194912319973' }, '不在实名库中或为新颁发证件'],
    ['a number ending 996 + check digit', { credentialNo: '110105194912319965' }, '证件不清晰/被遮挡/水印'],
    ['a number ending 995 + check digit', { credentialNo: 'E12349955' }, '证件不完整'],
    ['a number ending 994 + check digit', { credentialNo: 'E12349944' }, '注册者身份有效性验证失败'],
    ['a number ending 993 + check digit', { credentialNo: 'E12349933' }, '提交资料显示为海外用户'],
    ['a full-width number ending 992 + check digit', { credentialNo: 'Ｅ１２３４９９２２' }, '注册联系人信息有误'],
  ])('fails after review with %s', async (_label, over, reason) => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission(over));
    expect((await s.registrar.getProfile(profileId))?.status).toBe('AUDITING');
    s.advance(REVIEW);
    expect(await s.registrar.getProfile(profileId)).toMatchObject({
      status: 'FAILED', failReasons: [{ date: '2026-01-05T09:00:20.000Z', reason }], updatedAt: '2026-01-05T09:00:20.000Z',
    });
  });

  it('accepts an enterprise with its licence, and a QT document for an individual', async () => {
    const s = setup();
    const a = await s.registrar.submitProfile(sampleSubmission({ registrantType: 'enterprise', credentialType: 'XYDM', credentialNo: '91330106MA27XL8K4B' }));
    const b = await s.registrar.submitProfile(sampleSubmission({ credentialType: 'QT' }));
    s.advance(REVIEW);
    expect((await s.registrar.getProfile(a.profileId))?.status).toBe('SUCCEED');
    expect((await s.registrar.getProfile(b.profileId))?.status).toBe('SUCCEED');
  });

  it('gives every submission its own profile', async () => {
    const s = setup();
    const a = await s.registrar.submitProfile(sampleSubmission());
    const b = await s.registrar.submitProfile(sampleSubmission());
    expect(a.profileId).not.toBe(b.profileId);
  });

  it('does not know a profile it never saw', async () => {
    expect(await setup().registrar.getProfile('123')).toBeUndefined();
  });

  it('accepts a BMP image by content', async () => {
    const bytes = Buffer.alloc(100 * 1024);
    bytes.write('BM');
    const { profileId } = await setup().registrar.submitProfile(sampleSubmission({ credentialImage: { bytes, contentType: 'image/bmp' } }));
    expect(profileId).toMatch(/^\d+$/);
  });

  it.each([
    ['too small', { bytes: fakeJpeg(50 * 1024), contentType: 'image/jpeg' as const }, 'credential image is 51200 bytes; the registrar accepts 56320–1048576'],
    ['too large', { bytes: fakeJpeg(1024 * 1024 + 1), contentType: 'image/jpeg' as const }, 'credential image is 1048577 bytes; the registrar accepts 56320–1048576'],
    ['a JPEG labelled BMP', { bytes: fakeJpeg(), contentType: 'image/bmp' as const }, 'credential image content is not image/bmp'],
  ])('refuses an image that is %s, as the real API does', async (_label, credentialImage, message) => {
    const s = setup();
    const error = await s.registrar.submitProfile(sampleSubmission({ credentialImage })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistrarError);
    expect(error).toMatchObject({ code: 'registrar_failed', message });
    expect(s.kv.size).toBe(0);
  });

  it('stores no personal data', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission());
    expect(await s.kv.get(`profile:${profileId}`)).toEqual({
      profileId, registrantType: 'individual', submittedAt: T0, outcome: { status: 'SUCCEED' },
    });
  });

  it('reports a corrupt record as a registrar failure, not as unknown', async () => {
    const s = setup();
    await s.kv.set('profile:42', { profileId: 42 });
    await expect(s.registrar.getProfile('42')).rejects.toMatchObject({ code: 'registrar_failed', message: 'simulated registrar record profile:42 is corrupt' });
  });
});

describe('simulated registrar: submitting again for a saved profile', () => {
  it('returns a profile in review or verified as it is, without reviewing it again', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission());
    s.advance(5);
    expect(await s.registrar.submitProfile(sampleSubmission(), { profileId })).toEqual({ profileId });
    expect(await s.kv.get(`profile:${profileId}`)).toMatchObject({ submittedAt: T0 });
    s.advance(REVIEW);
    expect(await s.registrar.submitProfile(sampleSubmission({ credentialNo: '110105194912319990' }), { profileId })).toEqual({ profileId });
    expect((await s.registrar.getProfile(profileId))?.status).toBe('SUCCEED');
    expect(s.kv.size).toBe(1);
  });

  it('reviews a FAILED profile again under the same id, with the new submission', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission({ credentialImage: undefined }));
    s.advance(REVIEW);
    expect((await s.registrar.getProfile(profileId))?.status).toBe('FAILED');
    expect(await s.registrar.submitProfile(sampleSubmission(), { profileId })).toEqual({ profileId });
    expect(await s.registrar.getProfile(profileId)).toMatchObject({ status: 'AUDITING', failReasons: [], submittedAt: '2026-01-05T09:00:20.000Z' });
    s.advance(REVIEW);
    expect((await s.registrar.getProfile(profileId))?.status).toBe('SUCCEED');
    expect(s.kv.size).toBe(1);
  });

  it('creates a new profile for an id it never issued', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission(), { profileId: '10001' });
    expect(profileId).toMatch(/^\d{12}$/);
    expect(await s.registrar.getProfile('10001')).toBeUndefined();
    expect((await s.registrar.getProfile(profileId))?.status).toBe('AUDITING');
  });

  it('still refuses a bad image before looking at the saved profile', async () => {
    const s = setup();
    const { profileId } = await s.registrar.submitProfile(sampleSubmission());
    await expect(s.registrar.submitProfile(sampleSubmission({ credentialImage: { bytes: fakeJpeg(1000), contentType: 'image/jpeg' } }), { profileId }))
      .rejects.toThrow('credential image is 1000 bytes; the registrar accepts 56320–1048576');
  });
});

describe('simulated registrar: domains', () => {
  it('registers any valid domain on first sight as unverified and locked by the registry', async () => {
    expect(await setup().registrar.getDomain('Example.COM.')).toEqual({
      domain: 'example.com', realNameStatus: 'NONAUDIT', associationStatus: 'none', eppStatuses: ['serverHold'],
      domainStatus: 'Unverified', failReasons: [],
    });
  });

  it('accepts internationalized names and ideographic dots', async () => {
    expect((await setup().registrar.getDomain('例子。中国'))?.domain).toBe('例子.中国');
  });

  it.each(['localhost', 'exa mple.com', '-bad.com', 'bad-.com', 'a..com', 'example.123', `${'a'.repeat(64)}.com`, 'unregistered-shop.cn'])(
    'does not know %s', async (domain) => {
      expect(await setup().registrar.getDomain(domain)).toBeUndefined();
    });

  it('associates a verified profile: AUDITING, then SUCCEED, ok and Normal after the review', async () => {
    const s = setup();
    const profileId = await verifiedProfile(s);
    const { taskNo, results } = await s.registrar.associateDomains(profileId, ['example.com', 'EXAMPLE.com', 'example.cn']);
    expect(taskNo).toMatch(/^[0-9a-f-]{36}$/);
    expect(results).toEqual([{ domain: 'example.com', accepted: true }, { domain: 'example.cn', accepted: true }]);
    expect(await s.registrar.getDomain('example.com')).toEqual({
      domain: 'example.com', realNameStatus: 'AUDITING', profileId, associationStatus: 'AUDITING', eppStatuses: ['serverHold'],
      domainStatus: 'Unverified', failReasons: [],
    });
    s.advance(REVIEW);
    expect(await s.registrar.getDomain('example.com')).toEqual({
      domain: 'example.com', realNameStatus: 'SUCCEED', profileId, associationStatus: 'SUCCEED', eppStatuses: ['ok'],
      domainStatus: 'Normal', failReasons: [],
    });
  });

  it('refuses domains that are in review or already verified', async () => {
    const s = setup();
    const profileId = await verifiedProfile(s);
    await s.registrar.associateDomains(profileId, ['example.com']);
    expect((await s.registrar.associateDomains(profileId, ['example.com'])).results).toEqual([
      { domain: 'example.com', accepted: false, refusal: 'domain_in_review', reason: 'example.com is already in review' },
    ]);
    s.advance(REVIEW);
    expect((await s.registrar.associateDomains(profileId, ['example.com', 'verified-site.com'])).results).toEqual([
      { domain: 'example.com', accepted: false, refusal: 'already_verified', reason: 'example.com is already verified' },
      { domain: 'verified-site.com', accepted: false, refusal: 'already_verified', reason: 'verified-site.com is already verified' },
    ]);
  });

  it('refuses invalid and unregistered domains one by one', async () => {
    const s = setup();
    const profileId = await verifiedProfile(s);
    expect((await s.registrar.associateDomains(profileId, ['not a domain', 'unregistered-x.com', 'fine.com'])).results).toEqual([
      { domain: 'not a domain', accepted: false, refusal: 'invalid_domain', reason: '"not a domain" is not a valid domain name' },
      { domain: 'unregistered-x.com', accepted: false, refusal: 'not_registered', reason: 'unregistered-x.com is not registered with this registrar' },
      { domain: 'fine.com', accepted: true },
    ]);
  });

  it('refuses to associate a profile that is unknown, in review or failed, and leaves the domain untouched', async () => {
    const s = setup();
    const missing = await s.registrar.associateDomains('404', ['example.com']);
    expect(missing.results).toEqual([{ domain: 'example.com', accepted: false, refusal: 'profile_not_found', reason: 'registrant profile 404 does not exist' }]);
    const { profileId: reviewing } = await s.registrar.submitProfile(sampleSubmission());
    expect((await s.registrar.associateDomains(reviewing, ['example.com'])).results).toEqual([{
      domain: 'example.com', accepted: false, refusal: 'profile_in_review', reason: `registrant profile ${reviewing} is still in review; associate it once it is verified`,
    }]);
    const { profileId: failed } = await s.registrar.submitProfile(sampleSubmission({ credentialImage: undefined }));
    s.advance(REVIEW);
    expect((await s.registrar.associateDomains(failed, ['example.com'])).results).toEqual([{
      domain: 'example.com', accepted: false, refusal: 'profile_failed', reason: `registrant profile ${failed} failed verification (未提交证件); fix and resubmit it first`,
    }]);
    expect((await s.registrar.getDomain('example.com'))?.associationStatus).toBe('none');
  });

  it('rejects an empty domain list as a programming error', async () => {
    await expect(setup().registrar.associateDomains('1', [])).rejects.toThrow(TypeError);
  });

  it('clienthold- domains carry the registrar lock before and after verification', async () => {
    const s = setup();
    expect(await s.registrar.getDomain('clienthold-shop.com')).toMatchObject({ eppStatuses: ['clientHold', 'serverHold'], domainStatus: 'Unverified' });
    const profileId = await verifiedProfile(s);
    await s.registrar.associateDomains(profileId, ['clienthold-shop.com']);
    s.advance(REVIEW);
    expect(await s.registrar.getDomain('clienthold-shop.com')).toMatchObject({ realNameStatus: 'SUCCEED', eppStatuses: ['clientHold'], domainStatus: 'Hold' });
  });

  it('enhanced- domains stay on serverHold after verification', async () => {
    const s = setup();
    const profileId = await verifiedProfile(s);
    await s.registrar.associateDomains(profileId, ['enhanced-shop.cn']);
    s.advance(REVIEW);
    expect(await s.registrar.getDomain('enhanced-shop.cn')).toMatchObject({
      realNameStatus: 'SUCCEED', associationStatus: 'SUCCEED', eppStatuses: ['serverHold'], domainStatus: 'Hold',
    });
  });

  it('sensitive- domains fail the association review with the sensitive-word reason, and can be resubmitted', async () => {
    const s = setup();
    const profileId = await verifiedProfile(s);
    await s.registrar.associateDomains(profileId, ['sensitive-shop.cn']);
    s.advance(REVIEW);
    expect(await s.registrar.getDomain('sensitive-shop.cn')).toEqual({
      domain: 'sensitive-shop.cn', realNameStatus: 'FAILED', profileId, associationStatus: 'FAILED', eppStatuses: ['serverHold'],
      domainStatus: 'Unverified', failReasons: [{ date: '2026-01-05T09:00:40.000Z', reason: '域名名称含有敏感词' }],
    });
    expect((await s.registrar.associateDomains(profileId, ['sensitive-shop.cn'])).results).toEqual([{ domain: 'sensitive-shop.cn', accepted: true }]);
  });

  it('verified- domains are verified without a profile', async () => {
    expect(await setup().registrar.getDomain('verified-shop.com')).toEqual({
      domain: 'verified-shop.com', realNameStatus: 'SUCCEED', associationStatus: 'SUCCEED', eppStatuses: ['ok'], domainStatus: 'Normal', failReasons: [],
    });
  });
});

describe('simulated registrar: persistence', () => {
  it('a new instance over the same store sees profiles and associations, and time keeps running', async () => {
    const first = setup();
    const profileId = await verifiedProfile(first);
    await first.registrar.associateDomains(profileId, ['example.com']);
    const second = setup(first.kv);
    second.clock.now = first.clock.now;
    expect((await second.registrar.getProfile(profileId))?.status).toBe('SUCCEED');
    expect((await second.registrar.getDomain('example.com'))?.associationStatus).toBe('AUDITING');
    second.advance(REVIEW);
    expect((await second.registrar.getDomain('example.com'))?.eppStatuses).toEqual(['ok']);
  });

  it('a zero review time decides immediately', async () => {
    const registrar = createSimulatedRegistrar({ kv: createMemoryKv(), reviewSeconds: 0, now: () => T0 });
    const { profileId } = await registrar.submitProfile(sampleSubmission());
    expect((await registrar.getProfile(profileId))?.status).toBe('SUCCEED');
  });
});
