/**
 * The simulated registrar: the default, so the whole flow runs without an Alibaba Cloud account.
 *
 * State lives in the given key-value namespace (`profile:<id>`, `domain:<name>`) and survives restarts. There are no
 * timers: each read computes the status from stored timestamps, so a review "finishes" `reviewSeconds` after submission.
 *
 * Profiles (outcome decided at submission, checked in this order):
 * | submission                                                         | after reviewSeconds                      |
 * | ------------------------------------------------------------------ | ---------------------------------------- |
 * | no credential image                                                | FAILED 未提交证件                         |
 * | individual with an organization document type, or the reverse     | FAILED 证件类型选择错误或证件号码位数不正确 |
 * | name or English name contains `FAIL` or `失败`                     | FAILED 注册者信息不一致                   |
 * | credential number, last character dropped, ends in `999`           | FAILED 证件电子信息核验不合格             |
 * | … ends in `998` / `997` / `996`                                    | FAILED 库中无此号 / 不在实名库中或为新颁发证件 / 证件不清晰/被遮挡/水印 |
 * | … ends in `995` / `994` / `993` / `992`                            | FAILED 证件不完整 / 注册者身份有效性验证失败 / 提交资料显示为海外用户 / 注册联系人信息有误 |
 * | anything else                                                      | SUCCEED                                  |
 * Dropping the last character keeps the rule usable with check-digit numbers: an ID card whose sequence code is 999 fails.
 * With `{ profileId }` of a stored profile (the contract in types.ts), a profile in review or verified is returned as it is,
 * and a FAILED one is reviewed again under the same id with the new submission; an unknown id gets a new profile.
 * An image outside `imageLimits` (JPEG/BMP by content, 55 KB – 1 MB) is refused with a RegistrarError, as the real API does.
 *
 * Domains: every syntactically valid name is registered here on first sight as NONAUDIT with ['serverHold'] (the registry
 * locks unverified domains). Associating a SUCCEED profile starts an AUDITING review that ends SUCCEED after reviewSeconds,
 * with ['ok'] and status Normal. Test domains, by the prefix of the name:
 * | prefix          | behaviour                                                                      |
 * | --------------- | ------------------------------------------------------------------------------ |
 * | `unregistered-` | not registered with this registrar: getDomain → undefined, association refused |
 * | `clienthold-`   | registrar lock: ['clientHold'] always (plus 'serverHold' until verified), Hold |
 * | `enhanced-`     | stays ['serverHold'] after verification (enhanced verification required), Hold |
 * | `sensitive-`    | association review ends FAILED 域名名称含有敏感词                                 |
 * | `verified-`     | already verified before we saw it: SUCCEED, ['ok'], Normal, no profile          |
 */
import { randomInt, randomUUID } from 'node:crypto';
import { RegistrarError } from '../errors.ts';
import { decideProfile, domainKind, normalizeDomain, type SimulatedOutcome } from './simulated/outcomes.ts';
import { DomainRecord, ProfileRecord, readRecord, writeRecord } from './simulated/records.ts';
import { toDomainState, toProfileState } from './simulated/state.ts';
import type { AssociationResult, CredentialImage, ImageLimits, JsonKv, ProfileState, Registrar } from './types.ts';

/** Options of the simulated registrar; `now` (ms since the epoch) is injectable so tests can move time. */
export type SimulatedRegistrarOptions = { kv: JsonKv; reviewSeconds: number; now?: () => number };

/** The credential image limits of the Alibaba API, which the simulation enforces too. */
export const SIMULATED_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze<ImageLimits>({ formats: ['jpeg', 'bmp'], minBytes: 55 * 1024, maxBytes: 1024 * 1024 });

const MAGIC: Record<CredentialImage['contentType'], number[]> = { 'image/jpeg': [0xff, 0xd8, 0xff], 'image/bmp': [0x42, 0x4d] };

function assertAcceptedImage(image: CredentialImage | undefined): void {
  if (!image) return;
  const { bytes, contentType } = image;
  const { minBytes, maxBytes } = SIMULATED_IMAGE_LIMITS;
  if (bytes.length < minBytes || bytes.length > maxBytes) {
    throw new RegistrarError(`credential image is ${bytes.length} bytes; the registrar accepts ${minBytes}–${maxBytes}`);
  }
  if (!MAGIC[contentType].every((b, i) => bytes[i] === b)) throw new RegistrarError(`credential image content is not ${contentType}`);
}

type Ctx = { kv: JsonKv; reviewMs: number; now: () => number };

/** The stored domain, registered on first sight. */
async function loadDomain({ kv, now }: Ctx, domain: string): Promise<DomainRecord> {
  const stored = await readRecord(kv, `domain:${domain}`, DomainRecord);
  if (stored) return stored;
  const created: DomainRecord = { domain, firstSeenAt: now() };
  await writeRecord(kv, `domain:${domain}`, created);
  return created;
}

/** Starts the association review of one domain, or says why not. */
async function associateOne(ctx: Ctx, profileId: string, input: string, taskNo: string): Promise<AssociationResult> {
  const domain = normalizeDomain(input);
  if (!domain) return refuse(input, 'invalid_domain', `"${input}" is not a valid domain name`);
  if (domainKind(domain) === 'unregistered') return refuse(domain, 'not_registered', `${domain} is not registered with this registrar`);
  const record = await loadDomain(ctx, domain);
  const current = toDomainState(record, ctx.now(), ctx.reviewMs);
  if (current.associationStatus === 'AUDITING') return refuse(domain, 'domain_in_review', `${domain} is already in review`);
  if (current.realNameStatus === 'SUCCEED') return refuse(domain, 'already_verified', `${domain} is already verified`);
  const outcome: SimulatedOutcome = domainKind(domain) === 'sensitive' ? { status: 'FAILED', reason: 'sensitive_word' } : { status: 'SUCCEED' };
  await writeRecord(ctx.kv, `domain:${domain}`, { ...record, association: { profileId, taskNo, submittedAt: ctx.now(), outcome } });
  return { domain, accepted: true };
}

/** Creates the simulated registrar over a key-value namespace (see the table above for the documented outcomes). */
export function createSimulatedRegistrar({ kv, reviewSeconds, now = Date.now }: SimulatedRegistrarOptions): Registrar {
  const ctx: Ctx = { kv, reviewMs: reviewSeconds * 1000, now };

  async function getProfile(profileId: string): Promise<ProfileState | undefined> {
    const record = await readRecord(kv, `profile:${profileId}`, ProfileRecord);
    return record && toProfileState(record, now(), ctx.reviewMs);
  }

  return {
    name: 'simulated',
    imageLimits: SIMULATED_IMAGE_LIMITS,
    async submitProfile(s, options = {}) {
      assertAcceptedImage(s.credentialImage);
      const saved = options.profileId ? await readRecord(kv, `profile:${options.profileId}`, ProfileRecord) : undefined;
      if (saved && toProfileState(saved, now(), ctx.reviewMs).status !== 'FAILED') return { profileId: saved.profileId };
      const profileId = saved?.profileId ?? String(randomInt(1e11, 1e12));
      const record: ProfileRecord = { profileId, registrantType: s.registrantType, submittedAt: now(), outcome: decideProfile(s) };
      await writeRecord(kv, `profile:${record.profileId}`, record);
      return { profileId: record.profileId };
    },
    getProfile,
    async associateDomains(profileId, domains) {
      if (domains.length === 0) throw new TypeError('associateDomains needs at least one domain');
      const taskNo = randomUUID();
      const refusal = profileRefusal(profileId, await getProfile(profileId));
      const unique = [...new Set(domains.map((d) => normalizeDomain(d) ?? d))];
      const results: AssociationResult[] = [];
      for (const domain of unique) results.push(refusal ? { domain, ...refusal } : await associateOne(ctx, profileId, domain, taskNo));
      return { taskNo, results };
    },
    async getDomain(input) {
      const domain = normalizeDomain(input);
      if (!domain || domainKind(domain) === 'unregistered') return undefined;
      return toDomainState(await loadDomain(ctx, domain), now(), ctx.reviewMs);
    },
  };
}

function refuse(domain: string, refusal: NonNullable<AssociationResult['refusal']>, reason: string): AssociationResult {
  return { domain, accepted: false, refusal, reason };
}

/** Why a profile cannot be associated yet; undefined when it is verified. */
function profileRefusal(profileId: string, profile: ProfileState | undefined): Omit<AssociationResult, 'domain'> | undefined {
  if (!profile) return { accepted: false, refusal: 'profile_not_found', reason: `registrant profile ${profileId} does not exist` };
  switch (profile.status) {
    case 'SUCCEED':
      return undefined;
    case 'NONAUDIT':
      return { accepted: false, refusal: 'profile_not_submitted', reason: `registrant profile ${profileId} has not been submitted for verification` };
    case 'AUDITING':
      return { accepted: false, refusal: 'profile_in_review', reason: `registrant profile ${profileId} is still in review; associate it once it is verified` };
    case 'FAILED': {
      const why = profile.failReasons.map((r) => r.reason).join('; ');
      return { accepted: false, refusal: 'profile_failed', reason: `registrant profile ${profileId} failed verification (${why}); fix and resubmit it first` };
    }
  }
}
