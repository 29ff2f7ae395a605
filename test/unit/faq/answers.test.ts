import { describe, expect, it } from 'vitest';
import { answerIntent } from '../../../src/faq/answers.ts';
import { INTENT_IDS } from '../../../src/faq/intents.ts';

const CJK = /[\u4e00-\u9fff]/;

describe('answerIntent', () => {
  it.each(INTENT_IDS)('answers %s in both languages', (intent) => {
    const en = answerIntent(intent, { lang: 'en' });
    const zh = answerIntent(intent, { lang: 'zh' });
    expect(en.text.length).toBeGreaterThan(30);
    expect(zh.text).toMatch(CJK);
    expect(en.text.replace(/\.中国|\([^)]*\)/g, '')).not.toMatch(CJK);
    expect(en.text).not.toBe(zh.text);
  });

  it('lists the documents for the registrant kind when known', () => {
    expect(answerIntent('required_documents', { lang: 'en', kind: 'individual_foreign' }).text).toMatchInlineSnapshot(`
      "For Individual: foreign national, prepare:
      • Passport
      • If you do not have it, one of these instead
        1. Foreign Permanent Resident ID Card"
    `);
    const zh = answerIntent('required_documents', { lang: 'zh', kind: 'enterprise_mainland' }).text;
    expect(zh).toContain('中国内地企业/组织，请准备：');
    expect(zh).toContain('营业执照');
  });

  it('offers the registrant kinds when the kind is unknown', () => {
    const answer = answerIntent('required_documents', { lang: 'en' });
    expect(answer.text).toContain('Tell me which one you are');
    expect(answer.choices?.map((c) => c.id)).toEqual([
      'kind:enterprise_mainland', 'kind:enterprise_outside', 'kind:individual_mainland', 'kind:individual_hk_macao', 'kind:individual_taiwan', 'kind:individual_foreign',
    ]);
  });

  it('adds the special-suffix qualifications of the user\'s own domains to the documents', () => {
    const text = answerIntent('required_documents', { lang: 'en', kind: 'enterprise_mainland', domains: ['brand.trademark'] }).text;
    expect(text).toContain(".trademark: the registrant name must be identical to the trademark owner's name");
  });

  it('names the user\'s special domains in the special-suffix answer', () => {
    const text = answerIntent('special_suffix', { lang: 'en', domains: ['city.gov.cn', 'shop.com'] }).text;
    expect(text.split('\n')[0]).toBe('Besides the basic documents, city.gov.cn need:');
    expect(text).toContain('.gov.cn: copy of a valid Organization Code Certificate');
    expect(text).not.toContain('.restaurant');
  });

  it('says when none of the user\'s domains has a special suffix', () => {
    const text = answerIntent('special_suffix', { lang: 'zh', domains: ['shop.com'] }).text;
    expect(text).toContain('您的域名（shop.com）都不属于这些后缀，只需基本证件即可。');
  });

  it('mentions the user\'s .cn domains for enhanced verification', () => {
    expect(answerIntent('enhanced_verification', { lang: 'en', domains: ['a.cn', 'b.com'] }).text).toContain('This may apply to a.cn;');
  });

  it('adds the ID-card merge rule to the photo rules only for ID-card holders', () => {
    expect(answerIntent('photo_requirements', { lang: 'en', kind: 'individual_mainland' }).text).toContain('both sides of the ID card');
    expect(answerIntent('photo_requirements', { lang: 'en', kind: 'individual_foreign' }).text).not.toContain('ID card');
    expect(answerIntent('photo_requirements', { lang: 'zh' }).text).toContain('小于 5 MB');
  });

  it('tailors the profile-correction rules to enterprises and individuals', () => {
    expect(answerIntent('fix_profile_info', { lang: 'en', kind: 'enterprise_outside' }).text).toContain('including punctuation');
    expect(answerIntent('fix_profile_info', { lang: 'en', kind: 'individual_taiwan' }).text).toContain('exactly the same as on your identity document');
  });

  it('explains the "0" rule, with a note for registrants it does not concern', () => {
    expect(answerIntent('no_certificate_number', { lang: 'en', kind: 'enterprise_outside' }).text).toMatchInlineSnapshot(
      `"For an organization outside the Chinese mainland: if the certificate has a number, enter that number in the Unified Social Credit Code field; if it has none, enter the digit "0"."`,
    );
    expect(answerIntent('no_certificate_number', { lang: 'zh', kind: 'enterprise_mainland' }).text).toContain('18 位统一社会信用代码');
  });

  it('offers a status check of the user\'s domains for status questions', () => {
    const answer = answerIntent('why_unverified', { lang: 'en', domains: ['shop.com'] });
    expect(answer.choices).toEqual([{ id: 'status:shop.com', label: 'Check shop.com' }]);
    expect(answerIntent('why_unverified', { lang: 'en' }).choices).toBeUndefined();
  });

  it('offers a person for out-of-scope questions and on request', () => {
    expect(answerIntent('out_of_scope', { lang: 'zh' })).toEqual({
      text: '抱歉，我只能解答域名实名认证相关的问题（材料、照片、审核、域名状态）。需要为您转人工客服吗？',
      choices: [{ id: 'handoff', label: '转人工客服' }],
    });
    expect(answerIntent('human_agent', { lang: 'en' }).choices).toEqual([{ id: 'handoff', label: 'Talk to a person' }]);
  });

  it('points a nearby topic to where it belongs, says what the bot can do and offers a person', () => {
    const icp = answerIntent('out_of_scope', { lang: 'en', topic: 'icp_filing' });
    expect(icp.text).toContain('ICP filing is a separate process with its own console');
    expect(icp.text).toContain('I can help with identity verification for domain names');
    expect(icp.choices).toEqual([{ id: 'handoff', label: 'Talk to a person' }]);
    expect(answerIntent('out_of_scope', { lang: 'zh', topic: 'other_real_name' }).text).toMatch(/^其他服务（支付软件、银行、其他平台）的实名认证[\s\S]*需要为您转人工客服吗？$/);
  });

  it('gives the review times from the guide', () => {
    expect(answerIntent('review_time', { lang: 'en' }).text).toContain('usually reviewed within 1 business day, in some cases 3–5 business days');
    expect(answerIntent('cost', { lang: 'zh' }).text).toContain('免费');
  });
});
