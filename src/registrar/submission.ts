import { DOCUMENTS } from '../domain/documents.ts';
import { chosenDocument, type Profile } from '../domain/profile-fields.ts';
import type { EnglishProfile } from '../domain/english-profile.ts';
import { isEnterprise, type RegistrantKind } from '../domain/registrant-kinds.ts';
import { getRegion, type RegionId } from '../domain/regions.ts';
import { splitPhone } from '../domain/contact/phone.ts';
import type { CredentialImage, ProfileSubmission } from './types.ts';

/**
 * Maps the collected profile onto what the registrar's API takes: the document's credential type, the number exactly
 * as entered, the Chinese values with their English rendering, and the phone split into country code / number / extension.
 */
export function toProfileSubmission(kind: RegistrantKind, profile: Profile, english: EnglishProfile, image: CredentialImage | undefined): ProfileSubmission {
  const document = DOCUMENTS[chosenDocument(kind, profile)];
  const enterprise = isEnterprise(kind);
  const region = profile.region ? getRegion(profile.region as RegionId) : undefined;
  return {
    registrantType: enterprise ? 'enterprise' : 'individual',
    name: (enterprise ? profile.orgName : profile.name) ?? '',
    nameEn: (enterprise ? english.orgName : english.name) ?? '',
    credentialType: document.credentialType,
    credentialNo: profile.idNumber ?? '',
    credentialImage: image,
    region: region?.label.zh ?? profile.region ?? '',
    regionEn: english.province,
    ...(profile.city ? { city: profile.city, cityEn: english.city ?? profile.city } : {}),
    address: profile.address ?? '',
    addressEn: english.address,
    postalCode: profile.postalCode ?? '',
    email: profile.email ?? '',
    phone: splitPhone(profile.phone ?? ''),
    ...(profile.contactName ? { contactName: profile.contactName } : {}),
  };
}
