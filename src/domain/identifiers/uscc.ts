import { accept, reject, type Issue, type Verdict } from '../verdict.ts';
import { firstBadChar, isOverlong, normalizeIdentifier, quoteChar } from '../text.ts';
import { organizationCodeCheckChar } from './organization-code.ts';

/** GB 32100-2015 alphabet: digits and upper-case letters without I, O, Z, S, V; the index is the character's value. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const EXAMPLE = '91110000600037341L';
/** Letters that never occur, with the character people usually meant. */
const LOOKALIKES: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5', V: 'U' };
/** Registration authority codes (position 1): 1–9 and the letters A, N, Y. */
const AUTHORITIES = /^[1-9ANY]$/;

/** GB 32100 check character for the first 17 characters: weights 3^(i-1) mod 31, check = (31 − S mod 31) mod 31. */
export function usccCheckChar(body17: string): string {
  let sum = 0;
  let weight = 1;
  for (const c of body17) {
    sum += ALPHABET.indexOf(c) * weight;
    weight = (weight * 3) % 31;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Checks a Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters, the allowed alphabet,
 * the registration authority, a digit region code, and the final check character. The embedded organization
 * code (positions 9–17, GB 11714) failing its own check is only a warning: GB 32100 binds the final check
 * character, and codes issued without a legacy organization code are not required to satisfy GB 11714.
 * @example validateUscc('9111 0000 6000 3734 1l') // { valid: true, normalized: '91110000600037341L', warnings: [] }
 */
export function validateUscc(input: string): Verdict {
  if (isOverlong(input)) return lengthError(input.length);
  const code = normalizeIdentifier(input);
  if (code.length === 0) {
    return reject('uscc_empty', `Please enter the 18-character Unified Social Credit Code, e.g. ${EXAMPLE}.`, `请输入18位统一社会信用代码，例如 ${EXAMPLE}。`);
  }
  const bad = firstBadChar(code, /[0-9A-Z]/);
  if (bad) return charsetError(bad.char, bad.position);
  if (code.length !== 18) return lengthError(code.length);
  const lookalike = firstBadChar(code, new RegExp(`[${ALPHABET}]`));
  if (lookalike) return charsetError(lookalike.char, lookalike.position);
  const structure = checkStructure(code);
  if (structure) return structure;
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17)) {
    return reject(
      'uscc_check',
      `The code ${code} fails its check (the 18th character does not match the first 17), so at least one character is mistyped. Copy it again from the top right of the business licence, e.g. ${EXAMPLE}.`,
      `代码 ${code} 未通过校验（第18位校验码与前17位不符），说明至少有一位输入有误。请对照营业执照右上角重新输入，例如 ${EXAMPLE}。`,
    );
  }
  return accept(code, organizationCodeWarnings(code));
}

function lengthError(length: number): Verdict {
  return reject(
    'uscc_length',
    `A Unified Social Credit Code has exactly 18 characters; you entered ${length}. Example: ${EXAMPLE}.`,
    `统一社会信用代码应为18位，您输入了${length}位。示例：${EXAMPLE}。`,
  );
}

function charsetError(char: string, position: number): Verdict {
  const meant = LOOKALIKES[char];
  if (meant) {
    return reject(
      'uscc_charset',
      `Character ${position} is the letter "${char}", which is never used in a Unified Social Credit Code (I, O, Z, S and V are left out to avoid confusion with 1, 0, 2, 5 and U). Did you mean "${meant}"? Example: ${EXAMPLE}.`,
      `第${position}位是字母“${char}”，统一社会信用代码不使用 I、O、Z、S、V（以免与 1、0、2、5、U 混淆）。您是否想输入“${meant}”？示例：${EXAMPLE}。`,
    );
  }
  return reject(
    'uscc_charset',
    `Character ${position} (${quoteChar(char)}) is not allowed: a Unified Social Credit Code has only digits and capital letters. Example: ${EXAMPLE}.`,
    `第${position}位（${quoteChar(char)}）无效：统一社会信用代码只含数字和大写字母。示例：${EXAMPLE}。`,
  );
}

function checkStructure(code: string): Verdict | undefined {
  if (!AUTHORITIES.test(code.charAt(0))) {
    return reject(
      'uscc_authority',
      `The first character "${code.charAt(0)}" is not a registration authority code (1–9, A, N or Y); market-regulation business licences start with 9. Example: ${EXAMPLE}.`,
      `第1位“${code.charAt(0)}”不是有效的登记管理部门代码（应为 1–9、A、N 或 Y；市场监管部门登记的企业以 9 开头）。示例：${EXAMPLE}。`,
    );
  }
  const bad = firstBadChar(code.slice(1, 8), /[0-9]/);
  if (bad) {
    const position = bad.position + 1;
    return reject(
      'uscc_region',
      `Characters 2 to 8 (organization type and region code) are digits, but character ${position} is "${bad.char}". Example: ${EXAMPLE}.`,
      `第2至8位（机构类别和行政区划码）应为数字，但第${position}位是“${bad.char}”。示例：${EXAMPLE}。`,
    );
  }
  return undefined;
}

function organizationCodeWarnings(code: string): Issue[] {
  const body = code.slice(8, 16);
  if (organizationCodeCheckChar(body) === code.charAt(16)) return [];
  return [{
    code: 'org_code_check',
    message: {
      en: `The embedded organization code (characters 9–17, ${body}-${code.charAt(16)}) does not pass its own check. The code itself is valid, but please compare it once more with the licence.`,
      zh: `内嵌的组织机构代码（第9至17位，${body}-${code.charAt(16)}）未通过其自身校验。代码整体有效，但请再与执照核对一次。`,
    },
  }];
}
