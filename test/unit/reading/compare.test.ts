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
