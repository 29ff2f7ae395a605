import { describe, expect, it } from 'vitest';
import { validateAddress, validateCity, validateContactName, validateOrgName, validateRegistrantName } from '../../../src/domain/profile/text-fields.ts';
import { hasMarkup } from '../../../src/domain/text.ts';

const code = (verdict: { valid: boolean; error?: { code: string } }) => (verdict.valid ? 'ok' : verdict.error!.code);

describe('a registrant name is a name', () => {
  it('accepts names as printed on documents', () => {
    for (const name of ['张三', '迪丽热巴·迪力木拉提', '欧阳娜娜']) expect(code(validateRegistrantName(name, true)), name).toBe('ok');
    for (const name of ['John Smith', "Seán O'Neill", 'Anne-Marie D. Dupont', 'José Álvarez']) expect(code(validateRegistrantName(name, false)), name).toBe('ok');
  });

  it('refuses words, emoji and sentence punctuation around it, with the reason', () => {
    expect(code(validateRegistrantName('陈静😊', true))).toBe('name_bad_char');
    expect(code(validateRegistrantName('刘洋，男', true))).toBe('name_bad_char');
    expect(code(validateRegistrantName("I'm 陈静", true))).toBe('name_mixed_script');
    expect(validateRegistrantName('陈静 lol', true)).toMatchObject({ valid: false, error: { message: { zh: expect.stringContaining('只能由汉字组成') } } });
    expect(code(validateContactName('李四!'))).toBe('name_bad_char');
  });
});

describe('web markup is refused in every free-text field', () => {
  const attack = '<img src=x onerror=alert(1)><script>alert(1)</script>';
  it('names it as markup, in both languages', () => {
    const verdict = validateAddress(`浙江省杭州市西湖区文三路90号${attack}`, true);
    expect(verdict).toMatchObject({ valid: false, error: { code: 'markup', message: { en: expect.stringContaining('web page code'), zh: expect.stringContaining('网页代码') } } });
    expect(code(validateOrgName(`杭州某某科技有限公司${attack}`, true))).toBe('markup');
    expect(code(validateCity('杭州市<b>', true))).toBe('markup');
    expect(code(validateRegistrantName('张三<script>', true))).toBe('markup');
  });

  it('tells markup from ordinary punctuation', () => {
    expect(hasMarkup('1 < 2 and 3 > 2')).toBe(false);
    expect(hasMarkup('Room 3 & 4, No. 1 Wensan Road')).toBe(false);
    expect(hasMarkup('x&#60;y')).toBe(true);
    expect(hasMarkup('javascript:alert(1)')).toBe(true);
  });
});
