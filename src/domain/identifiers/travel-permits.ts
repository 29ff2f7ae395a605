import { accept, reject, type Verdict } from '../verdict.ts';
import { firstBadChar, isOverlong, normalizeIdentifier, quoteChar } from '../text.ts';

const HK_EXAMPLE = 'H12345678';
const TW_EXAMPLE = '12345678';

/**
 * Checks a Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证, 回乡证):
 * H (Hong Kong) or M (Macao) + 8-digit lifelong number, optionally followed by the 2-digit renewal count
 * printed on the 1999-style card, so 9 or 11 characters. The number is kept as printed.
 * @example validateTravelPermitHkMacao('h 1234 5678') // { valid: true, normalized: 'H12345678', warnings: [] }
 */
export function validateTravelPermitHkMacao(input: string): Verdict {
  if (isOverlong(input)) return hkLengthError(input.length);
  const id = normalizeIdentifier(input);
  if (id.length === 0) {
    return reject('travel_permit_hk_macao_empty', `Please enter the permit number, e.g. ${HK_EXAMPLE}.`, `请输入通行证号码，例如 ${HK_EXAMPLE}。`);
  }
  if (id.startsWith('C')) {
    return reject('travel_permit_hk_macao_wrong_document',
      `A number starting with C belongs to the Exit-Entry Permit that mainland residents use to travel to Hong Kong and Macao. Here we need the Mainland Travel Permit of a Hong Kong or Macao resident, which starts with H or M, e.g. ${HK_EXAMPLE}.`,
      `以 C 开头的号码是内地居民往来港澳通行证。这里需要的是港澳居民来往内地通行证（回乡证）号码，以 H 或 M 开头，例如 ${HK_EXAMPLE}。`);
  }
  if (!/^[HM]/.test(id)) {
    return reject('travel_permit_hk_macao_prefix',
      `The permit number starts with H (Hong Kong) or M (Macao), but this one starts with ${quoteChar(id.charAt(0))}. Example: ${HK_EXAMPLE}.`,
      `通行证号码以 H（香港）或 M（澳门）开头，而此号码以 ${quoteChar(id.charAt(0))} 开头。示例：${HK_EXAMPLE}。`);
  }
  const bad = firstBadChar(id.slice(1), /[0-9]/);
  if (bad) {
    return reject('travel_permit_hk_macao_charset',
      `After the letter ${id.charAt(0)} the permit number has only digits, but character ${bad.position + 1} is ${quoteChar(bad.char)}${bad.char === 'O' ? ' (the letter O; did you mean 0?)' : ''}. Example: ${HK_EXAMPLE}.`,
      `字母 ${id.charAt(0)} 之后应全部为数字，但第${bad.position + 1}位是 ${quoteChar(bad.char)}${bad.char === 'O' ? '（字母 O，是否应为数字 0？）' : ''}。示例：${HK_EXAMPLE}。`);
  }
  return id.length === 9 || id.length === 11 ? accept(id) : hkLengthError(id.length);
}

function hkLengthError(length: number): Verdict {
  return reject('travel_permit_hk_macao_length',
    `The permit number is H or M followed by 8 digits (9 characters; older cards add a 2-digit renewal count, 11 characters). You entered ${length} characters. Example: ${HK_EXAMPLE}.`,
    `通行证号码为 H 或 M 加8位数字（共9位；旧版证件后加2位换证次数，共11位）。您输入了${length}位。示例：${HK_EXAMPLE}。`);
}

/**
 * Checks a Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证, 台胞证): the 8-digit
 * lifelong number used since 2008. A pre-2008 10-digit number (8 digits + issue count) is accepted with a
 * warning, and a bracketed issuing-office code such as "(B)" is dropped, since it is not part of the number.
 * @example validateTravelPermitTaiwan('12345678(B)') // { valid: true, normalized: '12345678', warnings: [] }
 */
export function validateTravelPermitTaiwan(input: string): Verdict {
  if (isOverlong(input)) return twLengthError(input.length);
  const id = normalizeIdentifier(input).replace(/[([【][A-Z0-9]{1,3}[)\]】]$/, '');
  if (id.length === 0) {
    return reject('travel_permit_taiwan_empty', `Please enter the 8-digit permit number, e.g. ${TW_EXAMPLE}.`, `请输入8位台胞证号码，例如 ${TW_EXAMPLE}。`);
  }
  const bad = firstBadChar(id, /[0-9]/);
  if (bad) {
    return reject('travel_permit_taiwan_charset',
      `The permit number has only digits, but character ${bad.position} is ${quoteChar(bad.char)}. Enter the 8 digits without letters, e.g. ${TW_EXAMPLE}.`,
      `台胞证号码只含数字，但第${bad.position}位是 ${quoteChar(bad.char)}。请只输入8位数字，例如 ${TW_EXAMPLE}。`);
  }
  if (id.length === 8) return accept(id);
  if (id.length !== 10) return twLengthError(id.length);
  return accept(id, [{
    code: 'travel_permit_taiwan_legacy',
    message: {
      en: 'This is the pre-2008 format (8 digits + a 2-digit issue count). Since 2008 the number is 8 digits for life: if your current permit shows 8 digits, enter those instead.',
      zh: '这是2008年以前的格式（8位号码加2位签发次数）。2008年起台胞证号码为终身不变的8位数字：如果您现行证件上是8位号码，请改为输入该号码。',
    },
  }]);
}

function twLengthError(length: number): Verdict {
  return reject('travel_permit_taiwan_length',
    `The permit number has 8 digits (older permits: 10); you entered ${length}. Example: ${TW_EXAMPLE}.`,
    `台胞证号码为8位数字（旧版为10位），您输入了${length}位。示例：${TW_EXAMPLE}。`);
}
