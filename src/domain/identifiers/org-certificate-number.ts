import { accept, reject, type Verdict } from '../verdict.ts';
import { firstBadChar, isOverlong, normalizeIdentifier, quoteChar } from '../text.ts';

const MAX_LENGTH = 40;
/** Ways people say "there is no number", which the registrar wants written as the digit 0. */
const NO_NUMBER = new Set(['NONE', 'NA', 'N/A', 'NIL', 'NULL', '-', '无', '無', '没有', '沒有']);

/**
 * Checks the certificate number of an organization outside the Chinese mainland (entered in the
 * registrar's "Unified Social Credit Code" field): 1–40 letters, digits, "-" or "/", or exactly "0" when
 * the certificate has no number, as the registrar's rules require. Spaces are removed, letters upper-cased.
 * @example validateOrgCertificateNumber('cr 1234567') // { valid: true, normalized: 'CR1234567', warnings: [] }
 */
export function validateOrgCertificateNumber(input: string): Verdict {
  if (isOverlong(input)) return lengthError(input.length);
  const id = normalizeIdentifier(input, { keepHyphens: true });
  if (id.length === 0) {
    return reject('org_certificate_number_empty',
      'Please enter the number printed on the registration certificate, e.g. 12345678-000. If the certificate has no number, enter 0.',
      '请输入登记证书上印的编号，例如 12345678-000。如果证书上没有编号，请输入 0。');
  }
  if (NO_NUMBER.has(id)) {
    return reject('org_certificate_number_none',
      `If the certificate has no number, enter just the digit 0 (not "${id}").`,
      `如果证书上没有编号，请只输入数字 0（而不是“${id}”）。`);
  }
  const bad = firstBadChar(id, /[0-9A-Z/-]/);
  if (bad) {
    const cjk = /[\u3400-\u9fff]/.test(bad.char);
    return reject('org_certificate_number_charset',
      cjk
        ? 'Enter only the certificate number (letters, digits, "-" and "/"), not the name of the certificate. If it has no number, enter 0.'
        : `Character ${bad.position} (${quoteChar(bad.char)}) is not allowed: use only letters, digits, "-" and "/" as printed on the certificate, e.g. 12345678-000.`,
      cjk
        ? '请只输入证书编号（字母、数字、“-”和“/”），不要输入证书名称。如果没有编号，请输入 0。'
        : `第${bad.position}位（${quoteChar(bad.char)}）无效：请按证书所印只输入字母、数字、“-”和“/”，例如 12345678-000。`);
  }
  return id.length <= MAX_LENGTH ? accept(id) : lengthError(id.length);
}

function lengthError(length: number): Verdict {
  return reject('org_certificate_number_length',
    `A certificate number has at most ${MAX_LENGTH} characters; you entered ${length}. Enter only the number, e.g. 12345678-000, or 0 if there is none.`,
    `证书编号最多${MAX_LENGTH}个字符，您输入了${length}个。请只输入编号，例如 12345678-000；没有编号请输入 0。`);
}
