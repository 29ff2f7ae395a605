import { describe, expect, it } from 'vitest';
import { toDomainState, toIsoTime, toPlace, toProfileParams } from '../../../../src/registrar/aliyun/mapping.ts';
import type { DomainRecord } from '../../../../src/registrar/aliyun/responses.ts';
import type { ProfileSubmission } from '../../../../src/registrar/types.ts';

const individual: ProfileSubmission = {
  registrantType: 'individual', name: '张三', nameEn: 'Zhang San', credentialType: 'SFZ', credentialNo: '11010519491231002X',
  credentialImage: undefined, regionId: 'zhejiang', country: 'CN', region: '浙江省', regionEn: 'zhe jiang', city: '杭州市', cityEn: 'hang zhou shi',
  address: '西湖区文三路100号', addressEn: 'No.100 Wensan Road, Xihu District', postalCode: '310024',
  email: 'Zhang.San@Example.com', phone: { countryCode: '86', number: '13912345678' },
};

describe('toProfileParams', () => {
  it('maps an individual to SaveRegistrantProfile wire fields', () => {
    expect(toProfileParams(individual)).toEqual({
      RegistrantProfileType: 'common', RegistrantType: '1',
      RegistrantOrganization: 'zhang san', RegistrantName: 'zhang san', ZhRegistrantOrganization: '张三', ZhRegistrantName: '张三',
      Country: 'CN', Province: 'zhe jiang', ZhProvince: '浙江省', City: 'hang zhou shi', ZhCity: '杭州市',
      Address: 'no.100 wensan road, xihu district', ZhAddress: '西湖区文三路100号', PostalCode: '310024',
      Email: 'zhang.san@example.com', TelArea: '86', Telephone: '13912345678',
    });
  });

  it('maps an enterprise with its contact person, extension and a municipality without city', () => {
    const params = toProfileParams({
      ...individual, registrantType: 'enterprise', name: '北京示例科技有限公司', nameEn: 'Beijing Example Technology Co., Ltd.',
      credentialType: 'XYDM', regionId: 'beijing', region: '北京市', regionEn: 'bei jing', city: undefined, cityEn: undefined, contactName: '李四',
      phone: { countryCode: '+86', number: '1012345678', extension: '801' },
    });
    expect(params).toMatchObject({
      RegistrantType: '2', RegistrantOrganization: 'beijing example technology co., ltd.', ZhRegistrantOrganization: '北京示例科技有限公司',
      RegistrantName: 'li si', ZhRegistrantName: '李四', Province: 'bei jing', City: 'bei jing shi', ZhCity: '北京市',
      TelArea: '86', Telephone: '1012345678', TelExt: '801',
    });
  });

  it('sends the country of the address, not of the phone (a mainland registrant with a Hong Kong phone)', () => {
    const params = toProfileParams({ ...individual, phone: { countryCode: '852', number: '61234567' } });
    expect(params).toMatchObject({ Country: 'CN', Province: 'zhe jiang', TelArea: '852', Telephone: '61234567' });
  });

  it('sends the country the submission carries (an enterprise in Hong Kong with a mainland phone)', () => {
    const params = toProfileParams({ ...individual, registrantType: 'enterprise', regionId: 'hong_kong', country: 'HK', region: '中国香港', regionEn: 'hong kong' });
    expect(params).toMatchObject({ Country: 'HK', Province: 'hong kong', TelArea: '86' });
  });
});

describe('toPlace', () => {
  const place = (over: Partial<ProfileSubmission>) => toPlace({ ...individual, ...over });

  it('keeps Shaanxi and Shanxi apart, whatever the English profile says', () => {
    expect(place({ regionId: 'shaanxi', region: '陕西省', regionEn: 'shan xi', city: '西安市', cityEn: undefined })).toEqual({
      Province: 'shaan xi', ZhProvince: '陕西省', City: 'xi an shi', ZhCity: '西安市',
    });
    expect(place({ regionId: 'shanxi', region: '山西省', regionEn: 'shan xi', city: '太原市', cityEn: undefined })).toEqual({
      Province: 'shan xi', ZhProvince: '山西省', City: 'tai yuan shi', ZhCity: '太原市',
    });
  });

  it('uses the region, not the Chinese label, for provinces and autonomous regions', () => {
    expect(place({ regionId: 'inner_mongolia', region: '内蒙古自治区', regionEn: 'nei meng gu', city: '呼和浩特市' })).toMatchObject({ Province: 'nei meng gu', ZhProvince: '内蒙古自治区' });
    expect(place({ regionId: 'guangxi', region: '广西壮族自治区', regionEn: 'guang xi', city: '南宁市' })).toMatchObject({ Province: 'guang xi' });
  });

  it('makes a municipality without a city its own city, in pinyin from the region', () => {
    expect(place({ regionId: 'chongqing', region: '重庆市', regionEn: 'chong qing', city: undefined, cityEn: undefined })).toEqual({
      Province: 'chong qing', ZhProvince: '重庆市', City: 'chong qing shi', ZhCity: '重庆市',
    });
  });

  it('writes Hong Kong, Macao and Taiwan with their English names, never the pinyin of 中国香港', () => {
    expect(place({ regionId: 'hong_kong', country: 'HK', region: '中国香港', regionEn: 'hong kong', city: 'Kowloon', cityEn: 'Kowloon' })).toEqual({
      Province: 'hong kong', ZhProvince: '中国香港', City: 'kowloon', ZhCity: 'Kowloon',
    });
    expect(place({ regionId: 'macao', country: 'MO', region: '中国澳门', regionEn: 'macao', city: undefined, cityEn: undefined })).toEqual({
      Province: 'macao', ZhProvince: '中国澳门', City: 'macao', ZhCity: '中国澳门',
    });
    expect(place({ regionId: 'taiwan', country: 'TW', region: '中国台湾', regionEn: '', city: undefined, cityEn: undefined })).toMatchObject({ Province: 'tai wan' });
  });

  it('gives an address outside China its city as province, never "zhong guo yi wai"', () => {
    expect(place({ regionId: 'outside', country: 'SG', region: '中国以外', regionEn: 'singapore', city: 'Singapore', cityEn: 'Singapore' })).toEqual({
      Province: 'singapore', ZhProvince: 'Singapore', City: 'singapore', ZhCity: 'Singapore',
    });
    expect(place({ regionId: 'outside', country: 'US', region: '中国以外', regionEn: '', city: 'Mountain View', cityEn: 'Mountain View' })).toMatchObject({
      Province: 'mountain view', ZhProvince: 'Mountain View',
    });
  });
});

describe('toIsoTime', () => {
  it('reads China-time wall clock and epoch milliseconds', () => {
    expect(toIsoTime('2024-05-02 09:30:00')).toBe('2024-05-02T01:30:00.000Z');
    expect(toIsoTime('1714613400000')).toBe('2024-05-02T01:30:00.000Z');
    expect(toIsoTime(undefined)).toBeUndefined();
  });
});

const record = (fields: Partial<DomainRecord>): DomainRecord => ({
  RequestId: 'r', DomainName: 'example.com', InstanceId: 'S1', RealNameStatus: 'SUCCEED', DomainNameVerificationStatus: 'SUCCEED',
  DomainStatus: '3', ...fields,
});
const NOW = new Date('2024-06-01T00:00:00Z');

describe('toDomainState', () => {
  it('reports a verified domain as Normal/ok', () => {
    expect(toDomainState(record({}), [], NOW)).toEqual({
      domain: 'example.com', realNameStatus: 'SUCCEED', associationStatus: 'SUCCEED', eppStatuses: ['ok'], domainStatus: 'Normal', failReasons: [],
    });
  });

  it('reports an unassociated domain as Unverified with association none', () => {
    expect(toDomainState(record({ RealNameStatus: 'NONAUDIT' }), [], NOW)).toMatchObject({ associationStatus: 'none', domainStatus: 'Unverified' });
  });

  it('puts an unverified .cn domain older than 5 days on serverHold', () => {
    const state = toDomainState(record({ DomainName: 'example.cn', RealNameStatus: 'AUDITING', RegistrationDate: '2024-05-01 10:00:00' }), [], NOW);
    expect(state).toMatchObject({ eppStatuses: ['serverHold'], domainStatus: 'Hold', associationStatus: 'AUDITING' });
  });

  it('maps locks, pending work, the e-mail hold and redemption to EPP statuses', () => {
    const state = toDomainState(record({
      TransferProhibitionLock: 'OPEN', UpdateProhibitionLock: 'OPEN', TransferOutStatus: 'PENDING', RegistrantUpdatingStatus: 'PENDING',
      EmailVerificationClientHold: true, DomainStatus: '2',
    }), [], NOW);
    expect(state.eppStatuses).toEqual(['clientHold', 'clientTransferProhibited', 'clientUpdateProhibited', 'pendingTransfer', 'pendingUpdate', 'redemptionPeriod']);
    expect(state.domainStatus).toBe('Hold');
  });

  it('keeps a domain Unverified while its name audit is open', () => {
    expect(toDomainState(record({ DomainNameVerificationStatus: 'AUDITING' }), [], NOW).domainStatus).toBe('Unverified');
  });
});
