import { reject, type Verdict } from '../verdict.ts';
import { isOverlong, normalizeIdentifier, quoteChar } from '../text.ts';
import { idNumberVerdict, inspectIdNumber } from './id-number.ts';

/** Which residents a permit is for: Hong Kong and Macao residents share one permit type. */
export type PermitRegion = 'hk_macao' | 'taiwan';

const EXAMPLE = '810000199408230021';
/** Address codes the permits use instead of a mainland one. */
const PREFIXES: Readonly<Record<string, { en: string; zh: string; region: PermitRegion }>> = {
  '810000': { en: 'Hong Kong', zh: '香港', region: 'hk_macao' },
  '820000': { en: 'Macao', zh: '澳门', region: 'hk_macao' },
  '830000': { en: 'Taiwan', zh: '台湾', region: 'taiwan' },
};

/**
 * Checks a Residence Permit number for Hong Kong, Macao or Taiwan residents (港澳台居民居住证): 18 characters
 * built like the ID card number (real birth date, MOD 11-2 check) with address code 810000 (Hong Kong),
 * 820000 (Macao) or 830000 (Taiwan). With `region`, a permit of the other kind is a specific error.
 * @example validateResidencePermit('810000199408230021', 'hk_macao') // valid
 */
export function validateResidencePermit(input: string, region?: PermitRegion, today: Date = new Date()): Verdict {
  if (isOverlong(input)) return lengthError(input.length);
  const id = normalizeIdentifier(input);
  if (id.length === 0) {
    return reject('residence_permit_empty', `Please enter the 18-character residence permit number, e.g. ${EXAMPLE}.`, `请输入18位居住证号码，例如 ${EXAMPLE}。`);
  }
  const problem = inspectIdNumber(id, today);
  if (problem.kind === 'charset') {
    return reject('residence_permit_charset',
      `Character ${problem.position} (${quoteChar(problem.char)}) is not allowed: a residence permit number has 17 digits followed by a digit or X. Example: ${EXAMPLE}.`,
      `第${problem.position}位（${quoteChar(problem.char)}）无效：居住证号码由17位数字加1位数字或 X 组成。示例：${EXAMPLE}。`);
  }
  if (problem.kind === 'length') return lengthError(id.length);
  const prefix = prefixError(id, region);
  if (prefix) return prefix;
  return idNumberVerdict(id, problem, { codePrefix: 'residence_permit', document: { en: 'permit', zh: '居住证' } });
}

function lengthError(length: number): Verdict {
  return reject('residence_permit_length',
    `A residence permit number has 18 characters; you entered ${length}. Example: ${EXAMPLE}.`,
    `居住证号码应为18位，您输入了${length}位。示例：${EXAMPLE}。`);
}

function prefixError(id: string, region: PermitRegion | undefined): Verdict | undefined {
  const found = PREFIXES[id.slice(0, 6)];
  if (!found) {
    return reject('residence_permit_prefix',
      `A residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), but this one starts with ${id.slice(0, 6)}. If it is a mainland ID card number, choose the ID card as your document type.`,
      `居住证号码以 810000（香港）、820000（澳门）或 830000（台湾）开头，而此号码以 ${id.slice(0, 6)} 开头。如果这是内地居民身份证号码，请将证件类型选为身份证。`);
  }
  if (!region || found.region === region) return undefined;
  const expected = region === 'taiwan' ? { en: '830000 (Taiwan)', zh: '830000（台湾）' } : { en: '810000 (Hong Kong) or 820000 (Macao)', zh: '810000（香港）或 820000（澳门）' };
  return reject('residence_permit_region_mismatch',
    `This number starts with ${id.slice(0, 6)}, which is a permit for ${found.en} residents, but you said you are ${region === 'taiwan' ? 'a Taiwan resident' : 'a Hong Kong or Macao resident'}; that permit starts with ${expected.en}. Please check the number or your resident type.`,
    `此号码以 ${id.slice(0, 6)} 开头，属于${found.zh}居民的居住证，但您选择的是${region === 'taiwan' ? '台湾居民' : '港澳居民'}，其居住证号码应以 ${expected.zh}开头。请核对号码或居民类型。`);
}
