import type { Localized } from '../i18n/localized.ts';

/** Stable codes for the registrar's documented real-name failure reasons. */
export type FailureCode =
  | 'data_check_failed'
  | 'wrong_type_or_length'
  | 'holder_mismatch'
  | 'unclear'
  | 'incomplete'
  | 'not_in_database'
  | 'number_not_found'
  | 'identity_invalid'
  | 'no_document'
  | 'overseas_user'
  | 'contact_invalid'
  | 'sensitive_word'
  | 'chinese_name_required';

/** A failure reason: the registrar's text (`zh`), an English rendering, and what the registrant should do about it. */
export type FailureReason = { readonly code: FailureCode; readonly zh: string; readonly en: string; readonly fix: Localized };

const reason = (code: FailureCode, zh: string, en: string, fixEn: string, fixZh: string): FailureReason =>
  ({ code, zh, en, fix: { en: fixEn, zh: fixZh } });

/** The documented failure reasons (Alibaba's 实名认证失败原因及解决方案), each with its fix. */
export const FAILURE_REASONS: Readonly<Record<FailureCode, FailureReason>> = Object.freeze({
  data_check_failed: reason('data_check_failed', '证件电子信息核验不合格', 'The electronic check of the document data failed',
    'Make sure the name and the document number match the document exactly, and that the document is valid and not about to expire. A newly issued document needs at least 10 days before it can be submitted.',
    '请确认姓名/名称和证件号码与证件完全一致，证件在有效期内且不临近过期。新办理的证件需满 10 天后再提交。'),
  wrong_type_or_length: reason('wrong_type_or_length', '证件类型选择错误或证件号码位数不正确', 'Wrong document type selected, or the document number has the wrong number of digits',
    'Choose the document type that matches the uploaded document, and copy the number exactly as printed (enterprises: the 18-character Unified Social Credit Code).',
    '请选择与上传证件一致的证件类型，并按证件上印的号码填写（企业填写 18 位统一社会信用代码）。'),
  holder_mismatch: reason('holder_mismatch', '注册者信息不一致', 'The registrant information does not match the document',
    'The registrant name must be exactly the name on the document: a person uses their own name, a company its full name as on the licence, including punctuation.',
    '注册者名称必须与证件上的名称完全一致：个人填写本人姓名，企业填写营业执照上的完整名称（包括标点）。'),
  unclear: reason('unclear', '证件不清晰/被遮挡/水印', 'The document is unclear, covered or watermarked',
    'Upload a sharp colour photo or scan of the original document with every word, seal and photo legible, without glare, fingers or watermarks.',
    '请上传原件的清晰彩色照片或扫描件，文字、印章和照片都要清楚，不能有反光、遮挡或水印。'),
  incomplete: reason('incomplete', '证件不完整', 'The document is incomplete',
    'Show the whole document with all four corners and its border visible; if asked for both sides, merge them into one image.',
    '请拍摄完整证件，四个角和边框都要可见；如需正反面，请合并为一张图片。'),
  not_in_database: reason('not_in_database', '不在实名库中或为新颁发证件', 'Not in the real-name database, or the document was issued recently',
    'Wait until the document is at least 10 days old, or submit another accepted document.',
    '请在证件办理满 10 天后再提交，或改用其他可用证件。'),
  number_not_found: reason('number_not_found', '库中无此号', 'The document number is not in the database',
    'Check the number digit by digit against the document; if it is correct, use another accepted document type.',
    '请逐位核对证件号码；如号码无误，请改用其他可用证件类型。'),
  identity_invalid: reason('identity_invalid', '注册者身份有效性验证失败', 'The registrant identity could not be validated',
    'Use a valid document that is not close to expiry; people who cannot pass the ID card check can use another document type.',
    '请使用在有效期内、不临近过期的证件；无法通过身份证核验的，可改用其他证件类型。'),
  no_document: reason('no_document', '未提交证件', 'No document was submitted',
    'Upload a photo or scan of the document (JPG or BMP) and submit again.',
    '请上传证件照片或扫描件（JPG 或 BMP）后重新提交。'),
  overseas_user: reason('overseas_user', '提交资料显示为海外用户', 'The submitted material shows an overseas registrant',
    'Choose the registrant kind that matches the document (outside the Chinese mainland) and submit the matching document.',
    '请选择与证件相符的注册者类型（中国大陆以外），并提交对应证件。'),
  contact_invalid: reason('contact_invalid', '注册联系人信息有误', 'The registrant contact information is wrong',
    'Check the address, postal code, phone and email: they must be real and consistent with the document, written with half-width punctuation.',
    '请检查地址、邮编、电话和邮箱：须真实有效、与证件一致，并使用半角标点。'),
  sensitive_word: reason('sensitive_word', '域名名称含有敏感词', 'The domain name contains a sensitive word',
    'This domain cannot be verified as it is; contact support about the domain name.',
    '该域名无法按现状通过审核，请就域名名称联系客服。'),
  chinese_name_required: reason('chinese_name_required', '所有者(中文)字段必须包含中文字符', 'The Chinese holder field must contain Chinese characters',
    'Enter the registrant name in Chinese as printed on the document; the English name is filled in separately.',
    '请按证件填写中文注册者名称，英文名称另行填写。'),
});

const normalize = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const BY_TEXT = new Map(Object.values(FAILURE_REASONS).flatMap((r) => [[normalize(r.zh), r], [normalize(r.en), r]] as const));

/** Explains a reason text from the registrar (exact, or containing a known reason, e.g. "审核失败,…"); undefined when unknown. */
export function explainFailure(text: string): FailureReason | undefined {
  const wanted = normalize(text);
  if (!wanted) return undefined;
  const exact = BY_TEXT.get(wanted);
  if (exact) return exact;
  return Object.values(FAILURE_REASONS).find((r) => wanted.includes(normalize(r.zh)) || wanted.includes(normalize(r.en)));
}
