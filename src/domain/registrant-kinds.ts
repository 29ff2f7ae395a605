import type { Localized } from '../i18n/localized.ts';

/** Who the registrant is, as the seed's checklist distinguishes them. */
export type RegistrantKind =
  | 'enterprise_mainland'
  | 'enterprise_outside'
  | 'individual_mainland'
  | 'individual_hk_macao'
  | 'individual_taiwan'
  | 'individual_foreign';

/** Every registrant kind, in the order the bot offers them. */
export const REGISTRANT_KINDS: readonly RegistrantKind[] = [
  'enterprise_mainland', 'enterprise_outside', 'individual_mainland', 'individual_hk_macao', 'individual_taiwan', 'individual_foreign',
];

/** True for enterprises and other organizations. */
export function isEnterprise(kind: RegistrantKind): boolean {
  return kind.startsWith('enterprise_');
}

/** How each kind is named to the user. */
export const KIND_LABELS: Readonly<Record<RegistrantKind, Localized>> = {
  enterprise_mainland: { en: 'Enterprise / organization in the Chinese mainland', zh: '中国内地企业/组织' },
  enterprise_outside: { en: 'Enterprise / organization outside the Chinese mainland', zh: '中国内地以外的企业/组织' },
  individual_mainland: { en: 'Individual: resident of the Chinese mainland', zh: '个人：中国内地居民' },
  individual_hk_macao: { en: 'Individual: resident of Hong Kong (China) or Macao (China)', zh: '个人：中国香港/中国澳门居民' },
  individual_taiwan: { en: 'Individual: resident of Taiwan (China)', zh: '个人：中国台湾居民' },
  individual_foreign: { en: 'Individual: foreign national', zh: '个人：外国人' },
};
