import type { Localized } from '../i18n/localized.ts';
import type { RegistrantKind } from './registrant-kinds.ts';
import type { SpecialSuffix } from './suffixes.ts';
import { DOCUMENTS, documentsFor } from './documents.ts';
import { specialSuffixOf } from './suffixes.ts';

/** One line of the tailored list of materials. */
export type ChecklistEntry = { id: string; group: 'document' | 'qualification' | 'photo_rule'; title: Localized; detail?: Localized };

type Entry = ChecklistEntry;

function documentEntries(kind: RegistrantKind): Entry[] {
  const { preferred, alternatives } = documentsFor(kind);
  const entries: Entry[] = preferred.map((id) => {
    const { label, note } = DOCUMENTS[id];
    return { id: `document.${id}`, group: 'document', title: label, ...(note ? { detail: note } : {}) };
  });
  if (alternatives.length === 0) return entries;
  const lines = alternatives.map((id, i) => {
    const { label, note } = DOCUMENTS[id];
    return { en: `${i + 1}. ${label.en}${note ? ` (${note.en})` : ''}`, zh: `${i + 1}. ${label.zh}${note ? `（${note.zh}）` : ''}` };
  });
  entries.push({
    id: 'document.alternatives',
    group: 'document',
    title: { en: 'If you do not have it, one of these instead', zh: '如果没有，可改用以下任一证件' },
    detail: { en: lines.map((l) => l.en).join('\n'), zh: lines.map((l) => l.zh).join('\n') },
  });
  return entries;
}

const GOV_CN: readonly Entry[] = [
  {
    id: 'qualification.gov_cn.application_form', group: 'qualification',
    title: { en: '.gov.cn: Domain Name Registration Application Form, stamped with your official seal', zh: '.gov.cn：加盖申请单位公章的《域名注册申请表》' },
    detail: {
      en: 'The form is generated for you during identity verification: download it, print it, fill it out and stamp it. Items marked * are required. The "Registrant" name on the form must match the name on the official seal and the registrant name in the registration system.',
      zh: '申请表在实名认证过程中生成：请下载、打印、填写并盖章。带 * 的项为必填。申请表上的"注册者"名称须与公章名称及注册系统中的注册者名称一致。',
    },
  },
  {
    id: 'qualification.gov_cn.agency_proof', group: 'qualification',
    title: { en: '.gov.cn: copy of a valid Organization Code Certificate', zh: '.gov.cn：有效的组织机构代码证复印件' },
    detail: { en: 'It proves the applicant is a government agency: the organization type must be "government agency legal person".', zh: '用于证明申请单位是政府机关：机构类型须为"机关法人"。' },
  },
  {
    id: 'qualification.gov_cn.contact_id', group: 'qualification',
    title: { en: ".gov.cn: copy of the registration contact's ID card", zh: '.gov.cn：注册联系人的身份证复印件' },
  },
  {
    id: 'qualification.gov_cn.rules', group: 'qualification',
    title: { en: '.gov.cn: at most two domains per agency, and CNNIC will call you', zh: '.gov.cn：每个机关最多两个域名，CNNIC 会来电核实' },
    detail: {
      en: 'A government agency can hold no more than two .gov.cn domain names: one for its portal website and one for its email system. After receiving the application, CNNIC calls to verify the details; the registration contact must be available for that call.',
      zh: '一个政府机关最多注册和持有两个 .gov.cn 域名：一个用于门户网站，一个用于电子邮件系统。CNNIC 收到申请后会来电核实注册信息，请注册联系人保持电话畅通并配合核实。',
    },
  },
];

const GOV_CN_AGENCY_ONLY: Entry = {
  id: 'qualification.gov_cn.agency_only', group: 'qualification',
  title: { en: '.gov.cn can only be registered by a government agency', zh: '.gov.cn 域名只能由政府机关注册' },
  detail: {
    en: 'The application needs proof that the applicant is a government agency, so register it with the agency as an organization.',
    zh: '申请时须证明申请者是政府机关，请以该机关（组织）的身份注册。',
  },
};

const TRADEMARK: readonly Entry[] = [
  {
    id: 'qualification.trademark.owner_name', group: 'qualification',
    title: { en: ".trademark: the registrant name must be identical to the trademark owner's name", zh: '.trademark：注册者名称须与商标所有人名称完全一致' },
  },
  {
    id: 'qualification.trademark.proof', group: 'qualification',
    title: { en: '.trademark: proof of trademark rights', zh: '.trademark：商标权利证明' },
    detail: {
      en: 'For example a trademark registration certificate, an application confirmation receipt or a Letter of Authorization. It is used for the trademark qualification review.',
      zh: '例如商标注册证、商标申请受理通知书或授权书，用于商标资质审核。',
    },
  },
];

const RESTAURANT_ROLES: readonly [string, Localized, Localized][] = [
  ['catering_services', { en: 'provide catering services', zh: '提供餐饮服务' },
    { en: 'proof of catering business qualifications required where you operate', zh: '符合所在地法律法规的餐饮经营资质证明' }],
  ['catering_information', { en: 'provide catering information services', zh: '提供餐饮信息服务' },
    { en: 'website operation materials: the website URL and the catering website operation qualifications required where you operate', zh: '网站运营资质材料：网站地址及所在地法律法规要求的餐饮网站经营资质' }],
  ['catering_enterprise_services', { en: 'provide services to catering enterprises', zh: '为餐饮企业提供服务' },
    { en: 'website operation materials: the website URL and the operation qualifications required where you operate', zh: '网站运营资质材料：网站地址及所在地法律法规要求的相关经营资质' }],
];

const RESTAURANT: readonly Entry[] = [
  {
    id: 'qualification.restaurant.commitment', group: 'qualification',
    title: { en: '.restaurant: Letter of Commitment for .restaurant Domain Name Application', zh: '.restaurant：《.restaurant 域名申请承诺书》' },
    detail: { en: 'Or, instead, the materials for your role listed below.', zh: '或者改为提交下列与您角色对应的材料。' },
  },
  ...RESTAURANT_ROLES.map(([id, role, materials]): Entry => ({
    id: `qualification.restaurant.${id}`, group: 'qualification',
    title: { en: `.restaurant, if you ${role.en}`, zh: `.restaurant：如果您${role.zh}` },
    detail: {
      en: `Proof of entity qualification related to the .restaurant second-level domain you apply for, and ${materials.en}.`,
      zh: `与所申请 .restaurant 二级域名相关的主体资质证明，以及${materials.zh}。`,
    },
  })),
];

const CN_ENHANCED: Entry = {
  id: 'qualification.cn.enhanced', group: 'qualification',
  title: { en: '.cn/.中国: enhanced verification, only if you receive an official notice', zh: '.cn/.中国：仅在收到官方通知时需要强化实名认证' },
  detail: {
    en: 'If notified, download the attachment in "Materials for Enhanced Identity Verification", fill it out and submit it within 10 calendar days through the Submission Page for Enhanced Identity Verification Materials for .cn and .China Domain Names.',
    zh: '如收到通知，请下载"强化实名认证材料"中的附件，按要求填写，并在 10 个自然日内通过".cn/.中国域名强化实名认证材料提交页面"提交。',
  },
};

function qualificationEntries(kind: RegistrantKind, suffixes: ReadonlySet<SpecialSuffix>): Entry[] {
  const entries: Entry[] = [];
  if (suffixes.has('gov.cn')) entries.push(...(kind === 'enterprise_mainland' ? [] : [GOV_CN_AGENCY_ONLY]), ...GOV_CN);
  if (suffixes.has('trademark')) entries.push(...TRADEMARK);
  if (suffixes.has('restaurant')) entries.push(...RESTAURANT);
  if (suffixes.has('cn')) entries.push(CN_ENHANCED);
  return entries;
}

const PHOTO_RULES: readonly Entry[] = [
  { id: 'photo_rule.format', group: 'photo_rule', title: { en: 'Format: JPG, JPEG, PNG, BMP, HEIC or WebP', zh: '格式：JPG、JPEG、PNG、BMP、HEIC 或 WebP' } },
  { id: 'photo_rule.size', group: 'photo_rule', title: { en: 'Size: less than 5 MB', zh: '大小：小于 5 MB' } },
  {
    id: 'photo_rule.clarity', group: 'photo_rule',
    title: { en: 'A color scan or photo of the original document', zh: '原件的彩色扫描件或照片' },
    detail: { en: 'All text, seals and photos clear and legible, without reflections or blur.', zh: '所有文字、印章和照片清晰可辨，无反光、无模糊。' },
  },
  {
    id: 'photo_rule.completeness', group: 'photo_rule',
    title: { en: 'All four corners visible', zh: '证件四角完整可见' },
    detail: { en: 'Nothing missing or covered, for example by fingers or watermarks.', zh: '不缺失、不遮挡，例如不能有手指或水印遮挡。' },
  },
  {
    id: 'photo_rule.authenticity', group: 'photo_rule',
    title: { en: 'No edits (e.g. with Photoshop)', zh: '不得修改（例如用 Photoshop）' },
    detail: {
      en: 'If the format is not supported, save the image in a supported format with an image editor; do not just rename the file extension.',
      zh: '如格式不支持，请用图片编辑工具另存为支持的格式，不要只修改文件扩展名。',
    },
  },
];

const ID_CARD_MERGE: Entry = {
  id: 'photo_rule.id_card_both_sides', group: 'photo_rule',
  title: { en: 'If both sides of the ID card are requested: one image', zh: '如要求身份证正反两面：合成一张图片' },
  detail: {
    en: 'Put the photo side and the national emblem side into a single file, side by side or one above the other. Send me both photos and I will merge them.',
    zh: '将人像面和国徽面放在同一个文件中（左右或上下排列）。把两张照片发给我，我来合成。',
  },
};

/**
 * The tailored list of materials: documents for the registrant kind, qualifications for the special suffixes
 * among `domains` (each once), then the photo rules.
 */
export function checklist(kind: RegistrantKind, domains: readonly string[]): ChecklistEntry[] {
  const suffixes = new Set(domains.map(specialSuffixOf).filter((s): s is SpecialSuffix => s !== undefined));
  const photoSides = documentsFor(kind).preferred.some((id) => DOCUMENTS[id].sides === 'photo_side');
  return [...documentEntries(kind), ...qualificationEntries(kind, suffixes), ...PHOTO_RULES, ...(photoSides ? [ID_CARD_MERGE] : [])];
}
