import type { Localized } from '../../i18n/localized.ts';
import type { RegistrantKind } from '../registrant-kinds.ts';
import type { DocumentKind } from '../documents.ts';
import type { RegionId } from '../regions.ts';
import type { Verdict } from '../verdict.ts';
import { accept, reject } from '../verdict.ts';
import { DOCUMENTS, allDocumentsFor } from '../documents.ts';
import { REGIONS, findRegion } from '../regions.ts';
import { isEnterprise } from '../registrant-kinds.ts';
import { collapseSpaces } from '../text.ts';

/** A selectable answer. */
export type Choice = { id: string; label: Localized };

/** Keywords people use for a document instead of its full name. */
const DOCUMENT_WORDS: Readonly<Record<DocumentKind, readonly string[]>> = {
  business_license: ['business license', 'business licence', 'license', 'licence', '营业执照', '执照'],
  uscc_certificate: ['uscc certificate', 'credit code certificate', '信用代码证'],
  public_institution_certificate: ['public institution', 'military', '事业单位', '部队'],
  overseas_registration: ['br', 'ci', 'business registration', 'certificate of incorporation', 'registration', '商业登记', '注册证书', '登记证'],
  resident_id: ['id card', 'identity card', 'id', '身份证'],
  temporary_id: ['temporary', '临时'],
  household_booklet: ['booklet', 'hukou', '户口簿', '户口本'],
  household_certificate: ['household registration certificate', '户籍证明'],
  residence_permit_hk_macao: ['residence permit', '居住证'],
  travel_permit_hk_macao: ['travel permit', 'home return permit', '回乡证', '通行证'],
  residence_permit_taiwan: ['residence permit', '居住证'],
  travel_permit_taiwan: ['travel permit', 'mtp', '台胞证', '通行证'],
  passport: ['passport', '护照'],
  foreign_permanent_resident_id: ['permanent resident', 'green card', '永久居留', '绿卡'],
};

// A kind's choices never change; the dialog reads them for every typed answer at a choice field and every question.
const DOCUMENT_CHOICES = new Map<RegistrantKind, readonly Choice[]>();
const REGION_CHOICES = new Map<RegistrantKind, readonly Choice[]>();

function listedOnce(built: Map<RegistrantKind, readonly Choice[]>, kind: RegistrantKind, build: () => Choice[]): readonly Choice[] {
  let choices = built.get(kind);
  if (!choices) built.set(kind, (choices = build().map((c) => Object.freeze(c))));
  return choices;
}

/** The documents this registrant may choose from, preferred first. */
export function documentChoices(kind: RegistrantKind): readonly Choice[] {
  return listedOnce(DOCUMENT_CHOICES, kind, () => allDocumentsFor(kind).map((id) => ({ id, label: DOCUMENTS[id].label })));
}

function matchChoice<T extends string>(input: string, ids: readonly T[], names: (id: T) => readonly string[]): T | undefined {
  const text = collapseSpaces(input).toLowerCase();
  const index = /^\d+$/.test(text) ? Number(text) - 1 : -1;
  if (index >= 0 && index < ids.length) return ids[index];
  const exact = ids.find((id) => id === text || names(id).some((n) => n.toLowerCase() === text));
  if (exact) return exact;
  // The most specific keyword wins ("temporary ID card" names the temporary card, not the ID card).
  const scored = ids.flatMap((id) => names(id).filter((n) => text.includes(n.toLowerCase())).map((n) => ({ id, n: n.length })));
  return scored.sort((a, b) => b.n - a.n)[0]?.id;
}

/** Reads the chosen document: its id, its number in the list, its name, or a keyword such as "护照". */
export function validateDocumentType(input: string, kind: RegistrantKind): Verdict {
  const ids = allDocumentsFor(kind);
  const match = matchChoice(input, ids, (id) => [DOCUMENTS[id].label.en, DOCUMENTS[id].label.zh, ...DOCUMENT_WORDS[id]]);
  if (match) return accept(match);
  const en = ids.map((id, i) => `${i + 1}) ${DOCUMENTS[id].label.en}`).join(', ');
  const zh = ids.map((id, i) => `${i + 1}) ${DOCUMENTS[id].label.zh}`).join('，');
  return reject('document_type_unknown', `Please pick one of the accepted documents: ${en}.`, `请选择一种可用的证件：${zh}。`);
}

// Worked out once: the region's validator and the cross-field checks ask on every turn.
const isMainlandOnly = (kind: RegistrantKind) => !isEnterprise(kind) || kind === 'enterprise_mainland';
const MAINLAND_REGIONS: readonly RegionId[] = REGIONS.filter((r) => r.mainland).map((r) => r.id);
const OTHER_REGIONS: readonly RegionId[] = REGIONS.filter((r) => !r.mainland).map((r) => r.id);

/**
 * Regions a registrant may pick. Individuals and mainland organizations: a mainland province (the mailing
 * address must be in the mainland, or match the mainland certificate). Other organizations: the place of the
 * certificate's registered address outside the mainland.
 */
export function allowedRegions(kind: RegistrantKind): readonly RegionId[] {
  return isMainlandOnly(kind) ? MAINLAND_REGIONS : OTHER_REGIONS;
}

/** The region choices for this registrant. */
export function regionChoices(kind: RegistrantKind): readonly Choice[] {
  return listedOnce(REGION_CHOICES, kind, () => {
    const allowed = new Set(allowedRegions(kind));
    return REGIONS.filter((r) => allowed.has(r.id)).map((r) => ({ id: r.id, label: r.label }));
  });
}

/** Reads a region by id or name and checks it is one this registrant may use. */
export function validateRegion(input: string, kind: RegistrantKind): Verdict {
  const text = collapseSpaces(input);
  const allowed = allowedRegions(kind);
  const id = allowed.find((r) => r === text.toLowerCase()) ?? findRegion(text);
  if (id && allowed.includes(id)) return accept(id);
  if (id && kind === 'enterprise_outside') {
    return reject('region_in_mainland', 'The region must match the registered address on your certificate, which is outside the Chinese mainland. Please choose Hong Kong, Macao, Taiwan or outside China.',
      '地区须与证件上的注册地址一致，而您的证件是中国内地以外签发的。请选择中国香港、中国澳门、中国台湾或中国以外。');
  }
  if (id) {
    return reject('region_not_mainland', 'Please choose the province in the Chinese mainland where your real mailing address is, e.g. Zhejiang. The registrar requires a mailing address in the mainland.',
      '请选择您真实通信地址所在的中国内地省份，例如 浙江。注册商要求填写中国内地的通信地址。');
  }
  return reject('region_unknown', `I don't know the region "${text}". Please name a province, e.g. Zhejiang or 浙江.`,
    `无法识别地区"${text}"，请填写省份名称，例如 浙江 或 Zhejiang。`);
}
