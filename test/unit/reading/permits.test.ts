import { describe, expect, it } from 'vitest';
import { readFields } from '../../../src/documents/reading/read-fields.ts';
import { findHkMacaoPermitNumber, findTaiwanPermitNumber } from '../../../src/documents/reading/numbers.ts';
import type { TextLine } from '../../../src/documents/reading/types.ts';
import { residentId } from '../../fixtures/reading/photos.ts';
import { permanentResident2023Number, residencePermitNumber, travelPermitZoneLines, type TravelPermitZone } from '../../fixtures/reading/resident-permits.ts';

/** A line as the OCR reports it: text at row `row` (48 px tall rows), starting at `x`. */
const at = (text: string, row: number, x = 0, confidence = 0.98): TextLine => ({ text, confidence, box: { x, y: row * 60, width: 40 * text.length, height: 48 } });
const TODAY = new Date('2026-12-03T04:00:00Z');
const codes = (lines: TextLine[], expected: Parameters<typeof readFields>[1]) => readFields(lines, expected, TODAY).problems.map((p) => p.code);

const hkFront = (validity = '2019.05.10-2029.05.10', number = 'H12345678') => [
  at('港澳居民来往内地通行证', 0), at('MAINLAND TRAVEL PERMIT FOR HONG KONG AND MACAO RESIDENTS', 1),
  at('证件号码', 2), at(number, 2, 240), at('姓名 Name', 3), at('陈欣琪', 3, 240), at('CHEN, XINQI', 4, 240),
  at('性别', 5), at('女', 5, 240), at('出生日期', 6), at('1990.04.23', 6, 240), at('有效期限', 7), at(validity, 7, 240),
  at('签发机关', 8), at('公安部出入境管理局', 8, 240), at('换证次数', 9), at('01', 9, 240),
];

describe('Mainland Travel Permit for Hong Kong and Macao Residents, printed side', () => {
  it('reads the Chinese and romanised names, the number, sex, birth date and validity', () => {
    expect(readFields(hkFront(), 'travel_permit_hk_macao', TODAY)).toMatchObject({
      document: 'travel_permit_hk_macao', problems: [],
      fields: { name: '陈欣琪', nameLatin: 'CHEN XINQI', documentNumber: 'H12345678', sex: '女', birthDate: '1990-04-23', validFrom: '2019-05-10', validUntil: '2029-05-10' },
    });
  });

  it('is told by its title when only the photo family is known', () => {
    expect(readFields(hkFront(), 'permit', TODAY).document).toBe('travel_permit_hk_macao');
    expect(readFields(hkFront(), 'other', TODAY).document).toBe('travel_permit_hk_macao');
  });

  it('refuses an expired permit with its date', () => {
    const reading = readFields(hkFront('2012.05.10-2022.05.10'), 'travel_permit_hk_macao', TODAY);
    expect(reading.problems).toEqual([{ code: 'expired', message: expect.objectContaining({ en: expect.stringContaining('2022-05-10'), zh: expect.stringContaining('2022-05-10') }) }]);
  });

  it('reads the number only where it follows its own rule: H or M + 8 digits (+ the older renewal count)', () => {
    expect(findHkMacaoPermitNumber('No.HI2345678')).toBe('H12345678');
    expect(findHkMacaoPermitNumber('M1234567801')).toBe('M1234567801');
    expect(findHkMacaoPermitNumber('H123456789')).toBeUndefined();
    expect(readFields(hkFront(undefined, 'C12345678'), 'travel_permit_hk_macao', TODAY).fields.documentNumber).toBeUndefined();
  });
});

describe('Mainland Travel Permit for Taiwan Residents, printed side', () => {
  const twFront = [
    at('台湾居民来往大陆通行证', 0), at('证件号码', 1), at('01234567', 1, 240), at('姓名 Name', 2), at('林美华', 2, 240), at('LIn, MEIHUA', 3, 240),
    at('性别', 4), at('女', 4, 240), at('出生日期', 5), at('19881102', 5, 240), at('有效期限', 6), at('2021.03.01-2031.03.01', 6, 240),
  ];

  it('reads the 8-digit number, never a date printed as 8 digits, and the romanised name misread in case', () => {
    expect(readFields(twFront, 'travel_permit_taiwan', TODAY)).toMatchObject({
      document: 'travel_permit_taiwan', problems: [],
      fields: { name: '林美华', nameLatin: 'LIN MEIHUA', documentNumber: '01234567', birthDate: '1988-11-02', validUntil: '2031-03-01' },
    });
    expect(findTaiwanPermitNumber('20150423')).toBeUndefined();
    expect(findTaiwanPermitNumber('123456789')).toBeUndefined();
  });
});

describe('three-line zone of the card-type travel permits', () => {
  const hk: TravelPermitZone = { taiwan: false, number: 'H12345678', issues: '01', expiry: '290510', sex: 'F', birth: '900423', holderId: 'A1234563', surname: 'CHEN', given: 'XINQI' };
  const zoneRows = (lines: readonly string[]) => lines.map((line, i) => at(line, 8 + i));

  it('keeps number, expiry and birth date, their check digits and the overall one holding; no name (no check covers it)', () => {
    expect(readFields(zoneRows(travelPermitZoneLines(hk)), 'travel_permit_hk_macao', TODAY)).toEqual(expect.objectContaining({
      document: 'travel_permit_hk_macao', problems: [], fields: { documentNumber: 'H12345678', validUntil: '2029-05-10', birthDate: '1990-04-23' },
    }));
    const tw = travelPermitZoneLines({ ...hk, taiwan: true, number: '01234567', holderId: 'A123456789', surname: 'LIN', given: 'MEI HUA' });
    expect(readFields(zoneRows(tw), 'permit', TODAY)).toMatchObject({ document: 'travel_permit_taiwan', fields: { documentNumber: '01234567' } });
  });

  it('trusts line 1 on its own check digits when line 2 was not read whole (OCR loses characters in runs of <)', () => {
    const [one, , three] = travelPermitZoneLines(hk);
    const reading = readFields(zoneRows([one, '<<<<<<<<<<<<<<<A1235699', three]), 'travel_permit_hk_macao', TODAY);
    expect(reading.fields).toEqual({ documentNumber: 'H12345678', validUntil: '2029-05-10', birthDate: '1990-04-23' });
  });

  it('drops a field whose check digit fails, and all of them when the overall check fails', () => {
    const [one, two, three] = travelPermitZoneLines(hk);
    const misread = readFields(zoneRows([one.replace('H12345678', 'H12345679'), '<<<<', three]), 'travel_permit_hk_macao', TODAY);
    expect(misread.fields.documentNumber).toBeUndefined();
    expect(misread.fields.birthDate).toBe('1990-04-23');
    expect(misread.problems.map((p) => p.code)).toEqual(['mrz_check']);
    const overall = readFields(zoneRows([one, two.replace('A1234563', 'A1234568'), three]), 'travel_permit_hk_macao', TODAY);
    expect(overall.fields).toEqual({});
    expect(overall.problems.map((p) => p.code)).toEqual(['mrz_check']);
  });

  it('refuses an expired permit with the date its zone gives', () => {
    expect(codes(zoneRows(travelPermitZoneLines({ ...hk, expiry: '250510' })), 'travel_permit_hk_macao')).toEqual(['expired']);
  });

  it('fills in the Chinese name from the printed side of the same photo, the zone winning where both read a field', () => {
    const reading = readFields([...hkFront(), ...zoneRows(travelPermitZoneLines(hk)).map((l) => ({ ...l, box: { ...l.box, y: l.box.y + 300 } }))], 'travel_permit_hk_macao', TODAY);
    expect(reading.fields).toMatchObject({ name: '陈欣琪', nameLatin: 'CHEN XINQI', documentNumber: 'H12345678', validUntil: '2029-05-10' });
  });
});

describe('Residence Permit for Hong Kong, Macao and Taiwan residents', () => {
  const front = (number: string) => [at('姓名', 0), at('陈欣琪', 0, 120), at('出生', 2), at('1990年4月23日', 2, 120), at('公民身份号码', 6), at(number, 6, 300)];
  const hkNumber = residencePermitNumber('810000', '19900423', '002');

  it('reads the photo side like the ID card, its 18-character number starting 810000/820000/830000', () => {
    expect(readFields(front(hkNumber), 'residence_permit_hk_macao', TODAY)).toMatchObject({ document: 'residence_permit_front', problems: [], fields: { name: '陈欣琪', idNumber: hkNumber } });
    expect(readFields(front(hkNumber), 'id_card', TODAY).document).toBe('residence_permit_front');
  });

  it("says so when the number is not the permit's: a mainland ID number, or the other region's permit", () => {
    expect(codes(front(residentId('110101', [1990, 4, 23], '002')), 'residence_permit_hk_macao')).toEqual(['document_number_invalid']);
    expect(codes(front(hkNumber), 'residence_permit_taiwan')).toEqual(['document_number_invalid']);
  });

  it('refuses an expired permit from its back, with the date', () => {
    const back = [at('中华人民共和国', 0), at('港澳居民居住证', 1), at('签发机关', 4), at('深圳市公安局', 4, 200), at('有效期限', 5), at('2019.09.01-2024.09.01', 5, 200), at('通行证号码', 6), at('H12345678', 6, 200)];
    const reading = readFields(back, 'residence_permit_hk_macao', TODAY);
    expect(reading).toMatchObject({ document: 'residence_permit_back', fields: { issuer: '深圳市公安局', validUntil: '2024-09-01' } });
    expect(reading.fields.documentNumber).toBeUndefined();
    expect(reading.problems.map((p) => p.code)).toEqual(['expired']);
  });
});

describe('Foreign Permanent Resident ID Card', () => {
  const card = (number: string, chinese = true) => [
    at('中华人民共和国外国人永久居留身份证', 0), at('FOREIGN PERMANENT RESIDENT ID CARD', 1), at('SMITH, JOHN', 2, 250), at('姓名/Name', 2),
    ...(chinese ? [at('史密斯', 3, 250)] : []), at('性别/Sex', 4), at('男/M', 4, 250), at('出生日期/Date of Birth', 5), at('1985.07.12', 5, 370),
    at('国籍/Nationality', 6), at('加拿大/CAN', 6, 300), at('有效期限/Period of Validity', 7), at('2017.06.01-2027.06.01', 8), at(`证件号码/Card No.${number}`, 9),
  ];

  it('reads the 2017 card: romanised and Chinese names, 15-character number, nationality, dates', () => {
    expect(readFields(card('CAN110085071201'), 'foreign_permanent_resident_id', TODAY)).toMatchObject({
      document: 'foreign_permanent_resident_id', problems: [],
      fields: { nameLatin: 'SMITH JOHN', name: '史密斯', documentNumber: 'CAN110085071201', sex: '男', birthDate: '1985-07-12', nationality: 'CAN', validUntil: '2027-06-01' },
    });
    expect(readFields(card('CAN110085071201'), 'id_card', TODAY).document).toBe('foreign_permanent_resident_id');
  });

  it('reads the 2023 card’s 18-digit number starting with 9, and says so when it fails its check character', () => {
    const number = permanentResident2023Number('1124019850712001');
    const reading = readFields(card(number, false), 'foreign_permanent_resident_id', TODAY);
    expect(reading).toMatchObject({ problems: [], fields: { documentNumber: number } });
    expect(reading.fields.name).toBeUndefined();
    const wrong = `${number.slice(0, 17)}${number[17] === '1' ? '2' : '1'}`;
    expect(codes(card(wrong, false), 'foreign_permanent_resident_id')).toEqual(['id_number_check']);
  });
});
