import { describe, expect, it } from 'vitest';
import { toDomainState, toIsoTime, toProfileParams, toProvince } from '../../../../src/registrar/aliyun/mapping.ts';
import type { DomainRecord } from '../../../../src/registrar/aliyun/responses.ts';
import type { ProfileSubmission } from '../../../../src/registrar/types.ts';

const individual: ProfileSubmission = {
  registrantType: 'individual', name: '张三', nameEn: 'Zhang San', credentialType: 'SFZ', credentialNo: '11010519491231002X',
  credentialImage: undefined, region: '浙江省', regionEn: 'Zhejiang', city: '杭州市', cityEn: 'Hangzhou',
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
      credentialType: 'XYDM', region: '北京市', regionEn: 'Beijing', city: undefined, cityEn: undefined, contactName: '李四',
      phone: { countryCode: '+86', number: '1012345678', extension: '801' },
    });
    expect(params).toMatchObject({
      RegistrantType: '2', RegistrantOrganization: 'beijing example technology co., ltd.', ZhRegistrantOrganization: '北京示例科技有限公司',
      RegistrantName: 'li si', ZhRegistrantName: '李四', Province: 'bei jing', City: 'bei jing shi', ZhCity: '北京市',
      TelArea: '86', Telephone: '1012345678', TelExt: '801',
    });
  });

  it('infers the country from the phone number (Hong Kong)', () => {
    expect(toProfileParams({ ...individual, phone: { countryCode: '852', number: '61234567' } }).Country).toBe('HK');
  });
});

describe('toProvince', () => {
  it('drops the sheng suffix from English input and uses ü → v in pinyin', () => {
    expect(toProvince('Guangdong Sheng', 'Guangdong Sheng')).toBe('guangdong');
    expect(toProvince('Ontario', 'Ontario Province')).toBe('ontario');
    expect(toProvince('山西省', 'Shanxi')).toBe('shan xi');
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
