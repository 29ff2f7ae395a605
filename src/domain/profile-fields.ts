import type { Localized } from '../i18n/localized.ts';
import type { RegistrantKind } from './registrant-kinds.ts';
import type { DocumentKind } from './documents.ts';
import type { RegionId } from './regions.ts';
import type { Verdict } from './verdict.ts';
import { DOCUMENTS, allDocumentsFor } from './documents.ts';
import { isEnterprise } from './registrant-kinds.ts';
import { validatePostalCode } from './contact/postal-code.ts';
import { validatePhone } from './contact/phone.ts';
import { validateEmail } from './contact/email.ts';
import { documentChoices, regionChoices, validateDocumentType, validateRegion } from './profile/choice-fields.ts';
import { validateAddress, validateCity, validateContactName, validateOrgName, validateRegistrantName } from './profile/text-fields.ts';

/** Corrections and cross-field checks live under profile/; re-exported so callers import one module. */
export { fieldMentioned } from './profile/field-mentions.ts';
export { crossFieldIssues } from './profile/cross-field.ts';

/** The fields of a registrant profile (the Chinese profile; the English one is derived from it). */
export type FieldId =
  | 'documentType' | 'idNumber' | 'orgName' | 'name' | 'contactName' | 'region' | 'city' | 'address' | 'postalCode' | 'phone' | 'email';

/** The answers collected so far, each already normalized by its field's validator. */
export type Profile = Partial<Record<FieldId, string>>;

/** How one field is asked, explained and checked. */
export type FieldSpec = {
  id: FieldId;
  label: Localized;
  /** The question, with an example answer. */
  prompt: Localized;
  /** The answer to "why do you need this?". */
  why: Localized;
  pii: boolean;
  choices?: (profile: Profile) => readonly { id: string; label: Localized }[];
  validate(input: string, profile: Profile): Verdict;
};

type Builder = (kind: RegistrantKind) => FieldSpec;

/** The document chosen so far, or the preferred one for this kind. */
export function chosenDocument(kind: RegistrantKind, profile: Profile): DocumentKind {
  const allowed = allDocumentsFor(kind);
  const chosen = allowed.find((id) => id === profile.documentType);
  return chosen ?? allowed[0] ?? 'resident_id';
}

/** True when the Chinese profile is written in Chinese: everyone except organizations outside the mainland. */
export function writesChinese(kind: RegistrantKind): boolean {
  return kind !== 'enterprise_outside';
}

const NUMBER_EXAMPLES: Readonly<Record<DocumentKind, string>> = {
  business_license: '91110000600037341L', uscc_certificate: '91110000600037341L', public_institution_certificate: '12100000400000624D',
  overseas_registration: '12345678 (or 0)', resident_id: '11010519491231002X', temporary_id: '11010519491231002X',
  household_booklet: '11010519491231002X', household_certificate: '11010519491231002X', residence_permit_hk_macao: '810000199408230021',
  travel_permit_hk_macao: 'H1234567801', residence_permit_taiwan: '830000199201300022', travel_permit_taiwan: '12345678',
  passport: 'E12345678', foreign_permanent_resident_id: 'USA310078901012',
};

const documentType: Builder = (kind) => ({
  id: 'documentType', pii: false,
  label: { en: 'Document type', zh: '证件类型' },
  prompt: isEnterprise(kind)
    ? { en: 'Which certificate will you upload? For example: Business License.', zh: '您将上传哪种证件？例如：营业执照。' }
    : { en: 'Which identity document will you upload? For example: ID card.', zh: '您将上传哪种身份证件？例如：身份证。' },
  why: {
    en: 'Identity verification accepts only certain documents for your type of registrant, and the number I ask for next depends on the document.',
    zh: '实名认证只接受与您的注册者类型对应的证件，而下一步要填写的号码取决于证件类型。',
  },
  choices: () => documentChoices(kind),
  validate: (input) => validateDocumentType(input, kind),
});

function idNumber(kind: RegistrantKind, profile: Profile): FieldSpec {
  const doc = DOCUMENTS[chosenDocument(kind, profile)];
  const example = NUMBER_EXAMPLES[doc.id];
  return {
    id: 'idNumber', pii: true, label: doc.numberLabel,
    prompt: { en: `What is the ${doc.numberLabel.en} on your ${doc.label.en}? For example: ${example}.`, zh: `您的${doc.label.zh}上的${doc.numberLabel.zh}是多少？例如：${example}。` },
    why: isEnterprise(kind)
      ? {
        en: 'The certificate number must be exactly the same as on your certificate. If a certificate from outside the Chinese mainland has no number, enter 0.',
        zh: '证件号码必须与证件上的完全一致。中国内地以外签发的证件如果没有号码，请填 0。',
      }
      : { en: 'The number must be exactly the same as on the identity document you upload; the registry checks the two against each other.', zh: '号码必须与您上传的证件上的完全一致，注册局会核对二者。' },
    validate: (input) => doc.validateNumber(input),
  };
}

const orgName: Builder = (kind) => ({
  id: 'orgName', pii: false,
  label: { en: 'Organization name', zh: '单位名称' },
  prompt: kind === 'enterprise_mainland'
    ? { en: 'What is the organization name, exactly as on the certificate? For example: 杭州某某科技有限公司.', zh: '单位名称是什么？请与证件上的完全一致，例如：杭州某某科技有限公司。' }
    : { en: 'What is the organization name, exactly as on the certificate? For example: Example Trading Limited.', zh: '单位名称是什么？请与证件上的完全一致，例如：Example Trading Limited。' },
  why: {
    en: 'It must be exactly the same as the name on the uploaded certificate, including punctuation. "·" and "《》" stay in the Chinese name and are removed from the English one.',
    zh: '必须与上传证件上的名称完全一致，包括标点符号。"·"和"《》"在中文名称中保留，在英文名称中去掉。',
  },
  validate: (input) => validateOrgName(input, kind === 'enterprise_mainland'),
});

const name: Builder = (kind) => ({
  id: 'name', pii: true,
  label: { en: 'Registrant name', zh: '注册者姓名' },
  prompt: kind === 'individual_foreign'
    ? { en: 'What is your name, exactly as on your document? For example: John Smith.', zh: '您的姓名是什么？请与证件上的完全一致，例如：John Smith。' }
    : { en: 'What is your name, exactly as on your document? For example: 张三.', zh: '您的姓名是什么？请与证件上的完全一致，例如：张三。' },
  why: {
    en: 'It must be exactly the same as the name on your identity document. If the domain needs ICP filing later, it must also match the ICP filing entity name.',
    zh: '必须与证件上的姓名完全一致。如果以后要为该域名办理 ICP 备案，还须与备案主体名称一致。',
  },
  validate: (input) => validateRegistrantName(input, kind === 'individual_mainland'),
});

const contactName: Builder = () => ({
  id: 'contactName', pii: true,
  label: { en: 'Domain name contact', zh: '域名联系人' },
  prompt: { en: 'Who is the contact person for the domain name? We recommend a technical staff member. For example: 李四.', zh: '域名联系人是谁？建议由公司的技术人员担任，例如：李四。' },
  why: { en: 'We recommend a technical staff member of your organization. The domain name contact does not need to go through identity verification.', zh: '建议由单位的技术人员担任。域名联系人无需进行实名认证。' },
  validate: (input) => validateContactName(input),
});

const region: Builder = (kind) => ({
  id: 'region', pii: false,
  label: { en: 'Region', zh: '所属地区' },
  prompt: kind === 'enterprise_outside'
    ? { en: 'Where is the registered address on your certificate? For example: Hong Kong.', zh: '证件上的注册地址在哪个地区？例如：中国香港。' }
    : isEnterprise(kind)
      ? { en: 'Which province is the registered address on your certificate in? For example: Zhejiang.', zh: '证件上的注册地址在哪个省份？例如：浙江。' }
      : { en: 'Which province in the Chinese mainland is your mailing address in? For example: Zhejiang.', zh: '您的通信地址在中国内地哪个省份？例如：浙江。' },
  why: isEnterprise(kind)
    ? { en: 'The region must be consistent with the registered address on your certificate.', zh: '地区必须与证件上的注册地址一致。' }
    : { en: 'It must be the region in the Chinese mainland where your real and valid mailing address is located.', zh: '须为您真实有效的通信地址所在的中国内地地区。' },
  choices: () => regionChoices(kind),
  validate: (input) => validateRegion(input, kind),
});

const city: Builder = (kind) => ({
  id: 'city', pii: false,
  label: { en: 'City', zh: '城市' },
  prompt: writesChinese(kind) ? { en: 'Which city? For example: 杭州市.', zh: '哪个城市？例如：杭州市。' } : { en: 'Which city? For example: Hong Kong.', zh: '哪个城市？例如：Hong Kong。' },
  why: isEnterprise(kind)
    ? { en: 'It is part of the address, which must be consistent with your certificate.', zh: '它是地址的一部分，地址须与证件一致。' }
    : { en: 'It is part of your mailing address, which must be a real and valid address in the Chinese mainland.', zh: '它是通信地址的一部分，通信地址须为中国内地真实有效的地址。' },
  validate: (input) => validateCity(input, writesChinese(kind)),
});

const address: Builder = (kind) => ({
  id: 'address', pii: true,
  label: { en: 'Mailing address', zh: '通信地址' },
  prompt: writesChinese(kind)
    ? { en: 'What is the full mailing address? For example: 浙江省杭州市西湖区文三路 90 号.', zh: '完整的通信地址是什么？例如：浙江省杭州市西湖区文三路 90 号。' }
    : { en: 'What is the full mailing address? For example: 1 Queen’s Road Central, Hong Kong.', zh: '完整的通信地址是什么？例如：1 Queen’s Road Central, Hong Kong。' },
  why: isEnterprise(kind)
    ? { en: 'The mailing address must be consistent with your business license.', zh: '通信地址必须与营业执照一致。' }
    : { en: 'It must be a real and valid mailing address in the Chinese mainland.', zh: '须为中国内地真实有效的通信地址。' },
  validate: (input) => validateAddress(input, writesChinese(kind)),
});

const postalCode: Builder = (kind) => ({
  id: 'postalCode', pii: false,
  label: { en: 'Postal code', zh: '邮政编码' },
  prompt: kind === 'enterprise_outside'
    ? { en: 'What is the postal code, as used locally? For example: 94043.', zh: '邮政编码是多少（按当地格式）？例如：94043。' }
    : { en: 'What is the postal code? For example: 310012.', zh: '邮政编码是多少？例如：310012。' },
  why: isEnterprise(kind)
    ? { en: "It is the postal code of the company's location.", zh: '填写公司所在地的邮政编码。' }
    : { en: 'It is the postal code of your mailing address.', zh: '填写通信地址的邮政编码。' },
  validate: (input, profile) => validatePostalCode(input, profile.region as RegionId | undefined),
});

const phone: Builder = () => ({
  id: 'phone', pii: true,
  label: { en: 'Phone number', zh: '联系电话' },
  prompt: {
    en: 'What phone number can the registry reach you on? Country code plus mobile number, or area code plus landline with an optional extension. For example: +86 13812345678 or 0571-88157858 ext 123.',
    zh: '请提供联系电话：国家代码加手机号，或区号加座机号（可加分机号）。例如：+86 13812345678 或 0571-88157858 转 123。',
  },
  why: {
    en: 'The profile needs a phone number: the country code (86 for the Chinese mainland) with a mobile number, or an area code with a landline. An extension is optional and may contain only digits.',
    zh: '信息模板需要联系电话：国家代码（中国内地为 86）加手机号，或区号加座机号。分机号可选，只能填数字。',
  },
  validate: (input) => validatePhone(input),
});

const email: Builder = () => ({
  id: 'email', pii: true,
  label: { en: 'Email', zh: '电子邮箱' },
  prompt: { en: 'What is your email address? For example: name@example.com.', zh: '您的电子邮箱是什么？例如：name@example.com。' },
  why: {
    en: 'It must be a real and valid email address, and you will verify it with a code. Avoid addresses under new top-level domains (such as test@test.club): they can cause problems with domain name orders.',
    zh: '须为真实有效的邮箱，并需要通过验证码完成邮箱验证。建议不要使用新顶级域名后缀的邮箱（如 test@test.club），以免影响域名订单处理。',
  },
  validate: (input) => validateEmail(input),
});

/**
 * The fields to collect for this registrant, in the order they are asked. The ID-number field follows the
 * chosen document (its label, example and validator).
 */
export function profileFields(kind: RegistrantKind, profile: Profile): readonly FieldSpec[] {
  // Built once per kind and document: the dialog asks for the list several times a turn, and specs are pure values.
  // Read-only by type, not frozen: on Node 20 find, some, map and spread over a frozen array take a path 2-4x slower.
  const key = `${kind}\0${chosenDocument(kind, profile)}`;
  const known = BUILT.get(key);
  if (known) return known;
  const who = isEnterprise(kind) ? [orgName(kind), contactName(kind)] : [name(kind)];
  const fields = [documentType(kind), idNumber(kind, profile), ...who, region(kind), city(kind), address(kind), postalCode(kind), phone(kind), email(kind)];
  BUILT.set(key, fields);
  return fields;
}

const BUILT = new Map<string, readonly FieldSpec[]>();
