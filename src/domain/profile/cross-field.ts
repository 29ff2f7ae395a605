import type { RegistrantKind } from '../registrant-kinds.ts';
import type { FieldId, Profile } from '../profile-fields.ts';
import type { Region, RegionId } from '../regions.ts';
import type { Issue } from '../verdict.ts';
import { DOCUMENTS, allDocumentsFor } from '../documents.ts';
import { REGIONS, getRegion, regionOfPostalCode } from '../regions.ts';
import { allowedRegions } from './choice-fields.ts';

type FieldIssue = { field: FieldId; issue: Issue };

const ADMIN_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/;
const COUNTRY_PREFIX = /^(?:中华人民共和国|中国)/;

const REGION_IDS: ReadonlySet<string> = new Set(REGIONS.map((r) => r.id));

function isRegionId(value: string | undefined): value is RegionId {
  return value !== undefined && REGION_IDS.has(value);
}

function chineseNames(region: Region): string[] {
  const names = [region.label.zh, region.label.zh.replace(ADMIN_SUFFIX, '').replace(COUNTRY_PREFIX, ''), ...region.aliases];
  return names.filter((n) => /^[\u3400-\u9fff]{2,}$/.test(n) && n !== '中国以外');
}

/** The regions an address can open with and their Chinese names, worked out once: every turn with an address asks. */
const ADDRESS_REGIONS = REGIONS.filter((r) => r.id !== 'outside').map((region) => ({ region, names: chineseNames(region) }));

/** The region an address opens with (Chinese addresses start with the province), if it names one. */
export function regionAddressStartsWith(address: string): Region | undefined {
  const text = address.replace(/\s+/g, '').replace(COUNTRY_PREFIX, '');
  return ADDRESS_REGIONS.find(({ names }) => names.some((n) => text.startsWith(n)))?.region;
}

function documentIssues(kind: RegistrantKind, profile: Profile): FieldIssue[] {
  const doc = allDocumentsFor(kind).find((id) => id === profile.documentType);
  if (profile.documentType !== undefined && !doc) {
    return [{ field: 'documentType', issue: { code: 'document_type_not_for_kind', message: {
      en: 'This document is not accepted for your type of registrant. Please choose the document again.',
      zh: '该证件不适用于您的注册者类型，请重新选择证件。',
    } } }];
  }
  if (!doc || profile.idNumber === undefined) return [];
  const key = `${doc}\0${profile.idNumber}`;
  if (VALID_NUMBERS.has(key)) return [];
  const verdict = DOCUMENTS[doc].validateNumber(profile.idNumber);
  if (!verdict.valid) return [{ field: 'idNumber', issue: verdict.error }];
  if (VALID_NUMBERS.size >= KEPT_NUMBERS) VALID_NUMBERS.delete(VALID_NUMBERS.values().next().value!);
  VALID_NUMBERS.add(key);
  return [];
}

// The form's conflicts are checked on every answer, and every answer after the ID number checks that number again:
// numbers found valid for a document are remembered (a verdict depends on nothing else), the oldest forgotten beyond
// KEPT_NUMBERS.
const VALID_NUMBERS = new Set<string>();
const KEPT_NUMBERS = 1_000;

function regionIssues(kind: RegistrantKind, profile: Profile): FieldIssue[] {
  if (!isRegionId(profile.region) || allowedRegions(kind).includes(profile.region)) return [];
  return [{ field: 'region', issue: kind === 'enterprise_outside'
    ? { code: 'region_in_mainland', message: {
      en: 'The region must match the registered address on your certificate, which is outside the Chinese mainland.',
      zh: '地区须与证件上的注册地址一致，而您的证件是中国内地以外签发的。',
    } }
    : { code: 'region_not_mainland', message: {
      en: 'The region must be a province in the Chinese mainland.',
      zh: '地区须为中国内地的省份。',
    } } }];
}

function addressIssues(kind: RegistrantKind, profile: Profile): FieldIssue[] {
  if (profile.address === undefined) return [];
  const named = regionAddressStartsWith(profile.address);
  if (!named) return [];
  const inMainland = kind !== 'enterprise_outside';
  if (inMainland && !named.mainland) {
    return [{ field: 'address', issue: { code: 'address_not_mainland', message: kind === 'enterprise_mainland'
      ? { en: `The address is in ${named.label.en}, but it must match your business license, which is a mainland certificate.`, zh: `该地址位于${named.label.zh}，但须与营业执照（中国内地证件）上的地址一致。` }
      : { en: `The address is in ${named.label.en}; please give a real mailing address in the Chinese mainland.`, zh: `该地址位于${named.label.zh}，请填写中国内地真实的通信地址。` } } }];
  }
  if (!isRegionId(profile.region) || named.id === profile.region || !named.mainland) return [];
  const chosen = getRegion(profile.region);
  return [{ field: 'region', issue: { code: 'region_address_mismatch', message: {
    en: `The address is in ${named.label.en}, but the region is ${chosen.label.en}. Please correct whichever is wrong.`,
    zh: `地址在${named.label.zh}，但所选地区是${chosen.label.zh}，请更正其中有误的一项。`,
  } } }];
}

function postalIssues(profile: Profile): FieldIssue[] {
  if (!isRegionId(profile.region) || !profile.postalCode || !/^\d{6}$/.test(profile.postalCode)) return [];
  const region = getRegion(profile.region);
  if (region.postalPrefixes.length === 0 || region.postalPrefixes.includes(profile.postalCode.slice(0, 2))) return [];
  const owner = regionOfPostalCode(profile.postalCode);
  const where = owner ? { en: ` (it belongs to ${owner.label.en})`, zh: `（它属于${owner.label.zh}）` } : { en: '', zh: '' };
  const starts = region.postalPrefixes.join('/');
  return [{ field: 'postalCode', issue: { code: 'postal_code_region_mismatch', message: {
    en: `Postal code ${profile.postalCode} is not in ${region.label.en}${where.en}; postal codes there start with ${starts}. Please check it.`,
    zh: `邮政编码 ${profile.postalCode} 不属于${region.label.zh}${where.zh}；该地区的邮编以 ${starts} 开头，请核对。`,
  } } }];
}

/**
 * Problems that involve several answers: the document and its number, the region allowed for the registrant,
 * the address against the region (mainland addresses for individuals and mainland organizations), and the
 * postal code against the region. Each names the field to ask again; a field appears at most once (the most
 * basic problem first).
 */
export function crossFieldIssues(kind: RegistrantKind, profile: Profile): FieldIssue[] {
  const all = [...documentIssues(kind, profile), ...regionIssues(kind, profile), ...addressIssues(kind, profile), ...postalIssues(profile)];
  return all.filter((item, index) => all.findIndex((other) => other.field === item.field) === index);
}
