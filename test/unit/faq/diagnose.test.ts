import { describe, expect, it } from 'vitest';
import { diagnoseDomain } from '../../../src/faq/diagnose.ts';
import { fakeJpeg, sampleSubmission } from '../../support/registrar-fixtures.ts';
import { createMemoryKv } from '../../../src/registrar/memory-kv.ts';
import { createSimulatedRegistrar } from '../../../src/registrar/simulated.ts';
import type { DomainState, Registrar } from '../../../src/registrar/types.ts';

const REVIEW = 30;


function setup() {
  const clock = { now: Date.UTC(2026, 0, 5, 9) };
  const registrar = createSimulatedRegistrar({ kv: createMemoryKv(), reviewSeconds: REVIEW, now: () => clock.now });
  const advance = () => { clock.now += REVIEW * 1000; };
  const verifiedProfile = async () => {
    const { profileId } = await registrar.submitProfile(sampleSubmission());
    advance();
    return profileId;
  };
  return { registrar, advance, verifiedProfile };
}

describe('diagnoseDomain against the simulated registrar', () => {
  it('not registered with this registrar', async () => {
    const { registrar } = setup();
    const d = await diagnoseDomain(registrar, 'unregistered-shop.com', { lang: 'en' });
    expect(d).toMatchObject({ cause: 'not_registered', nextStep: 'human' });
    expect(d.text).toContain('unregistered-shop.com is not registered with this registrar');
  });

  it('no profile yet: create one first, and the serverHold is explained', async () => {
    const { registrar } = setup();
    const d = await diagnoseDomain(registrar, 'shop.com', { lang: 'zh' });
    expect(d).toMatchObject({ cause: 'profile_missing', nextStep: 'fix_profile' });
    expect(d.text).toContain('shop.com 还没有认证成功的信息模板');
    expect(d.text).toContain('serverHold');
  });

  it('profile in review: wait, with the expected review time from the guide', async () => {
    const { registrar } = setup();
    const { profileId } = await registrar.submitProfile(sampleSubmission());
    const d = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', profileId });
    expect(d).toMatchObject({ cause: 'profile_auditing', nextStep: 'wait' });
    expect(d.text).toContain(`Registrant profile ${profileId} is still in review. This usually takes 1 business day, sometimes 3–5 business days.`);
  });

  it('profile failed: the registrar reason, explained with its fix', async () => {
    const { registrar, advance } = setup();
    const { profileId } = await registrar.submitProfile(sampleSubmission({ name: '张三FAIL' }));
    advance();
    const en = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', profileId });
    expect(en).toMatchObject({ cause: 'profile_failed', nextStep: 'fix_profile' });
    expect(en.text).toContain('(注册者信息不一致)');
    const zh = await diagnoseDomain(registrar, 'shop.com', { lang: 'zh', profileId });
    expect(zh.text).toContain('• 注册者信息不一致：');
  });

  it('profile verified but not associated: associate', async () => {
    const { registrar, verifiedProfile } = setup();
    const profileId = await verifiedProfile();
    const d = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', profileId });
    expect(d).toMatchObject({ cause: 'not_associated', nextStep: 'associate' });
    expect(d.text).toContain('shop.com is not associated with it yet');
  });

  it('association in review: wait about a day', async () => {
    const { registrar, verifiedProfile } = setup();
    const profileId = await verifiedProfile();
    await registrar.associateDomains(profileId, ['shop.com']);
    const d = await diagnoseDomain(registrar, 'shop.com', { lang: 'en' });
    expect(d).toMatchObject({ cause: 'association_auditing', nextStep: 'wait' });
    expect(d.text).toContain('usually finishes within 1 day, sometimes 3–5 business days');
  });

  it('association failed: the domain review reason', async () => {
    const { registrar, verifiedProfile, advance } = setup();
    const profileId = await verifiedProfile();
    await registrar.associateDomains(profileId, ['sensitive-shop.com']);
    advance();
    const d = await diagnoseDomain(registrar, 'sensitive-shop.com', { lang: 'en' });
    expect(d).toMatchObject({ cause: 'association_failed', nextStep: 'fix_profile' });
    expect(d.text).toContain('The domain name contains a sensitive word');
  });

  it('verified and Normal: next steps with a DNS check', async () => {
    const { registrar, verifiedProfile, advance } = setup();
    const profileId = await verifiedProfile();
    await registrar.associateDomains(profileId, ['shop.com']);
    advance();
    const plain = await diagnoseDomain(registrar, 'shop.com', { lang: 'en' });
    expect(plain).toEqual({ cause: 'normal', text: expect.stringContaining('ICP filing') });
    const noNs = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', resolveDns: async () => ({ ns: [], a: [] }) });
    expect(noNs.text).toContain('shop.com has no name servers in public DNS');
    const noA = await diagnoseDomain(registrar, 'shop.com', { lang: 'zh', resolveDns: async () => ({ ns: ['ns1.example.net'], a: [] }) });
    expect(noA.text).toContain('没有 A 记录');
    const ok = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', resolveDns: async () => ({ ns: ['ns1.example.net'], a: ['203.0.113.7'] }) });
    expect(ok.text).toContain('shop.com resolves to 203.0.113.7');
    const failed = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', resolveDns: async () => ({ ns: [], a: [], error: 'ETIMEOUT' }) });
    expect(failed.text).toContain('(ETIMEOUT)');
  });

  it('already verified before the bot saw it: Normal', async () => {
    const { registrar } = setup();
    expect((await diagnoseDomain(registrar, 'verified-shop.com', { lang: 'en' })).cause).toBe('normal');
  });

  it('clientHold: registrar lock, needs a person', async () => {
    const { registrar } = setup();
    const d = await diagnoseDomain(registrar, 'clienthold-shop.com', { lang: 'en' });
    expect(d).toMatchObject({ cause: 'client_hold', nextStep: 'human' });
    expect(d.text).toContain('registrar lock');
    expect(d.text).toContain('also not identity-verified');
  });

  it('verified .cn domain still on serverHold: enhanced verification', async () => {
    const { registrar, verifiedProfile, advance } = setup();
    const profileId = await verifiedProfile();
    await registrar.associateDomains(profileId, ['enhanced-shop.cn']);
    advance();
    const d = await diagnoseDomain(registrar, 'enhanced-shop.cn', { lang: 'en' });
    expect(d).toMatchObject({ cause: 'enhanced_verification', nextStep: 'human' });
    expect(d.text).toContain('within 10 calendar days');
  });

  it('verified non-.cn domain still on serverHold: registry hold for another reason', async () => {
    const { registrar, verifiedProfile, advance } = setup();
    const profileId = await verifiedProfile();
    await registrar.associateDomains(profileId, ['enhanced-shop.com']);
    advance();
    const d = await diagnoseDomain(registrar, 'enhanced-shop.com', { lang: 'zh' });
    expect(d).toMatchObject({ cause: 'server_hold', nextStep: 'human' });
    expect(d.text).toContain('注册局锁定');
  });
});

describe('diagnoseDomain: a profile that was saved but never submitted', () => {
  it('asks to submit it', async () => {
    const domain: DomainState = {
      domain: 'shop.com', realNameStatus: 'NONAUDIT', associationStatus: 'none', eppStatuses: ['serverHold'], domainStatus: 'Unverified', failReasons: [],
    };
    const registrar: Registrar = {
      name: 'simulated', imageLimits: { formats: ['jpeg'], minBytes: 0, maxBytes: 1 },
      submitProfile: async () => ({ profileId: 'p1' }),
      getProfile: async (profileId) => ({ profileId, status: 'NONAUDIT', failReasons: [], updatedAt: '2026-01-05T09:00:00.000Z' }),
      associateDomains: async () => ({ taskNo: 't', results: [] }),
      getDomain: async () => domain,
    };
    const d = await diagnoseDomain(registrar, 'shop.com', { lang: 'en', profileId: 'p1' });
    expect(d).toMatchObject({ cause: 'profile_nonaudit', nextStep: 'fix_profile' });
    expect(d.text).toContain('Registrant profile p1 has not been submitted for verification yet');
  });
});
