import { describe, expect, it } from 'vitest';
import { crossFieldIssues, fieldMentioned, profileFields, type FieldId, type FieldSpec, type Profile } from '../../../src/domain/profile-fields.ts';
import { REGISTRANT_KINDS, type RegistrantKind } from '../../../src/domain/registrant-kinds.ts';

const field = (kind: RegistrantKind, id: FieldId, profile: Profile = {}): FieldSpec => {
  const spec = profileFields(kind, profile).find((f) => f.id === id);
  if (!spec) throw new Error(`no field ${id} for ${kind}`);
  return spec;
};
const check = (kind: RegistrantKind, id: FieldId, input: string, profile: Profile = {}) => {
  const verdict = field(kind, id, profile).validate(input, profile);
  return verdict.valid ? verdict.normalized : verdict.error.code;
};

const INDIVIDUAL: Profile = {
  documentType: 'resident_id', idNumber: '11010519491231002X', name: '张三', region: 'zhejiang', city: '杭州市',
  address: '浙江省杭州市西湖区文三路 90 号', postalCode: '310012', phone: '+86.13812345678', email: 'zhang@example.com',
};

describe('profileFields', () => {
  it('asks enterprises for the organization and a contact, individuals for their name', () => {
    const order = (kind: RegistrantKind) => profileFields(kind, {}).map((f) => f.id);
    expect(order('enterprise_mainland')).toEqual(['documentType', 'idNumber', 'orgName', 'contactName', 'region', 'city', 'address', 'postalCode', 'phone', 'email']);
    expect(order('enterprise_outside')).toEqual(order('enterprise_mainland'));
    for (const kind of ['individual_mainland', 'individual_hk_macao', 'individual_taiwan', 'individual_foreign'] as const) {
      expect(order(kind)).toEqual(['documentType', 'idNumber', 'name', 'region', 'city', 'address', 'postalCode', 'phone', 'email']);
    }
  });

  it('writes every label, prompt and reason in both languages, with an example in each prompt', () => {
    for (const kind of REGISTRANT_KINDS) {
      for (const spec of profileFields(kind, {})) {
        for (const text of [spec.label, spec.prompt, spec.why]) expect(text.en && text.zh).toBeTruthy();
        expect(spec.prompt.en).toMatch(/e\.g\.|For example/);
        expect(spec.prompt.zh).toContain('例如');
      }
    }
  });

  it('marks personal data', () => {
    expect(profileFields('enterprise_mainland', {}).filter((f) => f.pii).map((f) => f.id)).toEqual(['idNumber', 'contactName', 'address', 'phone', 'email']);
    expect(profileFields('individual_foreign', {}).filter((f) => f.pii).map((f) => f.id)).toEqual(['idNumber', 'name', 'address', 'phone', 'email']);
  });

  it('offers the documents of the kind and reads numbers, names and keywords', () => {
    expect(field('individual_mainland', 'documentType').choices?.({}).map((c) => c.id)).toEqual(['resident_id', 'temporary_id', 'household_booklet', 'household_certificate']);
    expect(check('individual_mainland', 'documentType', '2')).toBe('temporary_id');
    expect(check('individual_mainland', 'documentType', '户口本')).toBe('household_booklet');
    expect(check('individual_mainland', 'documentType', 'my temporary ID card')).toBe('temporary_id');
    expect(check('individual_foreign', 'documentType', 'Passport')).toBe('passport');
    expect(check('enterprise_mainland', 'documentType', '营业执照')).toBe('business_license');
    expect(check('individual_foreign', 'documentType', '身份证')).toBe('document_type_unknown');
  });

  it('lets the chosen document decide the number label and validator', () => {
    expect(field('individual_mainland', 'idNumber').label.en).toBe('ID number (18 digits)');
    expect(check('individual_mainland', 'idNumber', '11010519491231002x')).toBe('11010519491231002X');
    const hk = field('individual_hk_macao', 'idNumber', { documentType: 'travel_permit_hk_macao' });
    expect(hk.label.en).toBe('Travel permit number');
    expect(hk.prompt.en).toBe('What is the Travel permit number on your Mainland Travel Permit for Hong Kong and Macao Residents? For example: H1234567801.');
    expect(check('individual_hk_macao', 'idNumber', 'H1234567801', { documentType: 'travel_permit_hk_macao' })).toBe('H1234567801');
    expect(check('enterprise_mainland', 'idNumber', '91110000600037341L')).toBe('91110000600037341L');
    expect(check('enterprise_mainland', 'idNumber', '11010519491231002X')).not.toBe('11010519491231002X');
    expect(check('enterprise_outside', 'idNumber', '0')).toBe('0');
  });

  it('keeps the organization name exactly, with "·" and "《》"', () => {
    expect(check('enterprise_mainland', 'orgName', '  《读者》杂志社·北京分社 ')).toBe('《读者》杂志社·北京分社');
    expect(check('enterprise_mainland', 'orgName', 'Example Ltd')).toBe('org_name_not_chinese');
    expect(check('enterprise_outside', 'orgName', 'Example Trading Limited')).toBe('Example Trading Limited');
    expect(check('enterprise_outside', 'orgName', '')).toBe('required');
  });

  it('checks names as on the document', () => {
    expect(check('individual_mainland', 'name', '迪丽热巴•迪力木拉提')).toBe('迪丽热巴·迪力木拉提');
    expect(check('individual_mainland', 'name', 'Zhang San')).toBe('name_not_chinese');
    expect(check('individual_foreign', 'name', 'John  Smith')).toBe('John Smith');
    expect(check('individual_foreign', 'name', 'John5')).toBe('name_bad_char');
    expect(check('enterprise_mainland', 'contactName', '李四')).toBe('李四');
  });

  it('restricts the region: mainland for individuals and mainland organizations, outside for the others', () => {
    expect(field('individual_taiwan', 'region').choices?.({})).toHaveLength(31);
    expect(field('enterprise_outside', 'region').choices?.({}).map((c) => c.id)).toEqual(['hong_kong', 'macao', 'taiwan', 'outside']);
    expect(check('individual_mainland', 'region', '浙江省')).toBe('zhejiang');
    expect(check('individual_mainland', 'region', 'zhejiang')).toBe('zhejiang');
    expect(check('individual_hk_macao', 'region', '香港')).toBe('region_not_mainland');
    expect(check('enterprise_outside', 'region', 'Hong Kong')).toBe('hong_kong');
    expect(check('enterprise_outside', 'region', '上海')).toBe('region_in_mainland');
    expect(check('enterprise_mainland', 'region', 'Atlantis')).toBe('region_unknown');
  });

  it('asks for Chinese addresses in the mainland', () => {
    expect(check('individual_foreign', 'address', '  浙江省杭州市西湖区文三路   90 号 ')).toBe('浙江省杭州市西湖区文三路 90 号');
    expect(check('individual_foreign', 'address', '90 Wensan Road, Hangzhou')).toBe('address_not_chinese');
    expect(check('enterprise_outside', 'address', "1 Queen's Road Central")).toBe("1 Queen's Road Central");
    expect(check('individual_mainland', 'address', '文三路')).toBe('address_too_short');
    expect(check('individual_mainland', 'city', '杭州市')).toBe('杭州市');
    expect(check('individual_mainland', 'city', '杭州市文三路90号')).toBe('city_bad_char');
  });

  it('checks the postal code against the chosen region, and contacts with the shared validators', () => {
    expect(check('individual_mainland', 'postalCode', '310012', { region: 'zhejiang' })).toBe('310012');
    expect(check('individual_mainland', 'postalCode', '100000', { region: 'zhejiang' })).toBe('postal_code_region_mismatch');
    expect(check('individual_mainland', 'phone', '138 1234 5678')).toBe('+86.13812345678');
    expect(check('individual_mainland', 'email', 'zhang@example.com')).toBe('zhang@example.com');
  });

  it('explains why, from the registrar rules', () => {
    expect(field('individual_mainland', 'name').why.en).toBe('It must be exactly the same as the name on your identity document. If the domain needs ICP filing later, it must also match the ICP filing entity name.');
    expect(field('enterprise_mainland', 'contactName').why.en).toContain('does not need to go through identity verification');
    expect(field('enterprise_mainland', 'address').why.en).toBe('The mailing address must be consistent with your business license.');
  });
});

describe('fieldMentioned', () => {
  it.each<[string, FieldId | undefined]>([
    ['change my email', 'email'],
    ['my e-mail address is wrong', 'email'],
    ['the postal code is wrong', 'postalCode'],
    ['wrong zip', 'postalCode'],
    ['wrong phone', 'phone'],
    ['fix the mobile number', 'phone'],
    ['the mailing address changed', 'address'],
    ['change the company name', 'orgName'],
    ['the contact person is someone else', 'contactName'],
    ['my name is misspelled', 'name'],
    ['wrong ID number', 'idNumber'],
    ['the USCC has a typo', 'idNumber'],
    ['I picked the wrong document type', 'documentType'],
    ['wrong province', 'region'],
    ['the city is wrong', 'city'],
    ['改一下邮编', 'postalCode'],
    ['邮箱写错了', 'email'],
    ['手机号码不对', 'phone'],
    ['地址要改', 'address'],
    ['身份证号输错了', 'idNumber'],
    ['单位名称写错了', 'orgName'],
    ['姓名错了', 'name'],
    ['联系人换一个', 'contactName'],
    ['证件类型选错了', 'documentType'],
    ['所在省份不对', 'region'],
    ['城市错了', 'city'],
    ['thanks, looks good', undefined],
    ['好的', undefined],
  ])('%s → %s', (text, expected) => {
    expect(fieldMentioned(text)).toBe(expected);
  });
});

describe('crossFieldIssues', () => {
  const issues = (kind: RegistrantKind, profile: Profile) => crossFieldIssues(kind, profile).map((i) => [i.field, i.issue.code]);

  it('finds nothing in a consistent profile', () => {
    expect(crossFieldIssues('individual_mainland', INDIVIDUAL)).toEqual([]);
    expect(crossFieldIssues('individual_mainland', {})).toEqual([]);
  });

  it('flags a postal code from another province', () => {
    expect(crossFieldIssues('individual_mainland', { ...INDIVIDUAL, postalCode: '100000' })).toMatchInlineSnapshot(`
      [
        {
          "field": "postalCode",
          "issue": {
            "code": "postal_code_region_mismatch",
            "message": {
              "en": "Postal code 100000 is not in Zhejiang (it belongs to Beijing); postal codes there start with 31/32. Please check it.",
              "zh": "邮政编码 100000 不属于浙江省（它属于北京市）；该地区的邮编以 31/32 开头，请核对。",
            },
          },
        },
      ]
    `);
  });

  it('names no owner for a postal code that belongs to no province', () => {
    expect(crossFieldIssues('individual_mainland', { ...INDIVIDUAL, postalCode: '180000' }).map((i) => i.issue.message)).toEqual([{
      en: 'Postal code 180000 is not in Zhejiang; postal codes there start with 31/32. Please check it.',
      zh: '邮政编码 180000 不属于浙江省；该地区的邮编以 31/32 开头，请核对。',
    }]);
  });

  it('flags an address in another province than the region', () => {
    expect(issues('individual_mainland', { ...INDIVIDUAL, region: 'jiangsu', postalCode: undefined })).toEqual([['region', 'region_address_mismatch']]);
    expect(issues('individual_mainland', { ...INDIVIDUAL, address: '中国浙江杭州西湖区文三路 90 号' })).toEqual([]);
    expect(issues('individual_mainland', { ...INDIVIDUAL, address: '上海市黄浦区江西中路 100 号', region: 'shanghai', postalCode: '200002' })).toEqual([]);
  });

  it('requires an individual mailing address in the mainland', () => {
    const HK: Profile = { ...INDIVIDUAL, documentType: 'residence_permit_hk_macao', idNumber: '810000199408230021' };
    expect(issues('individual_hk_macao', HK)).toEqual([]);
    expect(issues('individual_hk_macao', { ...HK, address: '香港中环皇后大道中 1 号' })).toEqual([['address', 'address_not_mainland']]);
    expect(issues('individual_hk_macao', { ...HK, region: 'hong_kong', postalCode: undefined })).toEqual([['region', 'region_not_mainland']]);
    expect(issues('enterprise_outside', { region: 'hong_kong', address: '香港中环皇后大道中 1 号' })).toEqual([]);
    expect(issues('enterprise_outside', { region: 'beijing' })).toEqual([['region', 'region_in_mainland']]);
  });

  it('rechecks the number when the document changes, and the document when the kind changes', () => {
    expect(issues('individual_mainland', { ...INDIVIDUAL, documentType: 'household_booklet' })).toEqual([]);
    expect(issues('individual_hk_macao', { documentType: 'residence_permit_hk_macao', idNumber: 'H1234567801' })).toEqual([['idNumber', expect.any(String)]]);
    expect(issues('individual_foreign', { documentType: 'resident_id' })).toEqual([['documentType', 'document_type_not_for_kind']]);
  });

  it('remembers a number found valid only for its own document', () => {
    expect(issues('individual_mainland', INDIVIDUAL)).toEqual([]);
    expect(issues('individual_mainland', INDIVIDUAL)).toEqual([]);
    // The same digits on a Hong Kong / Macao residence permit are still checked by that permit's rule.
    expect(issues('individual_hk_macao', { documentType: 'residence_permit_hk_macao', idNumber: INDIVIDUAL.idNumber })).toEqual([['idNumber', expect.any(String)]]);
    expect(issues('individual_mainland', { ...INDIVIDUAL, idNumber: '110105194912310021' })).toEqual([['idNumber', expect.any(String)]]);
  });
});
