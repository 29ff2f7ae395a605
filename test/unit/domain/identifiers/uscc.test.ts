import { describe, expect, it } from 'vitest';
import { usccCheckChar, validateUscc } from '../../../../src/domain/identifiers/uscc.ts';
import { organizationCodeCheckChar } from '../../../../src/domain/identifiers/organization-code.ts';

const codeOf = (input: string) => {
  const v = validateUscc(input);
  return v.valid ? 'valid' : v.error.code;
};

describe('validateUscc', () => {
  it.each([
    ['91110000600037341L', 'python-stdnum doctest'],
    ['91512081MA62K0260E', 'worked example in domain-facts §3.1'],
    ['91330100716105852F', 'Alibaba (China) Co., Ltd.'],
    ['9144030071526726XG', 'Shenzhen Tencent Computer Systems Co., Ltd.'],
    ['914403001922038216', 'Huawei Technologies Co., Ltd.'],
    ['91110000802100433B', 'Beijing Baidu Netcom Science and Technology Co., Ltd.'],
    ['91440300MA5H0HLK5U', 'company footer in a public repository'],
  ])('accepts the published code %s (%s) without warnings', (code) => {
    expect(validateUscc(code)).toEqual({ valid: true, normalized: code, warnings: [] });
  });

  it('normalizes lower case, spaces, hyphens and full-width characters', () => {
    expect(validateUscc(' 9111 0000-6000 3734 1l ')).toMatchObject({ valid: true, normalized: '91110000600037341L' });
    expect(validateUscc('９１１１００００６０００３７３４１Ｌ')).toMatchObject({ valid: true, normalized: '91110000600037341L' });
  });

  it('computes the GB 32100 check character', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L');
    expect(usccCheckChar('91512081MA62K0260')).toBe('E');
  });

  it('rejects a mistyped character with uscc_check', () => {
    expect(codeOf('91110000600037342L')).toBe('uscc_check');
    expect(codeOf('91110000600037341M')).toBe('uscc_check');
  });

  it('rejects the wrong length, naming the count', () => {
    const v = validateUscc('9111000060003734');
    expect(v.valid ? '' : v.error.message.en).toContain('you entered 16');
    expect(codeOf('91110000600037341LL')).toBe('uscc_length');
  });

  it('names a look-alike letter and what was probably meant', () => {
    expect(validateUscc('91110000600O37341L')).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "uscc_charset",
          "message": {
            "en": "Character 12 is the letter "O", which is never used in a Unified Social Credit Code (I, O, Z, S and V are left out to avoid confusion with 1, 0, 2, 5 and U). Did you mean "0"? Example: 91110000600037341L.",
            "zh": "第12位是字母“O”，统一社会信用代码不使用 I、O、Z、S、V（以免与 1、0、2、5、U 混淆）。您是否想输入“0”？示例：91110000600037341L。",
          },
        },
        "valid": false,
      }
    `);
    for (const [letter, meant] of [['I', '1'], ['Z', '2'], ['S', '5'], ['V', 'U']]) {
      const v = validateUscc(`9111000060003734${letter}L`);
      expect(v.valid ? '' : v.error.message.en).toContain(`Did you mean "${meant}"`);
    }
  });

  it('names punctuation and CJK characters', () => {
    const v = validateUscc('91110000600037341。');
    expect(v.valid ? '' : v.error.message.en).toContain('Character 18 (".")');
    expect(codeOf('911100006000373的L')).toBe('uscc_charset');
  });

  it('requires a registration authority code at position 1 and digits at 2–8', () => {
    expect(codeOf('01110000600037341L')).toBe('uscc_authority');
    expect(codeOf('B1110000600037341L')).toBe('uscc_authority');
    expect(codeOf('9A110000600037341L')).toBe('uscc_region');
  });

  it('accepts letters A, N and Y at position 1 when the check character matches', () => {
    for (const authority of ['A', 'N', 'Y']) {
      const body = `${authority}1110000600037341`;
      expect(codeOf(body + usccCheckChar(body))).toBe('valid');
    }
  });

  it('warns, without rejecting, when the embedded organization code fails its GB 11714 check', () => {
    expect(organizationCodeCheckChar('60003734')).toBe('1');
    const body = '91110000600037342';
    const verdict = validateUscc(body + usccCheckChar(body));
    expect(verdict.valid).toBe(true);
    expect(verdict.valid && verdict.warnings.map((w) => w.code)).toEqual(['org_code_check']);
  });

  it('rejects empty input, garbage and a 100 KB string early', () => {
    expect(codeOf('   ')).toBe('uscc_empty');
    expect(codeOf('💥💥💥')).toBe('uscc_charset');
    expect(codeOf('9'.repeat(100_000))).toBe('uscc_length');
  });
});
