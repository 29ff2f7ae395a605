import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { RegistrarError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { ErrorBody } from './responses.ts';
import { canonicalQueryString, formatAcsDate, signRequest, type Credentials, type WireParams } from './sign.ts';

/** The Domain API version every call is made against. */
export const DOMAIN_API_VERSION = '2018-01-29';

/** Only the log levels the client uses, so any pino logger (or child) fits. */
export type ClientLogger = Pick<Logger, 'debug' | 'warn'>;

/** Settings of the low-level Domain API client. */
export type AliyunClientOptions = Credentials & {
  endpoint: string;
  timeoutMs: number;
  maxRetries: number;
  logger: ClientLogger;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Language of the API's error messages. */
  lang?: 'en' | 'zh';
  /** First backoff step; doubles per retry, with jitter. */
  retryBaseMs?: number;
};

/** Parameters of one call: everything in the query, except what must travel in the form body (IdentityCredential). */
export type CallInput = { query: WireParams; body?: WireParams };

/** A failure the API reported with its own error code (`apiCode`, e.g. `Throttling.User`). */
export class AliyunApiError extends RegistrarError {
  constructor(
    message: string,
    readonly apiCode: string,
    readonly httpStatus: number,
    readonly requestId: string | undefined,
  ) {
    super(message);
  }
}

/** Calls one Domain API action and returns its answer parsed by `schema`; throws RegistrarError / AliyunApiError. */
export type AliyunCall = <T>(action: string, input: CallInput, schema: z.ZodType<T>) => Promise<T>;

type Attempt = { ok: true; json: unknown } | { ok: false; error: RegistrarError; retry: boolean };

const MAX_BACKOFF_MS = 10_000;

// Codes the API uses for "try again later"; everything else is a definite answer.
const isRetryableCode = (code: string) => code.startsWith('Throttling') || code === 'ServiceUnavailable' || code === 'InternalError';

const HINTS: Record<string, string> = {
  SignatureDoesNotMatch: 'the request signature was rejected: check ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  IncompleteSignature: 'the request signature was rejected: check ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'InvalidAccessKeyId.NotFound': 'the AccessKey ID is unknown: check ALIBABA_CLOUD_ACCESS_KEY_ID',
  'InvalidAccessKeyId.Inactive': 'the AccessKey is disabled: enable it or set another ALIBABA_CLOUD_ACCESS_KEY_ID',
  'InvalidTimeStamp.Expired': 'the request date was refused: check this machine\'s clock',
  'Forbidden.RAM': 'the AccessKey lacks the RAM permission for this action (e.g. AliyunDomainFullAccess)',
};

/** Human-readable text for an API error; the code decides, the API's own message is kept for context. */
function describeApiError(action: string, status: number, body: z.infer<typeof ErrorBody>): string {
  const hint = HINTS[body.Code] ?? (body.Code.startsWith('Throttling') ? 'rate limited by Alibaba Cloud' : 'the API refused the request');
  return `Alibaba Cloud ${action} failed: ${hint} [${body.Code}: ${body.Message ?? 'no message'}] (HTTP ${status}, RequestId ${body.RequestId ?? 'none'})`;
}

/** Creates the signed, retrying, timeout-bounded caller for the Domain API. */
export function createAliyunClient(options: AliyunClientOptions): AliyunCall {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const base = new URL(options.endpoint);
  const retryBaseMs = options.retryBaseMs ?? 300;

  async function attemptOnce(action: string, input: CallInput, idempotent: boolean): Promise<Attempt> {
    const query = { ...input.query, Lang: options.lang ?? 'en' };
    const body = input.body ? canonicalQueryString(input.body) : '';
    const { headers } = signRequest({
      method: 'POST', host: base.host, path: '/', action, version: DOMAIN_API_VERSION, query, body,
      date: formatAcsDate(now()), nonce: randomUUID(), contentType: 'application/x-www-form-urlencoded', credentials: options,
    });
    const { host: _host, ...sent } = headers; // fetch derives Host from the URL, which is exactly what was signed
    let status: number;
    let raw: string;
    try {
      const response = await fetchImpl(new URL(`/?${canonicalQueryString(query)}`, base), {
        method: 'POST', headers: { ...sent, accept: 'application/json' }, body, signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = response.status;
      raw = await response.text();
    } catch (cause) {
      const timedOut = cause instanceof Error && cause.name === 'TimeoutError';
      const why = timedOut ? `no answer within ${options.timeoutMs} ms` : `network error (${cause instanceof Error ? cause.message : String(cause)})`;
      // A write that timed out may have been applied: only reads are repeated blindly.
      return { ok: false, error: new RegistrarError(`Alibaba Cloud ${action} failed: ${why}`, { cause }), retry: idempotent };
    }
    return interpret(action, status, raw);
  }

  async function call<T>(action: string, input: CallInput, schema: z.ZodType<T>): Promise<T> {
    const idempotent = action.startsWith('Query');
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      const outcome = await attemptOnce(action, input, idempotent);
      if (outcome.ok) {
        options.logger.debug({ action, attempt, ms: Date.now() - started }, 'registrar call done');
        return parseAnswer(action, outcome.json, schema);
      }
      const apiCode = outcome.error instanceof AliyunApiError ? outcome.error.apiCode : undefined;
      if (!outcome.retry || attempt >= options.maxRetries) {
        options.logger.warn({ action, attempt, apiCode }, 'registrar call failed');
        throw outcome.error;
      }
      const step = Math.min(MAX_BACKOFF_MS, retryBaseMs * 2 ** attempt);
      const delayMs = Math.round(step / 2 + (Math.random() * step) / 2);
      options.logger.warn({ action, attempt, apiCode, delayMs }, 'registrar call will be retried');
      await sleep(delayMs);
    }
  }

  return call;
}

/** Turns a raw HTTP answer into JSON or a classified error. */
function interpret(action: string, status: number, raw: string): Attempt {
  const transient = status === 429 || status >= 500;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    const error = new RegistrarError(`Alibaba Cloud ${action} failed: the answer (HTTP ${status}) is not JSON`, { cause });
    return { ok: false, error, retry: transient };
  }
  if (status >= 200 && status < 300) return { ok: true, json };
  const envelope = ErrorBody.safeParse(json);
  if (!envelope.success) {
    const error = new RegistrarError(`Alibaba Cloud ${action} failed: HTTP ${status} without an error code`);
    return { ok: false, error, retry: transient };
  }
  const { Code, RequestId } = envelope.data;
  const error = new AliyunApiError(describeApiError(action, status, envelope.data), Code, status, RequestId);
  return { ok: false, error, retry: transient || isRetryableCode(Code) };
}

/** Validates an answer at the edge, so a changed API fails here with a clear message instead of deep in the dialog. */
function parseAnswer<T>(action: string, json: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new RegistrarError(`Alibaba Cloud ${action} returned an unexpected answer:\n${z.prettifyError(parsed.error)}`);
}
