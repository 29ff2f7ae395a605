import { RegistrarError } from '../../errors.ts';
import { DocumentsNotSubmittedError } from '../errors.ts';
import type {
  AssociationResult, CredentialImage, DomainState, FailReason, ImageLimits, ProfileState, ProfileSubmission, Registrar, SubmitOptions,
} from '../types.ts';
import { AliyunApiError, createAliyunClient, type AliyunCall, type ClientLogger } from './client.ts';
import { toDomainState, toIsoTime, toProfileParams } from './mapping.ts';
import {
  FailReasonsBody, QueryDomainAnswer, QueryRegistrantProfilesBody, QueryTaskDetailListBody, RequestIdBody,
  SaveRegistrantProfileBody, SaveTaskBody, type DomainRecord, type RegistrantProfileRecord,
} from './responses.ts';

/** What the Domain API accepts as `IdentityCredential`: the original JPG/BMP of 55 KB – 1 MB. */
export const ALIYUN_IMAGE_LIMITS: ImageLimits = Object.freeze<ImageLimits>({ formats: ['jpeg', 'bmp'], minBytes: 55 * 1024, maxBytes: 1024 * 1024 });

/** Settings of the Alibaba Cloud registrar (`REGISTRAR=aliyun`). */
export type AliyunRegistrarOptions = {
  accessKeyId: string;
  accessKeySecret: string;
  endpoint?: string;
  timeoutMs?: number;
  maxRetries?: number;
  logger: ClientLogger;
  fetch?: typeof fetch;
  now?: () => Date;
  lang?: 'en' | 'zh';
  retryBaseMs?: number;
};

const TASK_FAILED = 3; // QueryTaskDetailList TaskStatusCode: 0 waiting, 1 executing, 2 succeeded, 3 failed
const DOMAIN_SYNTAX = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)(?:\.(?!-)[\p{L}\p{N}-]{1,63}(?<!-))+$/u;

const toFailReasons = (records: { Date?: string | undefined; FailReason: string }[]): FailReason[] =>
  records.map((r) => ({ date: toIsoTime(r.Date) ?? '', reason: r.FailReason }));

/** A definite refusal from the API (not an outage): reported per domain instead of thrown. */
const isRefusal = (e: unknown): e is AliyunApiError => e instanceof AliyunApiError && e.httpStatus >= 400 && e.httpStatus < 500;

/** Creates the Registrar backed by the Alibaba Cloud Domain API 2018-01-29. */
export function createAliyunRegistrar(options: AliyunRegistrarOptions): Registrar {
  const now = options.now ?? (() => new Date());
  const call: AliyunCall = createAliyunClient({
    ...options, endpoint: options.endpoint ?? 'https://domain.aliyuncs.com',
    timeoutMs: options.timeoutMs ?? 10_000, maxRetries: options.maxRetries ?? 3, now,
  });

  /** The image Alibaba Cloud will take, or a RegistrarError before any call is made. */
  function acceptedImage(s: ProfileSubmission): CredentialImage {
    const image = s.credentialImage;
    if (!image) throw new RegistrarError('Alibaba Cloud needs the credential image to verify a profile; none was given');
    const { minBytes, maxBytes } = ALIYUN_IMAGE_LIMITS;
    if (image.bytes.length < minBytes || image.bytes.length > maxBytes) {
      throw new RegistrarError(`credential image is ${image.bytes.length} bytes; Alibaba Cloud accepts ${minBytes}–${maxBytes}`);
    }
    return image;
  }

  /** SaveRegistrantProfile: a new profile's id. */
  async function saveProfile(s: ProfileSubmission): Promise<string> {
    if (!s.country) throw new RegistrarError('the country of the address is unknown; Alibaba Cloud needs it to save a profile');
    return (await call('SaveRegistrantProfile', { query: toProfileParams(s) }, SaveRegistrantProfileBody)).RegistrantProfileId;
  }

  /** RegistrantProfileRealNameVerification; a failure names the saved profile so that a retry can finish it. */
  async function submitDocuments(profileId: string, s: ProfileSubmission, image: CredentialImage): Promise<void> {
    try {
      await call('RegistrantProfileRealNameVerification', {
        query: { RegistrantProfileID: profileId, IdentityCredentialNo: s.credentialNo, IdentityCredentialType: s.credentialType },
        body: { IdentityCredential: image.bytes.toString('base64') },
      }, RequestIdBody);
    } catch (cause) {
      throw new DocumentsNotSubmittedError(profileId, cause);
    }
  }

  async function submitProfile(s: ProfileSubmission, options: SubmitOptions = {}): Promise<{ profileId: string }> {
    const image = acceptedImage(s);
    const saved = options.profileId ? await findProfile(options.profileId) : undefined;
    // In review or verified: the documents arrived although their answer did not; sending them again would start over.
    if (saved && (saved.RealNameStatus === 'AUDITING' || saved.RealNameStatus === 'SUCCEED')) return { profileId: saved.RegistrantProfileId };
    // Two calls instead of SaveRegistrantProfileRealNameVerification: that action carries IdentityCredential in the
    // query string (per the official client), and a 75 KB–1.4 MB base64 value in a URL breaks URL-length limits. Its
    // sibling RegistrantProfileRealNameVerification takes the image in the form body, so no size limit is at risk.
    const profileId = saved?.RegistrantProfileId ?? await saveProfile(s);
    await submitDocuments(profileId, s, image);
    return { profileId };
  }

  /** The profile as QueryRegistrantProfiles lists it; undefined when this account has no such profile. */
  async function findProfile(profileId: string): Promise<RegistrantProfileRecord | undefined> {
    if (!/^\d+$/.test(profileId)) return undefined; // Alibaba profile ids are numbers; anything else was never issued here
    const answer = await call('QueryRegistrantProfiles', { query: { RegistrantProfileId: profileId } }, QueryRegistrantProfilesBody);
    return answer.RegistrantProfiles?.RegistrantProfile.find((p) => p.RegistrantProfileId === profileId);
  }

  async function getProfile(profileId: string): Promise<ProfileState | undefined> {
    const profile = await findProfile(profileId);
    if (!profile) return undefined;
    const failReasons = profile.RealNameStatus === 'FAILED'
      ? toFailReasons((await call('QueryFailReasonForRegistrantProfileRealNameVerification',
        { query: { RegistrantProfileID: profileId } }, FailReasonsBody)).Data)
      : [];
    const updatedAt = toIsoTime(profile.UpdateTime) ?? toIsoTime(profile.CreateTime) ?? now().toISOString();
    return { profileId, status: profile.RealNameStatus, failReasons, updatedAt };
  }

  async function findDomain(domain: string): Promise<DomainRecord | undefined> {
    try {
      return await call('QueryDomainByDomainName', { query: { DomainName: domain } }, QueryDomainAnswer);
    } catch (e) {
      // Inference: the API's "no such domain in this account" codes contain NotExist / NotFound.
      if (isRefusal(e) && /not.?exist|not.?found/i.test(e.apiCode)) return undefined;
      throw e;
    }
  }

  async function getDomain(domain: string): Promise<DomainState | undefined> {
    const name = normalizeDomain(domain);
    if (!DOMAIN_SYNTAX.test(name)) return undefined;
    const record = await findDomain(name);
    if (!record) return undefined;
    const failed = record.RealNameStatus === 'FAILED' || record.DomainNameVerificationStatus === 'FAILED';
    const failReasons = failed
      ? toFailReasons((await call('QueryFailReasonForDomainRealNameVerification',
        { query: { DomainName: name, RealNameVerificationAction: 'ACTIVATE' } }, FailReasonsBody)).Data)
      : [];
    return toDomainState(record, failReasons, now());
  }

  async function taskFailure(taskNo: string, domain: string): Promise<string | undefined> {
    const answer = await call('QueryTaskDetailList',
      { query: { TaskNo: taskNo, DomainName: domain, PageNum: '1', PageSize: '50' } }, QueryTaskDetailListBody);
    const details = answer.Data?.TaskDetail ?? [];
    const detail = details.find((d) => d.DomainName === domain) ?? details[0];
    if (detail?.TaskStatusCode !== TASK_FAILED) return undefined;
    return detail.FailReason || detail.ErrorMsg || 'the association task failed';
  }

  async function associateOne(profileId: string, domain: string): Promise<{ result: AssociationResult; taskNo?: string }> {
    const name = normalizeDomain(domain);
    const refuse = (refusal: AssociationResult['refusal'], reason: string) => ({ result: { domain, accepted: false, refusal, reason } });
    if (!DOMAIN_SYNTAX.test(name)) return refuse('invalid_domain', `${domain} is not a domain name`);
    const record = await findDomain(name);
    if (!record) return refuse('not_registered', `${name} is not registered in this Alibaba Cloud account`);
    if (record.RealNameStatus === 'SUCCEED') return refuse('already_verified', `${name} is already verified`);
    if (record.RealNameStatus === 'AUDITING') return refuse('domain_in_review', `${name} is already in review`);
    let taskNo: string;
    try {
      const query = { DomainName: name, InstanceId: record.InstanceId, RegistrantProfileId: profileId };
      taskNo = (await call('SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID', { query }, SaveTaskBody)).TaskNo;
    } catch (e) {
      if (isRefusal(e)) return { result: { domain, accepted: false, reason: e.message } };
      throw e;
    }
    const failure = await taskFailure(taskNo, name);
    return { result: failure ? { domain, accepted: false, reason: failure } : { domain, accepted: true }, taskNo };
  }

  async function associateDomains(profileId: string, domains: string[]) {
    const profile = await getProfile(profileId);
    const blocked = profileRefusal(profileId, profile);
    if (blocked) return { taskNo: '', results: domains.map((domain) => ({ domain, accepted: false, ...blocked })) };
    const results: AssociationResult[] = [];
    const taskNos: string[] = [];
    for (const domain of domains) { // one at a time: the API throttles per account
      const { result, taskNo } = await associateOne(profileId, domain);
      results.push(result);
      if (taskNo) taskNos.push(taskNo);
    }
    // The API makes one task per domain; the contract has one task number, so they are joined.
    return { taskNo: taskNos.join(','), results };
  }

  return { name: 'aliyun', imageLimits: ALIYUN_IMAGE_LIMITS, submitProfile, getProfile, associateDomains, getDomain };
}

/** Why a profile cannot be associated yet, or undefined when it is verified. */
function profileRefusal(profileId: string, profile: ProfileState | undefined): Pick<AssociationResult, 'refusal' | 'reason'> | undefined {
  if (!profile) return { refusal: 'profile_not_found', reason: `profile ${profileId} does not exist` };
  if (profile.status === 'NONAUDIT') return { refusal: 'profile_not_submitted', reason: `profile ${profileId} has not been submitted for review` };
  if (profile.status === 'AUDITING') return { refusal: 'profile_in_review', reason: `profile ${profileId} is still in review` };
  if (profile.status === 'FAILED') return { refusal: 'profile_failed', reason: profile.failReasons.map((r) => r.reason).join('; ') || `profile ${profileId} failed review` };
  return undefined;
}

/** Lower case, no surrounding blanks, no trailing root dot. */
function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}
