import { describe, expect, it } from 'vitest';
import { interpret, type OpenQuestion } from '../../../src/understanding/interpret.ts';
import { profileFields, type FieldId, type Profile } from '../../../src/domain/profile-fields.ts';
import type { RegistrantKind } from '../../../src/domain/registrant-kinds.ts';
import { typedChoice } from '../../../src/understanding/typed-choice.ts';
import { messageLanguage } from '../../../src/understanding/language.ts';
import { readKind } from '../../../src/understanding/kinds.ts';
import { foldText } from '../../../src/understanding/fold.ts';

const asking = (field: FieldId, kind: RegistrantKind = 'individual_mainland', profile: Profile = { documentType: 'resident_id' }): OpenQuestion =>
  ({ step: 'field', kind, fields: profileFields(kind, profile), profile, field });
/** The valid values a message carries, as field → what was typed there. */
const values = (text: string, question: OpenQuestion) =>
  Object.fromEntries(interpret(text, question).values.filter((v) => v.verdict.valid).map((v) => [v.field, v.text]));

describe('values inside sentences, at the question that asks for them', () => {
  const cases: [string, FieldId, Record<string, string>][] = [
    ["I'm 陈静", 'name', { name: '陈静' }],
    ['my name is 刘洋 😊', 'name', { name: '刘洋' }],
    ['本人刘洋，男', 'name', { name: '刘洋' }],
    ['我叫王芳。', 'name', { name: '王芳' }],
    ['姓名：迪丽热巴·迪力木拉提', 'name', { name: '迪丽热巴·迪力木拉提' }],
    ['hmm which name do you mean', 'name', {}],
    ['song.cn', 'name', {}],
    ['身份证号110108198808081113', 'idNumber', { idNumber: '110108198808081113' }],
    ['是310012吧', 'postalCode', { postalCode: '310012' }],
    ['我的手机是13712345678', 'phone', { phone: '13712345678' }],
    ['0571-88157858 转 123', 'phone', { phone: '0571-88157858 转 123' }],
    ['the city is 杭州市', 'city', { city: '杭州市' }],
    ['廣東', 'region', { region: '廣東' }],
    ['浙江省杭州市西湖区文三路90号', 'address', { address: '浙江省杭州市西湖区文三路90号' }],
  ];
  for (const [text, field, expected] of cases) {
    it(`${field}: ${text}`, () => { expect(values(text, asking(field))).toEqual(expected); });
  }

  it('reads a choice field through traditional characters, and keeps the typed value as typed', () => {
    const [region] = interpret('廣東', asking('region')).values;
    expect(region).toMatchObject({ text: '廣東', start: 0, end: 2, verdict: { valid: true, normalized: 'guangdong' } });
    expect(values('台胞證', asking('documentType', 'individual_taiwan', {}))).toEqual({ documentType: '台胞證' });
  });
});

describe('several answers, corrections and the wrong kind of value', () => {
  it('takes every value that fits a field, with its span', () => {
    const text = '赵磊，手机13512345678，邮箱zhaolei@example.com';
    const meaning = interpret(text, asking('name'));
    expect(meaning.values.map((v) => [v.field, text.slice(v.start, v.end)])).toEqual([['name', '赵磊'], ['email', 'zhaolei@example.com'], ['phone', '13512345678']]);
  });

  it('keeps a value that fails its check, with the reason, for the dialog to refuse', () => {
    const email = interpret('孙丽, email sunli@@example', asking('name')).values.find((v) => v.field === 'email');
    expect(email?.verdict).toMatchObject({ valid: false, error: { code: 'email_multiple_at' } });
  });

  it('reads a correction of an earlier field by its name', () => {
    expect(values("sorry, the phone I gave was wrong, it's 13712345678", asking('email'))).toEqual({ phone: '13712345678' });
    expect(values('邮编写错了，是310012', asking('phone'))).toEqual({ postalCode: '310012' });
  });

  it('reads a bare number at another field\'s question as an attempt at that field, not as a phone', () => {
    const meaning = interpret('1101051949123100', asking('idNumber'));
    expect(meaning.values.map((v) => [v.field, v.verdict.valid])).toEqual([['idNumber', false]]);
    expect(interpret('13812345678', asking('email'))).toMatchObject({ values: [], recognized: ['phone'] });
  });

  it('takes an email at the phone question as the email, and says what a domain is', () => {
    expect(values('just use my email tang@example.com', asking('phone'))).toEqual({ email: 'tang@example.com' });
    expect(interpret('song.cn', asking('name')).recognized).toEqual(['domain']);
  });
});

describe('kinds, buttons, questions, complaints and language', () => {
  it('reads a change of registrant kind only when the message says it changed', () => {
    expect(interpret('wait, this is for our company', asking('name'))).toMatchObject({ kindChange: true, kind: 'enterprise_mainland' });
    expect(interpret('其实是单位的', asking('phone'))).toMatchObject({ kindChange: true, kind: 'enterprise_mainland' });
    expect(interpret('北京某某科技有限公司', asking('orgName', 'enterprise_mainland', { documentType: 'business_license' })).kindChange).toBe(false);
    expect(readKind(foldText('我是臺灣居民'))).toBe('individual_taiwan');
    expect(readKind(foldText('個人，香港居民'))).toBe('individual_hk_macao');
  });

  it('reads a typed button label or a plain yes / no, and nothing else', () => {
    const screen = { choices: [{ id: 'summary.confirm', label: { en: 'All correct', zh: '全部正确' } }], yes: 'summary.confirm', no: 'summary.edit' };
    for (const text of ['all correct!', '全部正确', "yes that's correct", 'yep all good', '对的', '沒問題', '好的', 'ok 没问题', 'Looks right 👍']) {
      expect(typedChoice(text, screen), text).toBe('summary.confirm');
    }
    expect(typedChoice('nope', screen)).toBe('summary.edit');
    for (const text of ['yes but the phone is wrong', '杭州市', 'no idea what this is']) expect(typedChoice(text, screen), text).toBeUndefined();
  });

  it('answers "why" about the field it names, and tells a complaint from an answer', () => {
    expect(interpret('why do you need my phone number?', asking('phone')).why).toBe('phone');
    expect(interpret('为什么要填邮编', asking('postalCode')).why).toBe('postalCode');
    expect(interpret('我没有这个号码', asking('phone')).complaint).toBe(true);
    expect(interpret('this keeps failing', asking('address')).complaint).toBe(true);
    // Typed on a phone, with its curly apostrophe.
    expect(interpret('I don’t have one', asking('phone')).complaint).toBe(true);
    expect(interpret('it doesn’t work', asking('address')).complaint).toBe(true);
    expect(interpret('浙江省杭州市西湖区文三路90号', asking('address')).complaint).toBe(false);
  });

  it('says which language most of the message is in, not counting its values', () => {
    expect(messageLanguage('我是individual')).toBe('zh');
    expect(messageLanguage('hi')).toBeUndefined();
    expect(messageLanguage('ok')).toBeUndefined();
    expect(messageLanguage('91330106MA2KXXXX0X')).toBeUndefined();
    expect(interpret('Shanghai 上海市', asking('city', 'individual_foreign', { documentType: 'passport' })).lang).toBeUndefined();
    expect(interpret('my name is 刘洋', asking('name')).lang).toBe('en');
    expect(interpret('你好，我叫刘洋', asking('name')).lang).toBe('zh');
  });
});

describe('commands in traditional characters', () => {
  it('reads 重新開始, 轉人工 and 刪除我的證件 as their simplified commands', async () => {
    const { toCommand } = await import('../../../dialogs/verification/utterances.ts');
    expect(toCommand('重新開始')).toBe('restart');
    expect(toCommand('轉人工')).toBe('human');
    expect(toCommand('刪除我的證件')).toBe('delete_documents');
    expect(toCommand('幫助')).toBe('help');
  });
});
