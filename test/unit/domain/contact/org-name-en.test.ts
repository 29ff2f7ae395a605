import { describe, expect, it } from 'vitest';
import { validateOrgNameEn } from '../../../../src/domain/contact/org-name-en.ts';

const codeOf = (input: string) => {
  const v = validateOrgNameEn(input);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateOrgNameEn', () => {
  it('accepts letters, digits, spaces and common punctuation, collapsing spaces', () => {
    expect(validateOrgNameEn('  Alibaba Cloud   Computing Co., Ltd. ')).toEqual({ valid: true, normalized: 'Alibaba Cloud Computing Co., Ltd.', warnings: [] });
    expect(codeOf("O'Brien & Sons (Asia) Ltd - HK/Macao")).toBe('valid');
    expect(validateOrgNameEn('Ｅｘａｍｐｌｅ（Ｃｈｉｎａ）Ltd’s')).toMatchObject({ valid: true, normalized: "Example(China)Ltd's" });
  });

  it('asks to remove "·" and "《》" with their own messages', () => {
    expect(validateOrgNameEn('Hangzhou A·B Trading Co., Ltd.')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "org_name_en_middle_dot",
          "message": {
            "en": "Please remove the middle dot "·" from the English name (keep it only in the Chinese name); use a space instead if needed.",
            "zh": "请删除英文名称中的间隔号“·”（仅在中文名称中保留），如需要可改为空格。",
          },
        },
        "valid": false,
      }
    `);
    expect(codeOf('《Reader》 Magazine Co., Ltd.')).toBe('org_name_en_book_title');
  });

  it('rejects Chinese characters, other symbols, names without letters, empty input and 100 KB', () => {
    expect(codeOf('杭州 Example Co., Ltd.')).toBe('org_name_en_cjk');
    const v = validateOrgNameEn('Example@Co');
    expect(v.valid ? '' : v.error.message.en).toContain('Character 8 ("@")');
    expect(codeOf('12345')).toBe('org_name_en_no_letters');
    expect(codeOf(' ')).toBe('org_name_en_empty');
    expect(codeOf('A'.repeat(201))).toBe('org_name_en_too_long');
    expect(codeOf('A'.repeat(100_000))).toBe('org_name_en_too_long');
  });
});
