import { describe, expect, it } from 'vitest';
import { toEnglishProfile } from '../../../src/domain/english-profile.ts';
import type { Profile } from '../../../src/domain/profile-fields.ts';
import type { RegistrantKind } from '../../../src/domain/registrant-kinds.ts';
import { getRegion } from '../../../src/domain/regions.ts';
import { toProfileParams } from '../../../src/registrar/aliyun/mapping.ts';
import { addressCountry, toProfileSubmission } from '../../../src/registrar/submission.ts';

const submit = (kind: RegistrantKind, profile: Profile) => toProfileSubmission(kind, profile, toEnglishProfile(kind, profile), undefined);

const mainlandPerson: Profile = {
  documentType: 'resident_id', idNumber: '11010519491231002X', name: '张三', region: 'zhejiang', city: '杭州市',
  address: '西湖区文三路 90 号', postalCode: '310012', phone: '+852.61234567', email: 'zs@example.com',
};

describe('toProfileSubmission', () => {
  it('gives a mainland individual with a Hong Kong phone the region and country of the address', () => {
    expect(submit('individual_mainland', mainlandPerson)).toEqual({
      registrantType: 'individual', name: '张三', nameEn: 'Zhang San', credentialType: 'SFZ', credentialNo: '11010519491231002X',
      credentialImage: undefined, regionId: 'zhejiang', country: 'CN', region: '浙江省', regionEn: 'zhe jiang',
      city: '杭州市', cityEn: 'hang zhou shi', address: '西湖区文三路 90 号', addressEn: 'xi hu qu wen san lu 90 hao', postalCode: '310012',
      email: 'zs@example.com', phone: { countryCode: '852', number: '61234567' },
    });
  });

  it('keeps Shaanxi and Shanxi apart all the way to the Province sent', () => {
    const shaanxi = submit('individual_mainland', { ...mainlandPerson, region: 'shaanxi', city: '西安市', postalCode: '710000' });
    const shanxi = submit('individual_mainland', { ...mainlandPerson, region: 'shanxi', city: '太原市', postalCode: '030000' });
    expect([shaanxi.regionId, shaanxi.region, shaanxi.country]).toEqual(['shaanxi', '陕西省', 'CN']);
    expect([shanxi.regionId, shanxi.region, shanxi.country]).toEqual(['shanxi', '山西省', 'CN']);
    expect([toProfileParams(shaanxi).Province, toProfileParams(shanxi).Province]).toEqual(['shaan xi', 'shan xi']);
  });

  it('gives an enterprise outside the mainland registered in Hong Kong the country HK', () => {
    const company: Profile = {
      documentType: 'overseas_registration', idNumber: '12345678', orgName: 'Example Holdings Limited', contactName: 'Chan Tai Man',
      region: 'hong_kong', city: 'Hong Kong', address: '1 Queen’s Road Central, Hong Kong', postalCode: '999077', phone: '+86.13812345678', email: 'ops@example.hk',
    };
    const s = submit('enterprise_outside', company);
    expect(s).toMatchObject({
      registrantType: 'enterprise', credentialType: 'WAIGUOJIGOU', regionId: 'hong_kong', country: 'HK', region: '中国香港', regionEn: 'hong kong',
      name: 'Example Holdings Limited', contactName: 'Chan Tai Man',
    });
    expect(toProfileParams(s)).toMatchObject({ Country: 'HK', Province: 'hong kong', ZhProvince: '中国香港', City: 'hong kong', TelArea: '86' });
  });

  it('throws on a profile without a region: only complete profiles are submitted', () => {
    expect(() => submit('individual_mainland', { ...mainlandPerson, region: undefined })).toThrow('unknown region undefined');
  });
});

describe('addressCountry', () => {
  const outside = getRegion('outside');

  it('takes the region’s own country everywhere but outside China', () => {
    expect(addressCountry(getRegion('guangdong'), { countryCode: '1', number: '4155550123' })).toBe('CN');
    expect(addressCountry(getRegion('macao'), { countryCode: '86', number: '13812345678' })).toBe('MO');
    expect(addressCountry(getRegion('taiwan'), { countryCode: '86', number: '13812345678' })).toBe('TW');
  });

  it('falls back to the phone’s country outside China, and to unknown when the phone points into China or nowhere', () => {
    expect(addressCountry(outside, { countryCode: '65', number: '91234567' })).toBe('SG');
    expect(addressCountry(outside, { countryCode: '1', number: '4155550123' })).toBe('US');
    expect(addressCountry(outside, { countryCode: '86', number: '13812345678' })).toBe('');
    expect(addressCountry(outside, { countryCode: '1', number: '5555550123' })).toBe('');
  });
});
