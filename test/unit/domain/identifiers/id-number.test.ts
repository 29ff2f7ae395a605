import { describe, expect, it } from 'vitest';
import { idNumberVerdict } from '../../../../src/domain/identifiers/id-number.ts';
import { validateResidencePermit } from '../../../../src/domain/identifiers/residence-permit.ts';
import { validateResidentId } from '../../../../src/domain/identifiers/resident-id.ts';

const TODAY = new Date('2026-03-01T00:00:00Z');
const error = (code: string, en: string, zh: string) => ({ valid: false, error: { code, message: { en, zh } } });

describe('idNumberVerdict', () => {
  const card = { codePrefix: 'x', document: { en: 'card', zh: '卡' } };

  it('accepts a number without problems, and words the rest with the given document', () => {
    expect(idNumberVerdict('110105194912310021', { kind: 'ok' }, card)).toEqual({ valid: true, normalized: '110105194912310021', warnings: [] });
    expect(idNumberVerdict('1', { kind: 'birth_date', date: '1997-02-29' }, { ...card, birthDateExample: 'E1' })).toEqual(error('x_birth_date',
      'Digits 7–14 are the date of birth, but 1997-02-29 is not a real date. Please check the number against the card, e.g. E1.',
      '第7至14位是出生日期，但 1997-02-29 不是有效日期。请对照卡核对号码，例如 E1。'));
  });
});

describe('the ID card and the residence permit share the wording, with their own codes and documents', () => {
  it.each([
    ['330106199702290016', error('resident_id_birth_date',
      'Digits 7–14 are the date of birth, but 1997-02-29 is not a real date. Please check the number against the card, e.g. 11010519491231002X.',
      '第7至14位是出生日期，但 1997-02-29 不是有效日期。请对照身份证核对号码，例如 11010519491231002X。')],
    ['330106202603020015', error('resident_id_future',
      'Digits 7–14 give a date of birth of 2026-03-02, which is in the future. Please check the number against the card.',
      '第7至14位的出生日期为 2026-03-02，晚于今天。请对照身份证核对号码。')],
    ['110105194912310021', error('resident_id_check',
      'The number 110105194912310021 fails its check (the last character does not match the first 17 digits), so a digit is probably mistyped. Please copy it again from the card.',
      '号码 110105194912310021 未通过校验（最后一位与前17位不符），可能有数字输错。请对照身份证重新输入。')],
  ])('ID card %s', (id, expected) => {
    expect(validateResidentId(id, TODAY)).toEqual(expected);
  });

  it.each([
    ['810000199702290025', error('residence_permit_birth_date',
      'Digits 7–14 are the date of birth, but 1997-02-29 is not a real date. Please check the number against the permit.',
      '第7至14位是出生日期，但 1997-02-29 不是有效日期。请对照居住证核对号码。')],
    ['810000203001010026', error('residence_permit_future',
      'Digits 7–14 give a date of birth of 2030-01-01, which is in the future. Please check the number against the permit.',
      '第7至14位的出生日期为 2030-01-01，晚于今天。请对照居住证核对号码。')],
    ['810000199408230022', error('residence_permit_check',
      'The number 810000199408230022 fails its check (the last character does not match the first 17 digits), so a digit is probably mistyped. Please copy it again from the permit.',
      '号码 810000199408230022 未通过校验（最后一位与前17位不符），可能有数字输错。请对照居住证重新输入。')],
  ])('residence permit %s', (id, expected) => {
    expect(validateResidencePermit(id, undefined, TODAY)).toEqual(expected);
  });
});
