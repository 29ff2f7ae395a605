import { accept, reject, type Verdict } from '../verdict.ts';
import { isOverlong, normalizeIdentifier } from '../text.ts';
import { getRegion, regionOfPostalCode, type RegionId } from '../regions.ts';

const EXAMPLE = '310024';

/**
 * Checks a postal code. For the mainland (no region, or a mainland region): 6 digits, not in the ranges
 * China Post keeps out of public use (000000–009999, 999xxx), and, with a region, starting with one of that
 * region's prefixes. An unassigned prefix without a region is only a warning, as the prefix table is not
 * an official list. For Hong Kong, Macao, Taiwan and abroad: 3–10 letters, digits and hyphens.
 * @example validatePostalCode('310 024', 'zhejiang') // { valid: true, normalized: '310024', warnings: [] }
 */
export function validatePostalCode(input: string, region?: RegionId): Verdict {
  if (region && !getRegion(region).mainland) return validateForeign(input);
  if (isOverlong(input)) return formatError(`${input.length} characters`, `${input.length}个字符`);
  const code = normalizeIdentifier(input);
  if (code.length === 0) {
    return reject('postal_code_empty', `Please enter the 6-digit postal code of the address, e.g. ${EXAMPLE}.`, `请输入地址所在地的6位邮政编码，例如 ${EXAMPLE}。`);
  }
  if (!/^\d{6}$/.test(code)) return formatError(`"${code}"`, `“${code}”`);
  if (code < '010000') {
    return reject('postal_code_reserved',
      `Postal codes 000000–009999 are not in use. Please enter the postal code of the address, e.g. ${EXAMPLE}.`,
      `邮政编码 000000–009999 未启用。请输入地址所在地的邮政编码，例如 ${EXAMPLE}。`);
  }
  if (code.startsWith('999')) {
    return reject('postal_code_internal',
      `Codes starting with 999 are China Post's internal codes for mail to Hong Kong, Macao, Taiwan and abroad, not the postal code of a mainland address. Example: ${EXAMPLE}.`,
      `以999开头的是中国邮政寄往港澳台及国外邮件的内部编码，不是内地地址的邮政编码。示例：${EXAMPLE}。`);
  }
  return region ? checkRegion(code, region) : checkKnownPrefix(code);
}

function formatError(shownEn: string, shownZh: string): Verdict {
  return reject('postal_code_format',
    `A postal code in the Chinese mainland has exactly 6 digits; you entered ${shownEn}. Example: ${EXAMPLE}.`,
    `中国内地的邮政编码为6位数字，您输入的是${shownZh}。示例：${EXAMPLE}。`);
}

function checkRegion(code: string, region: RegionId): Verdict {
  const expected = getRegion(region);
  if (expected.postalPrefixes.includes(code.slice(0, 2))) return accept(code);
  const actual = regionOfPostalCode(code);
  const prefixes = expected.postalPrefixes.join(', ');
  const belongsEn = actual ? `belongs to ${actual.label.en}` : 'does not belong to any province';
  const belongsZh = actual ? `属于${actual.label.zh}` : '不属于任何省份';
  return reject('postal_code_region_mismatch',
    `The postal code ${code} ${belongsEn}, but the address is in ${expected.label.en}, whose postal codes start with ${prefixes}. Please check the postal code or the region.`,
    `邮政编码 ${code} ${belongsZh}，而地址在${expected.label.zh}，该地邮政编码以 ${expected.postalPrefixes.join('、')} 开头。请核对邮政编码或所在地区。`);
}

function checkKnownPrefix(code: string): Verdict {
  if (regionOfPostalCode(code)) return accept(code);
  return accept(code, [{
    code: 'postal_code_unknown_prefix',
    message: {
      en: `No province uses postal codes starting with ${code.slice(0, 2)}. Please check the postal code of the address.`,
      zh: `没有省份使用以 ${code.slice(0, 2)} 开头的邮政编码。请核对地址的邮政编码。`,
    },
  }]);
}

function validateForeign(input: string): Verdict {
  const code = isOverlong(input) ? input : normalizeIdentifier(input, { keepHyphens: true });
  if (/^[0-9A-Z-]{3,10}$/.test(code)) return accept(code);
  return reject('postal_code_foreign_format',
    'Please enter the postal code as used locally: 3 to 10 letters, digits or hyphens, e.g. 94043 or SW1A-1AA.',
    '请按当地格式输入邮政编码：3至10位字母、数字或连字符，例如 94043 或 SW1A-1AA。');
}
