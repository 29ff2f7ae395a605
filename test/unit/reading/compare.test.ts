import { describe, expect, it } from 'vitest';
import { compareWithTyped } from '../../../src/documents/reading/compare.ts';
import type { DocumentReading } from '../../../src/documents/reading/types.ts';

const reading = (fields: DocumentReading['fields']): DocumentReading => ({ document: 'resident_id_front', fields, confidence: {}, problems: [], hasText: true });

describe('compareWithTyped', () => {
  it('lists a name that differs by one character, with both values', () => {
    expect(compareWithTyped(reading({ name: '陈欣琪', idNumber: '110101199004230021' }), { name: '陈欣琦', idNumber: '110101199004230021' }))
      .toEqual([{ field: 'name', typed: '陈欣琦', read: '陈欣琪' }]);
  });

  it('is empty when what was typed matches, ignoring spaces, case, full width and traditional script', () => {
    expect(compareWithTyped(reading({ name: '陈欣琪', idNumber: '11010519491231002X' }), { name: ' 陳欣琪', idNumber: '11010519491231002x' })).toEqual([]);
    expect(compareWithTyped(reading({ name: 'ZHANG SAN' }), { name: 'San Zhang' })).toEqual([]);
  });

  it('compares a USCC with the typed number and the organisation name', () => {
    const licence: DocumentReading = { ...reading({ uscc: '91110000600037341L', orgName: '北京示例科技有限公司' }), document: 'business_license' };
    expect(compareWithTyped(licence, { orgName: '北京示例科技有限公司', idNumber: '91110000600037341M' }))
      .toEqual([{ field: 'idNumber', typed: '91110000600037341M', read: '91110000600037341L' }]);
  });

  it('compares nothing that was not read', () => {
    expect(compareWithTyped(reading({}), { name: '陈欣琦' })).toEqual([]);
  });
});

describe('compareWithTyped on a permit that prints a Chinese and a romanised name', () => {
  const permit: DocumentReading = { ...reading({ name: '陈欣琪', nameLatin: 'CHEN, XINQI', documentNumber: 'H12345678' }), document: 'travel_permit_hk_macao' };

  it('compares a name typed in Chinese with the Chinese one, and one typed in Latin letters with the romanised one', () => {
    expect(compareWithTyped(permit, { name: '陈欣琦' })).toEqual([{ field: 'name', typed: '陈欣琦', read: '陈欣琪' }]);
    expect(compareWithTyped(permit, { name: 'Xinqi Chen' })).toEqual([]);
    expect(compareWithTyped(permit, { name: 'Xin Qi Chen' })).toEqual([]);
    expect(compareWithTyped(permit, { name: 'Xinqi Chan' })).toEqual([{ field: 'name', typed: 'Xinqi Chan', read: 'CHEN, XINQI' }]);
  });

  it('does not compare a Chinese name with a zone that only romanises it', () => {
    const zone: DocumentReading = { ...permit, fields: { nameLatin: 'CHEN XINQI', documentNumber: 'H12345678' } };
    expect(compareWithTyped(zone, { name: '陈欣琦' })).toEqual([]);
  });

  it("compares a Hong Kong/Macao permit number by its lifelong 9 characters (older cards add the renewal count)", () => {
    expect(compareWithTyped(permit, { idNumber: 'H1234567801' })).toEqual([]);
    expect(compareWithTyped(permit, { idNumber: 'H12345679' })).toEqual([{ field: 'idNumber', typed: 'H12345679', read: 'H12345678' }]);
  });
});
