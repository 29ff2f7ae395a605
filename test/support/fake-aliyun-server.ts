import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted answer that replaces the next matching call's real one. */
export type Behaviour =
  | { kind: 'throttle'; status: 400 | 503 }
  | { kind: 'error'; status: number; code: string; message?: string }
  | { kind: 'server-error'; status: 500 | 502 | 503 }
  | { kind: 'malformed' }
  | { kind: 'unexpected-shape' }
  | { kind: 'hang' };

type Status = 'NONAUDIT' | 'AUDITING' | 'SUCCEED' | 'FAILED';
type Params = Record<string, string>;
type Answer = { status: number; body: unknown };
type Profile = { params: Params; status: Status; failReasons: string[]; credentialNo?: string; imageBytes?: number; created: string };
type Domain = { instanceId: string; realNameStatus: Status; nameStatus: Status; failReasons: string[]; registrationDate: string; extra: Record<string, unknown> };

/** One request as the fake saw it, after the signature check. */
export type SeenRequest = { action: string; query: Params; body: Params; signatureOk: boolean; answered: number | 'hang' };

const DATE = '2024-05-01 10:00:00';
const REQUIRED: Record<string, string[]> = {
  SaveRegistrantProfile: ['RegistrantType', 'Country', 'Province', 'City', 'Address', 'Email', 'RegistrantOrganization', 'RegistrantName', 'TelArea', 'Telephone'],
  RegistrantProfileRealNameVerification: ['RegistrantProfileID', 'IdentityCredential', 'IdentityCredentialNo', 'IdentityCredentialType'],
  QueryRegistrantProfiles: [],
  QueryFailReasonForRegistrantProfileRealNameVerification: ['RegistrantProfileID'],
  QueryDomainByDomainName: ['DomainName'],
  SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID: ['DomainName', 'InstanceId', 'RegistrantProfileId'],
  QueryTaskDetailList: ['TaskNo', 'PageNum', 'PageSize'],
  QueryFailReasonForDomainRealNameVerification: ['DomainName', 'RealNameVerificationAction'],
};

// Written independently of src/registrar/aliyun/sign.ts: byte-wise RFC 3986, so a shared bug cannot hide.
const UNRESERVED = /[A-Za-z0-9\-_.~]/;
function rfc3986(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) => (UNRESERVED.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}
const hex256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const apiError = (status: number, code: string, message: string): Answer => ({ status, body: { RequestId: randomUUID().toUpperCase(), HostId: 'domain.aliyuncs.com', Code: code, Message: message } });
const ok = (body: Record<string, unknown>): Answer => ({ status: 200, body: { RequestId: randomUUID().toUpperCase(), ...body } });

/** Recomputes the ACS3-HMAC-SHA256 signature of a received request; returns an error answer or undefined when valid. */
function verifySignature(req: IncomingMessage, rawQuery: string, body: Buffer, keys: Map<string, string>, nonces: Set<string>): Answer | undefined {
  const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization ?? ''));
  if (!auth) return apiError(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
  const [, keyId = '', signedNames = '', signature = ''] = auth;
  const secret = keys.get(keyId);
  if (secret === undefined) return apiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  const names = signedNames.split(';');
  const mustSign = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];
  if (mustSign.some((n) => !names.includes(n))) return apiError(400, 'IncompleteSignature', 'A required header is not signed.');
  const pairs = rawQuery ? rawQuery.split('&').map((p) => p.split('=').map((s) => decodeURIComponent(s))) : [];
  const canonicalQuery = pairs.map(([k = '', v = '']) => `${rfc3986(k)}=${rfc3986(v)}`).sort((a, b) => (a.split('=')[0]! < b.split('=')[0]! ? -1 : 1)).join('&');
  const header = (n: string) => String(req.headers[n] ?? '').trim();
  const canonicalHeaders = [...names].sort().map((n) => `${n}:${header(n)}\n`).join('');
  const payloadHash = hex256(body);
  if (header('x-acs-content-sha256') !== payloadHash) return apiError(400, 'SignatureDoesNotMatch', 'x-acs-content-sha256 does not match the body.');
  const canonicalRequest = `${req.method}\n/\n${canonicalQuery}\n${canonicalHeaders}\n${signedNames}\n${payloadHash}`;
  const expected = createHmac('sha256', secret).update(`ACS3-HMAC-SHA256\n${hex256(canonicalRequest)}`).digest('hex');
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    return apiError(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n${hex256(canonicalRequest)}`);
  }
  const date = header('x-acs-date');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(date) || Math.abs(Date.parse(date) - Date.now()) > 15 * 60_000) {
    return apiError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }
  const nonce = header('x-acs-signature-nonce');
  if (nonces.has(nonce)) return apiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
  nonces.add(nonce);
  return undefined;
}

/** An in-memory Alibaba Cloud Domain API (2018-01-29) that checks signatures and can be scripted per test. */
export class FakeAliyunServer {
  readonly requests: SeenRequest[] = [];
  private readonly keys = new Map<string, string>();
  private readonly nonces = new Set<string>();
  private readonly scripts: { action: string; behaviour: Behaviour }[] = [];
  private readonly profiles = new Map<string, Profile>();
  private readonly domains = new Map<string, Domain>();
  private readonly tasks = new Map<string, { domain: string; code: number; reason?: string }>();
  private readonly failingTasks = new Map<string, string>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private nextProfileId = 10_001;
  url = '';

  constructor(credentials: { accessKeyId: string; accessKeySecret: string }) {
    this.keys.set(credentials.accessKeyId, credentials.accessKeySecret);
  }

  /** Listens on 127.0.0.1 on a free port and sets `url`. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Drops hanging connections and stops listening. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers the next calls of `action` ('*' = any) with these behaviours, one per call, in order. */
  script(action: string, ...behaviours: Behaviour[]): void {
    for (const behaviour of behaviours) this.scripts.push({ action, behaviour });
  }

  /** How many requests named this action (or all, without an argument). */
  count(action?: string): number {
    return this.requests.filter((r) => !action || r.action === action).length;
  }

  /** Puts a domain in the account. */
  addDomain(name: string, fields: Partial<Omit<Domain, 'extra'>> & { extra?: Record<string, unknown> } = {}): void {
    this.domains.set(name, { instanceId: `S2024${this.domains.size + 1}ABCD`, realNameStatus: 'NONAUDIT', nameStatus: 'SUCCEED', failReasons: [], registrationDate: DATE, extra: {}, ...fields });
  }

  /** Finishes a profile's review. */
  reviewProfile(profileId: string, status: 'SUCCEED' | 'FAILED', reason?: string): void {
    const profile = this.profiles.get(profileId);
    if (!profile) throw new Error(`no profile ${profileId}`);
    profile.status = status;
    if (reason) profile.failReasons.push(reason);
  }

  /** Finishes a domain's review. */
  reviewDomain(name: string, status: 'SUCCEED' | 'FAILED', reason?: string): void {
    const domain = this.domains.get(name);
    if (!domain) throw new Error(`no domain ${name}`);
    domain.realNameStatus = status;
    if (reason) domain.failReasons.push(reason);
  }

  /** Makes the association task for this domain fail at once with `reason`. */
  failTaskFor(name: string, reason: string): void {
    this.failingTasks.set(name, reason);
  }

  /** A stored profile as the fake holds it (to assert what was sent). */
  profile(profileId: string): Profile | undefined {
    return this.profiles.get(profileId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const rawQuery = (req.url ?? '').split('?')[1] ?? '';
    const query = Object.fromEntries(new URLSearchParams(rawQuery));
    const form = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
    const action = String(req.headers['x-acs-action'] ?? '');
    const rejected = verifySignature(req, rawQuery, body, this.keys, this.nonces);
    const seen: SeenRequest = { action, query, body: form, signatureOk: !rejected, answered: 0 };
    this.requests.push(seen);
    const index = this.scripts.findIndex((s) => s.action === action || s.action === '*');
    const scripted = rejected ? undefined : index >= 0 ? this.scripts.splice(index, 1)[0]?.behaviour : undefined;
    if (scripted?.kind === 'hang') { seen.answered = 'hang'; return; }
    if (scripted?.kind === 'malformed') { seen.answered = 200; res.writeHead(200, { 'content-type': 'application/json' }).end('{"RequestId": "A1", "RegistrantProfileId": '); return; }
    const answer = rejected ?? (scripted ? this.scriptedAnswer(scripted) : this.operate(action, String(req.headers['x-acs-version']), { ...query, ...form }));
    seen.answered = answer.status;
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  }

  private scriptedAnswer(b: Exclude<Behaviour, { kind: 'hang' | 'malformed' }>): Answer {
    if (b.kind === 'throttle') return apiError(b.status, 'Throttling.User', 'Request was denied due to user flow control.');
    if (b.kind === 'server-error') return apiError(b.status, b.status === 503 ? 'ServiceUnavailable' : 'InternalError', 'The request processing has failed due to some unknown error.');
    if (b.kind === 'unexpected-shape') return ok({ Surprise: true });
    return apiError(b.status, b.code, b.message ?? b.code);
  }

  private operate(action: string, version: string, p: Params): Answer {
    if (version !== '2018-01-29') return apiError(400, 'InvalidVersion', `Specified parameter Version is not valid.`);
    const required = REQUIRED[action];
    if (!required) return apiError(404, 'InvalidAction.NotFound', `Specified api is not found, please check your url and method.`);
    const missing = required.find((name) => !p[name]);
    if (missing) return apiError(400, 'MissingParameter', `The input parameter "${missing}" that is mandatory for processing this request is not supplied.`);
    switch (action) {
      case 'SaveRegistrantProfile': {
        const id = String(this.nextProfileId++);
        this.profiles.set(id, { params: p, status: 'NONAUDIT', failReasons: [], created: DATE });
        return ok({ RegistrantProfileId: Number(id) });
      }
      case 'RegistrantProfileRealNameVerification': return this.submitCredential(p);
      case 'QueryRegistrantProfiles': {
        const matches = [...this.profiles].filter(([id]) => !p.RegistrantProfileId || id === p.RegistrantProfileId);
        const list = matches.map(([id, pr]) => ({ RegistrantProfileId: Number(id), RealNameStatus: pr.status, RegistrantType: pr.params.RegistrantType, CreateTime: pr.created, UpdateTime: '2024-05-02 09:30:00' }));
        return ok({ CurrentPageNum: 1, PageSize: 10, TotalItemNum: list.length, RegistrantProfiles: { RegistrantProfile: list } });
      }
      case 'QueryFailReasonForRegistrantProfileRealNameVerification':
        return ok({ Data: (this.profiles.get(p.RegistrantProfileID!)?.failReasons ?? []).map((r) => ({ Date: '2024-05-02 09:30:00', FailReason: r })) });
      case 'QueryDomainByDomainName': return this.queryDomain(p.DomainName!);
      case 'SaveTaskForSubmittingDomainRealNameVerificationByRegistrantProfileID': return this.saveTask(p);
      case 'QueryTaskDetailList': {
        const task = this.tasks.get(p.TaskNo!);
        const details = task ? [{ TaskNo: p.TaskNo, DomainName: task.domain, TaskStatusCode: task.code, TaskStatus: task.code === 3 ? 'EXECUTE_FAILURE' : 'EXECUTING', FailReason: task.reason ?? '', TryCount: 1 }] : [];
        return ok({ CurrentPageNum: 1, TotalItemNum: details.length, Data: { TaskDetail: details } });
      }
      default: // QueryFailReasonForDomainRealNameVerification
        return ok({ Data: (this.domains.get(p.DomainName!)?.failReasons ?? []).map((r) => ({ Date: '2024-05-03 08:00:00', FailReason: r, DomainNameVerificationStatus: 'SUCCEED' })) });
    }
  }

  private submitCredential(p: Params): Answer {
    const profile = this.profiles.get(p.RegistrantProfileID!);
    if (!profile) return apiError(400, 'RegistrantProfileNotExist', 'The registrant profile does not exist.');
    const bytes = Buffer.from(p.IdentityCredential!, 'base64').length;
    if (bytes < 55 * 1024 || bytes > 1024 * 1024) return apiError(400, 'IdentityCredentialInvalid', 'The credential image must be 55 KB to 1 MB.');
    Object.assign(profile, { status: 'AUDITING', credentialNo: p.IdentityCredentialNo, imageBytes: bytes });
    return ok({});
  }

  private queryDomain(name: string): Answer {
    const d = this.domains.get(name);
    if (!d) return ok({ DnsList: { Dns: [] } });
    return ok({ DomainName: name, InstanceId: d.instanceId, RealNameStatus: d.realNameStatus, DomainNameVerificationStatus: d.nameStatus, DomainStatus: '3', DomainType: 'gTLD', EmailVerificationClientHold: false, ExpirationDateStatus: '1', RegistrantUpdatingStatus: 'NORMAL', TransferOutStatus: 'NORMAL', TransferProhibitionLock: 'CLOSE', UpdateProhibitionLock: 'CLOSE', RegistrationDate: d.registrationDate, ...d.extra });
  }

  private saveTask(p: Params): Answer {
    const domain = this.domains.get(p.DomainName!);
    if (!domain || domain.instanceId !== p.InstanceId) return apiError(400, 'DomainNotExist', 'The domain does not exist in this account.');
    if (this.profiles.get(p.RegistrantProfileId!)?.status !== 'SUCCEED') return apiError(400, 'RegistrantProfileNotAudited', 'The registrant profile is not verified.');
    const taskNo = randomUUID();
    const reason = this.failingTasks.get(p.DomainName!);
    this.tasks.set(taskNo, { domain: p.DomainName!, code: reason ? 3 : 1, ...(reason ? { reason } : {}) });
    if (!reason) domain.realNameStatus = 'AUDITING';
    return ok({ TaskNo: taskNo });
  }
}
