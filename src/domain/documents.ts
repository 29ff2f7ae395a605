import type { Localized } from '../i18n/localized.ts';
import type { RegistrantKind } from './registrant-kinds.ts';
import type { Verdict } from './verdict.ts';
import { validateUscc } from './identifiers/uscc.ts';
import { validateOrgCertificateNumber } from './identifiers/org-certificate-number.ts';
import { validateResidentId } from './identifiers/resident-id.ts';
import { validateResidencePermit } from './identifiers/residence-permit.ts';
import { validateTravelPermitHkMacao, validateTravelPermitTaiwan } from './identifiers/travel-permits.ts';
import { validatePassport } from './identifiers/passports.ts';
import { validateForeignPermanentResidentId } from './identifiers/foreign-permanent-resident-id.ts';

/** Every identity document the registrar's checklist accepts. */
export type DocumentKind =
  | 'business_license' | 'uscc_certificate' | 'public_institution_certificate' | 'overseas_registration'
  | 'resident_id' | 'temporary_id' | 'household_booklet' | 'household_certificate'
  | 'residence_permit_hk_macao' | 'travel_permit_hk_macao' | 'residence_permit_taiwan' | 'travel_permit_taiwan'
  | 'passport' | 'foreign_permanent_resident_id';

/** One accepted document: how it is named, which number it carries and how the registrar codes it. */
export type DocumentSpec = {
  id: DocumentKind;
  label: Localized;
  note?: Localized;
  /** Alibaba `IdentityCredentialType`; it must match the uploaded document. */
  credentialType: string;
  validateNumber(input: string): Verdict;
  numberLabel: Localized;
  /** `photo_side`: the ID card's photo side only, unless the registrar asks for both sides. */
  sides: 'single' | 'photo_side';
};

const USCC_LABEL: Localized = { en: 'Unified Social Credit Code (18 characters)', zh: '统一社会信用代码（18 位）' };
const ID_NUMBER_LABEL: Localized = { en: 'ID number (18 digits)', zh: '身份证号码（18 位）' };
const USCC_NOTE: Localized = {
  en: 'Must contain a valid 18-character Unified Social Credit Code.',
  zh: '证件上必须有有效的 18 位统一社会信用代码。',
};

function enterpriseDoc(id: DocumentKind, credentialType: string, label: Localized): DocumentSpec {
  return { id, label, note: USCC_NOTE, credentialType, validateNumber: validateUscc, numberLabel: USCC_LABEL, sides: 'single' };
}

function residentDoc(id: DocumentKind, credentialType: string, label: Localized, note?: Localized): DocumentSpec {
  const validateNumber = (input: string) => validateResidentId(input);
  return { id, label, ...(note ? { note } : {}), credentialType, validateNumber, numberLabel: ID_NUMBER_LABEL, sides: 'single' };
}

/** The accepted documents, keyed by kind. Household documents carry the holder's 18-digit ID number. */
export const DOCUMENTS: Readonly<Record<DocumentKind, DocumentSpec>> = Object.freeze({
  business_license: enterpriseDoc('business_license', 'YYZZ', { en: 'Business License', zh: '营业执照' }),
  uscc_certificate: enterpriseDoc('uscc_certificate', 'XYDM', { en: 'Unified Social Credit Code Certificate', zh: '统一社会信用代码证书' }),
  public_institution_certificate: enterpriseDoc('public_institution_certificate', 'SHIYEDANWEI', {
    en: 'Public Institution Legal Person Certificate, military unit code, or other relevant certificate',
    zh: '事业单位法人证书、部队代号或其他相关证书',
  }),
  overseas_registration: {
    id: 'overseas_registration',
    label: { en: 'Official registration document of the organization', zh: '组织的官方登记证件' },
    note: {
      en: 'For example a Business Registration Certificate (BR), a Certificate of Incorporation (CI) or a Registration Form for Resident Representative Offices of Foreign Enterprises. It must be issued by an authoritative body; website screenshots are not valid.',
      zh: '例如商业登记证（BR）、公司注册证书（CI）或外国企业常驻代表机构登记证。必须是权威机构签发的证件，网站截图无效。',
    },
    credentialType: 'WAIGUOJIGOU',
    validateNumber: validateOrgCertificateNumber,
    numberLabel: { en: 'Certificate number (enter 0 if the certificate has none)', zh: '证件号码（证件上没有号码时填 0）' },
    sides: 'single',
  },
  resident_id: {
    ...residentDoc('resident_id', 'SFZ', { en: 'ID card (side with photo)', zh: '身份证（人像面）' }, {
      en: 'Provide both the front and back sides only if the system explicitly requests it or if the review fails.',
      zh: '仅当系统明确要求或审核未通过时，才需提供正反两面。',
    }),
    sides: 'photo_side',
  },
  temporary_id: residentDoc('temporary_id', 'SFZ', { en: 'Temporary ID card', zh: '临时身份证' }, {
    en: 'Recommended',
    zh: '推荐',
  }),
  household_booklet: residentDoc('household_booklet', 'QT', { en: 'Household registration booklet', zh: '户口簿' }, {
    en: 'Your personal page, stamped with the official household registration seal.',
    zh: '本人页，需加盖户口专用章。',
  }),
  household_certificate: residentDoc('household_certificate', 'QT', { en: 'Household registration certificate', zh: '户籍证明' }, {
    en: 'Stamped with the official seal of the public security bureau.',
    zh: '需加盖公安机关公章。',
  }),
  residence_permit_hk_macao: {
    id: 'residence_permit_hk_macao',
    label: { en: 'Residence Permit for Hong Kong and Macao Residents', zh: '港澳居民居住证' },
    credentialType: 'HKMOJUMIN',
    validateNumber: (input: string) => validateResidencePermit(input, 'hk_macao'),
    numberLabel: { en: 'Residence permit number (18 characters)', zh: '居住证号码（18 位）' },
    sides: 'single',
  },
  travel_permit_hk_macao: {
    id: 'travel_permit_hk_macao',
    label: { en: 'Mainland Travel Permit for Hong Kong and Macao Residents', zh: '港澳居民来往内地通行证' },
    credentialType: 'TXZ',
    validateNumber: validateTravelPermitHkMacao,
    numberLabel: { en: 'Travel permit number', zh: '通行证号码' },
    sides: 'single',
  },
  residence_permit_taiwan: {
    id: 'residence_permit_taiwan',
    label: { en: 'Residence Permit for Taiwan Residents', zh: '台湾居民居住证' },
    credentialType: 'HKMOJUMIN',
    validateNumber: (input: string) => validateResidencePermit(input, 'taiwan'),
    numberLabel: { en: 'Residence permit number (18 characters)', zh: '居住证号码（18 位）' },
    sides: 'single',
  },
  travel_permit_taiwan: {
    id: 'travel_permit_taiwan',
    label: { en: 'Mainland Travel Permit for Taiwan Residents', zh: '台湾居民来往大陆通行证' },
    credentialType: 'TW',
    validateNumber: validateTravelPermitTaiwan,
    numberLabel: { en: 'Travel permit number', zh: '通行证号码' },
    sides: 'single',
  },
  passport: {
    id: 'passport',
    label: { en: 'Passport', zh: '护照' },
    credentialType: 'HZ',
    validateNumber: validatePassport,
    numberLabel: { en: 'Passport number', zh: '护照号码' },
    sides: 'single',
  },
  foreign_permanent_resident_id: {
    id: 'foreign_permanent_resident_id',
    label: { en: 'Foreign Permanent Resident ID Card', zh: '外国人永久居留身份证' },
    credentialType: 'WAIGUOREN',
    validateNumber: (input: string) => validateForeignPermanentResidentId(input),
    numberLabel: { en: 'Card number', zh: '证件号码' },
    sides: 'single',
  },
});

type DocumentChoice = { preferred: readonly DocumentKind[]; alternatives: readonly DocumentKind[] };

const BY_KIND: Readonly<Record<RegistrantKind, DocumentChoice>> = {
  enterprise_mainland: { preferred: ['business_license'], alternatives: ['uscc_certificate', 'public_institution_certificate'] },
  enterprise_outside: { preferred: ['overseas_registration'], alternatives: [] },
  individual_mainland: { preferred: ['resident_id'], alternatives: ['temporary_id', 'household_booklet', 'household_certificate'] },
  individual_hk_macao: { preferred: ['residence_permit_hk_macao'], alternatives: ['travel_permit_hk_macao'] },
  individual_taiwan: { preferred: ['residence_permit_taiwan'], alternatives: ['travel_permit_taiwan'] },
  individual_foreign: { preferred: ['passport'], alternatives: ['foreign_permanent_resident_id'] },
};

/**
 * The documents a registrant of this kind may use: the preferred one(s) first, then the alternatives in the
 * registrar's order of recommendation.
 */
export function documentsFor(kind: RegistrantKind): DocumentChoice {
  return BY_KIND[kind];
}

// Listed once per kind: the dialog asks for a kind's documents several times a turn (every profile field lookup).
const ALL_BY_KIND = new Map(Object.entries(BY_KIND).map(([kind, { preferred, alternatives }]) =>
  [kind as RegistrantKind, [...preferred, ...alternatives] as readonly DocumentKind[]]));

/** Every document a registrant of this kind may use, preferred first. */
export function allDocumentsFor(kind: RegistrantKind): readonly DocumentKind[] {
  return ALL_BY_KIND.get(kind)!;
}
