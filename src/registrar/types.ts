import type { RegionId } from '../domain/regions.ts';

/**
 * The registrar contract, shaped after the Alibaba Cloud Domain API 2018-01-29 so that a real client can implement it with
 * SaveRegistrantProfileRealNameVerification, QueryRegistrantProfiles, QueryFailReasonForRegistrantProfileRealNameVerification,
 * SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID, QueryDomainByDomainName and QueryTaskDetailList.
 */

/** Review status of a profile or a domain, with the registrar's own names. */
export type RealNameStatus = 'NONAUDIT' | 'AUDITING' | 'SUCCEED' | 'FAILED';

/** A phone number split the way the registrar wants it (TelArea, Telephone, TelExt). */
export type PhoneNumber = { countryCode: string; number: string; extension?: string };

/** The credential image as the registrar accepts it (already converted by the photo code). */
export type CredentialImage = { bytes: Buffer; contentType: 'image/jpeg' | 'image/bmp' };

/** Everything submitted to create a registrant profile and have it verified in one call. */
export type ProfileSubmission = {
  registrantType: 'individual' | 'enterprise';
  /** Person or organization, Chinese as given. */
  name: string;
  nameEn: string;
  /** SFZ, HZ, TXZ, TW, WAIGUOREN, HKMOJUMIN, YYZZ, XYDM, ... */
  credentialType: string;
  credentialNo: string;
  credentialImage: CredentialImage | undefined;
  /** The region chosen in the profile: the registrar's province is derived from it, never from a label. */
  regionId: RegionId;
  /**
   * ISO 3166-1 alpha-2 country of the address: CN for mainland regions, HK, MO, TW; for `outside` the phone number's
   * country when it is outside China, else '' (unknown: the profile has no country question).
   */
  country: string;
  /** The region's Chinese label as shown to the user (浙江省, 中国香港). */
  region: string;
  /** The English profile's province (zhe jiang, hong kong); for `outside` the city in Latin letters. */
  regionEn: string;
  city?: string;
  cityEn?: string;
  address: string;
  addressEn: string;
  postalCode: string;
  email: string;
  phone: PhoneNumber;
  contactName?: string;
};

/** One dated failure reason, as the registrar reports it (text in the registrar's language). */
export type FailReason = { date: string; reason: string };

/** A registrant profile as the registrar sees it now. */
export type ProfileState = {
  profileId: string;
  status: RealNameStatus;
  failReasons: FailReason[];
  submittedAt?: string;
  updatedAt: string;
};

/** Review status of the profile-to-domain association; `none` until a profile has been associated. */
export type AssociationStatus = 'none' | 'AUDITING' | 'SUCCEED' | 'FAILED';

/** A domain as the registrar sees it now. */
export type DomainState = {
  domain: string;
  realNameStatus: RealNameStatus;
  profileId?: string;
  associationStatus: AssociationStatus;
  /** EPP status codes, e.g. ['serverHold'] or ['ok']. */
  eppStatuses: string[];
  domainStatus: 'Normal' | 'Unverified' | 'Hold';
  failReasons: FailReason[];
};

/** Why the registrar refused to start associating a domain (the stable code to branch on; `reason` is the registrar's text). */
export type AssociationRefusal =
  | 'profile_not_found'
  | 'profile_not_submitted'
  | 'profile_in_review'
  | 'profile_failed'
  | 'invalid_domain'
  | 'not_registered'
  | 'domain_in_review'
  | 'already_verified';

/** The outcome of asking for one domain to be associated. */
export type AssociationResult = { domain: string; accepted: boolean; reason?: string; refusal?: AssociationRefusal };

/** The credential image the registrar accepts (Alibaba API: JPG/BMP, 55 KB – 1 MB); the photo code reads this. */
export type ImageLimits = { formats: ('jpeg' | 'bmp')[]; minBytes: number; maxBytes: number };

/**
 * Options of {@link Registrar.submitProfile}.
 *
 * `profileId` makes a retry idempotent. Creating a profile and submitting its documents are two steps at Alibaba Cloud;
 * when the second fails, submitProfile throws DocumentsNotSubmittedError (src/registrar/errors.ts), whose `profileId`
 * names the profile already saved. Calling submitProfile again with that id never saves another profile:
 * - the profile is in review or verified (AUDITING / SUCCEED: the documents did arrive, e.g. the answer was lost) →
 *   nothing is sent, the same `profileId` is returned;
 * - the profile is NONAUDIT or FAILED → only the documents (credential type, number, image) are submitted for it again;
 *   its other fields are not saved again, so pass the id only to retry the same submission;
 * - the registrar does not know the id (deleted, or issued by another registrar) → a new profile is created as without it.
 */
export type SubmitOptions = { profileId?: string };

/** A domain registrar that verifies registrant profiles and associates them with domains. */
export interface Registrar {
  readonly name: 'simulated' | 'aliyun';
  readonly imageLimits: ImageLimits;
  /**
   * Creates a profile and submits it for real-name review; with `options.profileId`, finishes that saved profile instead
   * (see {@link SubmitOptions}). Throws DocumentsNotSubmittedError (a RegistrarError with `profileId`) when the profile
   * was saved but its documents were not submitted, and RegistrarError for other failures.
   */
  submitProfile(s: ProfileSubmission, options?: SubmitOptions): Promise<{ profileId: string }>;
  /** The profile's current review state; undefined when the registrar does not know it. */
  getProfile(profileId: string): Promise<ProfileState | undefined>;
  /** Associates a verified profile with domains; refusals are per domain, never thrown. */
  associateDomains(profileId: string, domains: string[]): Promise<{ taskNo: string; results: AssociationResult[] }>;
  /** The domain's current state; undefined = not registered with this registrar. */
  getDomain(domain: string): Promise<DomainState | undefined>;
}

/** A JSON key-value namespace (a keyv instance fits): state that survives restarts. */
export interface JsonKv {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}
