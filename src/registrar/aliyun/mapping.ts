import { pinyin } from 'pinyin-pro';
import { getRegion, provincePinyin } from '../../domain/regions.ts';
import type { DomainState, ProfileSubmission } from '../types.ts';
import type { DomainRecord } from './responses.ts';
import type { WireParams } from './sign.ts';

const HAN = /\p{Script=Han}/u;

/** Lower-case Latin text for the API's English fields: pinyin for Chinese, lower-cased otherwise (the API asks for lower case). */
export function toLatin(value: string): string {
  const latin = HAN.test(value) ? pinyin(value, { toneType: 'none', v: true, nonZh: 'consecutive' }) : value;
  return latin.toLowerCase().replace(/\s+/g, ' ').trim();
}

type Place = Pick<WireParams, 'Province' | 'ZhProvince' | 'City' | 'ZhCity'>;

/**
 * Province and city, English and Chinese. The province comes from the region, not from its label: mainland provinces
 * take the region's pinyin without "sheng" (陕西 → "shaan xi", 山西 → "shan xi"); Hong Kong, Macao and Taiwan the English
 * profile's name ("hong kong"); `outside`, which names no province, the English profile's province (its city).
 * City keeps its "shi" (杭州市 → "hang zhou shi"); without a city (the four municipalities) the region is the city.
 */
export function toPlace(s: ProfileSubmission): Place {
  const region = getRegion(s.regionId);
  const outside = region.id === 'outside';
  const Province = region.mainland ? provincePinyin(region.id) : toLatin(s.regionEn) || provincePinyin(region.id) || toLatin(s.cityEn ?? s.city ?? '');
  const ZhProvince = outside ? (s.city ?? s.region) : region.label.zh;
  if (s.city) return { Province, ZhProvince, City: toLatin(HAN.test(s.city) ? s.city : (s.cityEn ?? s.city)), ZhCity: s.city };
  const City = region.mainland && region.label.zh.endsWith('市') ? `${Province} shi` : Province;
  return { Province, ZhProvince, City, ZhCity: outside ? ZhProvince : region.label.zh };
}

/** SaveRegistrantProfile parameters for a submission (without the credential, which goes in a second call). */
export function toProfileParams(s: ProfileSubmission): WireParams {
  const enterprise = s.registrantType === 'enterprise';
  // Individuals are their own "organization" (所有者); an enterprise names its contact person separately.
  const person = enterprise ? (s.contactName ?? s.name) : s.name;
  const personEn = enterprise ? (s.contactName ? toLatin(s.contactName) : toLatin(s.nameEn)) : toLatin(s.nameEn);
  const params: WireParams = {
    RegistrantProfileType: 'common',
    RegistrantType: enterprise ? '2' : '1',
    RegistrantOrganization: toLatin(s.nameEn),
    RegistrantName: personEn,
    ZhRegistrantOrganization: s.name,
    ZhRegistrantName: person,
    Country: s.country,
    ...toPlace(s),
    Address: HAN.test(s.addressEn) ? toLatin(s.addressEn) : s.addressEn.toLowerCase().trim(),
    ZhAddress: s.address,
    PostalCode: s.postalCode,
    Email: s.email.trim().toLowerCase(),
    TelArea: s.phone.countryCode.replace(/^\+/, ''),
    Telephone: s.phone.number,
  };
  if (s.phone.extension) params.TelExt = s.phone.extension;
  return params;
}

/** Alibaba's dates come as "YYYY-MM-DD HH:mm:ss" in China time (inference from the console) or epoch ms; answer ISO 8601. */
export function toIsoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{12,}$/.test(value)) return new Date(Number(value)).toISOString();
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(value);
  return m ? new Date(`${m[1]}T${m[2]}+08:00`).toISOString() : value;
}

const CNNIC_TLD = /\.(cn|中国|公司|网络)$/u;
const CNNIC_REVIEW_DAYS = 5;

/** Whether CNNIC's 5-day rule has put an unverified domain on serverHold (third-party registrar notices; inference). */
function isCnnicHold(d: DomainRecord, now: Date): boolean {
  if (!CNNIC_TLD.test(d.DomainName) || d.RealNameStatus === 'SUCCEED') return false;
  const registered = d.RegistrationDateLong ?? Date.parse(toIsoTime(d.RegistrationDate) ?? '');
  return Number.isFinite(registered) && now.getTime() - registered > CNNIC_REVIEW_DAYS * 86_400_000;
}

/**
 * EPP statuses inferred from QueryDomainByDomainName, which does not return the registry's statuses:
 * the locks map to client*Prohibited, pending registrant/transfer work to pending*, DomainStatus 2 to redemptionPeriod,
 * the e-mail hold to clientHold and CNNIC's 5-day rule to serverHold. `ok` when nothing applies.
 */
export function toEppStatuses(d: DomainRecord, now: Date): string[] {
  const statuses: string[] = [];
  if (isCnnicHold(d, now)) statuses.push('serverHold');
  if (d.EmailVerificationClientHold) statuses.push('clientHold');
  if (d.TransferProhibitionLock === 'OPEN') statuses.push('clientTransferProhibited');
  if (d.UpdateProhibitionLock === 'OPEN') statuses.push('clientUpdateProhibited');
  if (d.TransferOutStatus === 'PENDING') statuses.push('pendingTransfer');
  if (d.RegistrantUpdatingStatus === 'PENDING') statuses.push('pendingUpdate');
  if (d.DomainStatus === '2') statuses.push('redemptionPeriod');
  return statuses.length > 0 ? statuses : ['ok'];
}

/** The domain state, from QueryDomainByDomainName plus the failure reasons (inference: see toEppStatuses). */
export function toDomainState(d: DomainRecord, failReasons: DomainState['failReasons'], now: Date): DomainState {
  const realNameStatus = d.RealNameStatus ?? 'NONAUDIT';
  const eppStatuses = toEppStatuses(d, now);
  const held = eppStatuses.some((s) => s === 'serverHold' || s === 'clientHold') || d.ExpirationDateStatus === '2' || d.DomainStatus === '2';
  const nameAuditOpen = d.DomainNameVerificationStatus !== undefined && d.DomainNameVerificationStatus !== 'SUCCEED';
  const domainStatus = held ? 'Hold' : realNameStatus !== 'SUCCEED' || nameAuditOpen ? 'Unverified' : 'Normal';
  // The API has no separate association status: the domain's own review status is the association's (inference).
  const associationStatus = realNameStatus === 'NONAUDIT' ? 'none' : realNameStatus;
  return { domain: d.DomainName, realNameStatus, associationStatus, eppStatuses, domainStatus, failReasons };
}
