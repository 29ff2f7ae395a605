import { describe, expect, it } from 'vitest';
import { readFields } from '../../../src/documents/reading/read-fields.ts';
import { findIdNumber, findUscc } from '../../../src/documents/reading/numbers.ts';
import { checkDigit } from '../../../src/documents/reading/permit-zone.ts';
import type { TextLine } from '../../../src/documents/reading/types.ts';
import { permitZoneLine } from '../../fixtures/reading/permit.ts';

/** A line as the OCR reports it: text at row `row` (48 px tall rows), starting at `x`. */
const at = (text: string, row: number, x = 0, confidence = 0.98): TextLine => ({ text, confidence, box: { x, y: row * 60, width: 40 * text.length, height: 48 } });

const FRONT = [
  at('姓名', 0), at('陈欣琪', 0, 120), at('性别', 1), at('女', 1, 120), at('民族汉', 1, 260),
  at('出生', 2), at('1990年4月23日', 2, 120), at('住址', 3), at('北京市东城区景山前街', 3, 120), at('4号院', 4, 120),
  at('公民身份号码', 6), at('110101199004230021', 6, 300),
];

describe('resident ID card, front', () => {
  it('reads name, sex, ethnicity, birth date, address and number, labels on their own boxes', () => {
    expect(readFields(FRONT, 'id_card')).toEqual({
      document: 'resident_id_front', hasText: true, problems: [],
      fields: { idNumber: '110101199004230021', name: '陈欣琪', sex: '女', ethnicity: '汉', birthDate: '1990-04-23', address: '北京市东城区景山前街4号院' },
      confidence: { idNumber: 0.98, name: 0.98, sex: 0.98, ethnicity: 0.98, birthDate: 0.98, address: 0.98 },
    });
  });

  it('reads labels merged with their value or misread (娃名), and full-width digits', () => {
    const lines = [at('娃名陈欣琪', 0), at('公民身份号码１１０１０１１９９００４２３００２１', 5)];
    expect(readFields(lines, 'id_card').fields).toEqual({ name: '陈欣琪', idNumber: '110101199004230021' });
  });

  it('prefers an 18-character window that passes MOD 11-2 over a longer run of digits', () => {
    expect(findIdNumber('7110101199004230021')).toEqual({ value: '110101199004230021', valid: true });
    expect(findIdNumber('号码 11O1O1199004230021')).toEqual({ value: '110101199004230021', valid: true });
  });

  it('says plainly when the printed number fails its check character', () => {
    const reading = readFields([at('姓名陈欣琪', 0), at('公民身份号码', 5), at('110101199004230022', 5, 300)], 'id_card');
    expect(reading.fields.idNumber).toBe('110101199004230022');
    expect(reading.problems.map((p) => p.code)).toEqual(['id_number_check']);
    expect(reading.confidence.idNumber).toBeLessThan(0.5);
  });

  it('says plainly when the printed birth date differs from the one inside the number', () => {
    const lines = [at('姓名陈欣琪', 0), at('出生1990年5月23日', 2), at('公民身份号码110101199004230021', 5)];
    const reading = readFields(lines, 'id_card');
    expect(reading.problems).toEqual([{ code: 'birth_date_differs', message: expect.objectContaining({ en: expect.stringContaining('1990-05-23') }) }]);
  });
});

describe('resident ID card, back', () => {
  const back = (period: string) => [at('中华人民共和国', 0), at('居民身份证', 1), at('签发机关', 4), at('北京市公安局东城分局', 4, 200), at('有效期限', 5), at(period, 5, 200)];

  it('reads the issuer and validity period', () => {
    const reading = readFields(back('2015.04.23-2035.04.23'), 'id_card', new Date('2026-12-03'));
    expect(reading).toMatchObject({ document: 'resident_id_back', problems: [], fields: { issuer: '北京市公安局东城分局', validFrom: '2015-04-23', validUntil: '2035-04-23' } });
  });

  it('refuses an expired card with its date, and accepts 长期', () => {
    const expired = readFields(back('2005.04.23-2025.04.23'), 'id_card', new Date('2026-12-03'));
    expect(expired.problems).toEqual([{ code: 'expired', message: expect.objectContaining({ en: expect.stringContaining('2025-04-23'), zh: expect.stringContaining('2025-04-23') }) }]);
    expect(readFields(back('2016.01.02-长期'), 'id_card', new Date('2026-12-03'))).toMatchObject({ problems: [], fields: { validUntil: '长期' } });
  });
});

describe('business licence', () => {
  it('reads the organisation name and the USCC whose check character holds', () => {
    const lines = [at('营业执照', 0), at('统一社会信用代码', 1), at('91110000600037341L', 1, 340), at('名称', 3), at('北京示例科技有限公司', 3, 120)];
    expect(readFields(lines, 'certificate')).toMatchObject({ document: 'business_license', problems: [], fields: { uscc: '91110000600037341L', orgName: '北京示例科技有限公司' } });
    expect(findUscc('代码 91110000600037341L')).toEqual({ value: '91110000600037341L', valid: true });
  });
});

describe('machine-readable zone', () => {
  it('keeps numbers and dates whose check digits hold', () => {
    const lines = [at('P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 8), at('E123456782CHN9004230M3001019<<<<<<<<<<<<<<04', 9)];
    const reading = readFields(lines, 'passport');
    expect(reading).toMatchObject({ document: 'passport', fields: { lastName: 'ZHANG', firstName: 'SAN', nationality: 'CHN', sex: 'male', name: 'ZHANG SAN' } });
    expect(reading.fields).toMatchObject({ documentNumber: 'E12345678', birthDate: '1990-04-23', validUntil: '2030-01-01' });
    expect(reading.problems).toEqual([]);
  });

  it('drops a number whose check digit fails, and says so', () => {
    const lines = [at('P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 8), at('E123456792CHN9004230M3001019<<<<<<<<<<<<<<04', 9)];
    const reading = readFields(lines, 'passport');
    expect(reading.fields.documentNumber).toBeUndefined();
    expect(reading.problems.map((p) => p.code)).toContain('mrz_check');
  });

  it('takes no name from a zone whose checks fail: no check digit covers the names', () => {
    const lines = [at('P<CHNZHANG<<SAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<', 8), at('E123456792CHN9004230M3001019<<<<<<<<<<<<<<04', 9)];
    const reading = readFields(lines, 'passport');
    expect(reading.fields.name).toBeUndefined();
    expect(reading.fields.nameLatin).toBeUndefined();
    expect(reading.fields.lastName).toBeUndefined();
  });
});

describe('one-line zone of an exit-entry permit', () => {
  const zone = { code: 'CS', number: 'C12345678', expiry: '300101', birth: '900423' } as const;

  it('computes ICAO 9303 check digits (the specimen passport of ICAO 9303 part 4)', () => {
    expect([checkDigit('L898902C3'), checkDigit('740812'), checkDigit('120415')]).toEqual(['6', '2', '9']);
  });

  it('reads the number, expiry and birth date when every check digit holds', () => {
    const line = permitZoneLine(zone);
    expect(line).toBe('CSC123456788<3001019<9004230<6');
    const reading = readFields([at('往来港澳通行证', 0), at(line, 9)], 'permit');
    expect(reading).toMatchObject({ document: 'permit', problems: [], fields: { documentNumber: 'C12345678', validUntil: '2030-01-01', birthDate: '1990-04-23' } });
    expect(readFields([at(permitZoneLine({ ...zone, code: 'CD' }).replace(/</g, '«'), 9)], 'permit').fields.documentNumber).toBe('C12345678');
  });

  it('trusts nothing after a failing check digit, and says so', () => {
    const misread = permitZoneLine(zone).replace('C12345678', 'C12345679');
    const reading = readFields([at(misread, 9)], 'permit');
    expect(reading.fields).toEqual({});
    expect(reading.problems.map((p) => p.code)).toEqual(['mrz_check']);
  });
});

describe('no document text', () => {
  it('tells a photo without text from text that fits no document', () => {
    expect(readFields([], 'id_card')).toEqual({ document: null, fields: {}, confidence: {}, problems: [], hasText: false });
    expect(readFields([at('x', 0, 0, 0.3)], 'id_card').hasText).toBe(false);
    expect(readFields([at('今日特价 牛肉面', 0)], 'id_card')).toMatchObject({ document: null, fields: {}, hasText: true });
  });
});
