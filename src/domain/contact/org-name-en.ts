import { accept, reject, type Verdict } from '../verdict.ts';
import { collapseSpaces, firstBadChar, quoteChar, toHalfWidth } from '../text.ts';

const MAX_LENGTH = 200;
const EXAMPLE = 'Hangzhou Example Technology Co., Ltd.';
const MIDDLE_DOTS = /[\u00b7\u2027\u30fb\u2022]/;
const BOOK_TITLE_MARKS = /[《》〈〉]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALLOWED = /[A-Za-z0-9 .,&'()\-/]/;

/**
 * Checks an organization's English name: Latin letters, digits, spaces and . , & ' ( ) - /, with at least one
 * letter. "·" and "《》" are refused with their own message because the registrar wants them kept in the
 * Chinese name but removed from the English one. Spaces are collapsed and full-width characters converted.
 * @example validateOrgNameEn(' Example  Co., Ltd. ') // { valid: true, normalized: 'Example Co., Ltd.', warnings: [] }
 */
export function validateOrgNameEn(input: string): Verdict {
  if (input.length > MAX_LENGTH * 2) return tooLong(input.length);
  const name = collapseSpaces(toHalfWidth(input).replace(/[\u2018\u2019]/g, "'"));
  if (name.length === 0) return reject('org_name_en_empty', `Please enter the organization's English name, e.g. ${EXAMPLE}.`, `请输入组织的英文名称，例如 ${EXAMPLE}。`);
  if (name.length > MAX_LENGTH) return tooLong(name.length);
  if (MIDDLE_DOTS.test(name)) {
    return reject('org_name_en_middle_dot',
      'Please remove the middle dot "·" from the English name (keep it only in the Chinese name); use a space instead if needed.',
      '请删除英文名称中的间隔号“·”（仅在中文名称中保留），如需要可改为空格。');
  }
  if (BOOK_TITLE_MARKS.test(name)) {
    return reject('org_name_en_book_title',
      'Please remove the title marks "《》" from the English name (keep them only in the Chinese name).',
      '请删除英文名称中的书名号“《》”（仅在中文名称中保留）。');
  }
  if (CJK.test(name)) {
    return reject('org_name_en_cjk',
      `The English name contains Chinese characters. Please write it in Latin letters, e.g. ${EXAMPLE}.`,
      `英文名称中含有汉字。请用英文字母填写，例如 ${EXAMPLE}。`);
  }
  const bad = firstBadChar(name, ALLOWED);
  if (bad) {
    return reject('org_name_en_charset',
      `Character ${bad.position} (${quoteChar(bad.char)}) is not allowed in the English name: use letters, digits, spaces and . , & ' ( ) - / only.`,
      `英文名称第${bad.position}个字符（${quoteChar(bad.char)}）无效：只能使用字母、数字、空格和 . , & ' ( ) - /。`);
  }
  if (!/[A-Za-z]/.test(name)) {
    return reject('org_name_en_no_letters', `The English name must contain letters, e.g. ${EXAMPLE}.`, `英文名称应包含英文字母，例如 ${EXAMPLE}。`);
  }
  return accept(name);
}

function tooLong(length: number): Verdict {
  return reject('org_name_en_too_long', `The English name can have at most ${MAX_LENGTH} characters; this has ${length}.`,
    `英文名称最多${MAX_LENGTH}个字符，此输入有${length}个。`);
}
