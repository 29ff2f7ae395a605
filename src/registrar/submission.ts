import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { DOCUMENTS } from '../domain/documents.ts';
import { chosenDocument, type Profile } from '../domain/profile-fields.ts';
import type { EnglishProfile } from '../domain/english-profile.ts';
import { isEnterprise, type RegistrantKind } from '../domain/registrant-kinds.ts';
import { getRegion, type Region, type RegionId } from '../domain/regions.ts';
import { splitPhone, type PhoneParts } from '../domain/contact/phone.ts';
import type { CredentialImage, ProfileSubmission } from './types.ts';

const CHINA = new Set(['CN', 'HK', 'MO', 'TW']);

/**
 * The address's country: the region's own (CN for every mainland province, HK, MO, TW). Only `outside` has none, and
 * the profile asks no country, so the phone number's country stands in there when it is outside China; '' otherwise.
 */
export function addressCountry(region: Region, phone: PhoneParts): string {
  if (region.country) return region.country;
  const country = parsePhoneNumberFromString(`+${phone.countryCode}${phone.number}`)?.country;
  return country && !CHINA.has(country) ? country : '';
}

/**
 * Maps the collected profile onto what the registrar's API takes: the document's credential type, the number exactly
 * as entered, the region with its country, the Chinese values with their English rendering, and the phone split into
 * country code / number / extension. The profile must be complete (the dialog submits only then): an unknown region throws.
 */
export function toProfileSubmission(kind: RegistrantKind, profile: Profile, english: EnglishProfile, image: CredentialImage | undefined): ProfileSubmission {
  const document = DOCUMENTS[chosenDocument(kind, profile)];
  const enterprise = isEnterprise(kind);
  const region = getRegion(profile.region as RegionId);
  const phone = splitPhone(profile.phone ?? '');
  return {
    registrantType: enterprise ? 'enterprise' : 'individual',
    name: (enterprise ? profile.orgName : profile.name) ?? '',
    nameEn: (enterprise ? english.orgName : english.name) ?? '',
    credentialType: document.credentialType,
    credentialNo: profile.idNumber ?? '',
    credentialImage: image,
    regionId: region.id,
    country: addressCountry(region, phone),
    region: region.label.zh,
    regionEn: english.province,
    ...(profile.city ? { city: profile.city, cityEn: english.city ?? profile.city } : {}),
    address: profile.address ?? '',
    addressEn: english.address,
    postalCode: profile.postalCode ?? '',
    email: profile.email ?? '',
    phone,
    ...(profile.contactName ? { contactName: profile.contactName } : {}),
  };
}
