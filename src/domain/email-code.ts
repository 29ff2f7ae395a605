/**
 * One-time email codes: 6 digits, valid 10 minutes, 5 tries, a new code at most every 60 s and at most 5 times.
 * Pure: randomness and hashing are injected (src/mail/email-code-crypto.ts provides them), and only a salted hash of the
 * code is kept in the record, which is persisted with the conversation.
 */

/** The rules, in one place so the copy that explains them can quote the numbers. */
export const EMAIL_CODE_RULES = Object.freeze({ digits: 6, ttlMs: 10 * 60_000, attempts: 5, resendCooldownMs: 60_000, resends: 5 });

/** What is remembered about the code that was sent; never the code itself. */
export type EmailCodeRecord = {
  readonly salt: string;
  readonly digest: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly attemptsLeft: number;
  readonly resendAvailableAt: number;
  readonly resendsLeft: number;
};

/** Randomness and a one-way hash, injected so this module stays free of I/O and node:crypto. */
export type EmailCodeDeps = { readonly randomBytes: (size: number) => Uint8Array; readonly hash: (input: string) => string };

/** A freshly issued code (to send) and its record (to keep). */
export type IssuedEmailCode = { code: string; record: EmailCodeRecord };

/** The result of asking for another code. */
export type EmailCodeResend =
  | { ok: true; code: string; record: EmailCodeRecord }
  | { ok: false; reason: 'too_soon'; retryInSeconds: number }
  | { ok: false; reason: 'limit_reached' };

/** The result of checking what the user typed; `record` is the updated record to keep. */
export type EmailCodeCheck =
  | { ok: true }
  | { ok: false; reason: 'expired' | 'wrong' | 'locked' | 'malformed'; attemptsLeft: number; record: EmailCodeRecord };

const RANGE = 10 ** EMAIL_CODE_RULES.digits;
const UNBIASED_LIMIT = Math.floor(2 ** 32 / RANGE) * RANGE;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const digestOf = (hash: EmailCodeDeps['hash'], salt: string, code: string) => hash(`${salt}:${code}`);

/** Draws a uniform 6-digit code, rejecting the top of the 32-bit range that would bias low codes. */
function drawCode(randomBytes: EmailCodeDeps['randomBytes']): string {
  for (;;) {
    const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
    const value = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
    if (value < UNBIASED_LIMIT) return String(value % RANGE).padStart(EMAIL_CODE_RULES.digits, '0');
  }
}

function issue(now: number, deps: EmailCodeDeps, resendsLeft: number): IssuedEmailCode {
  const code = drawCode(deps.randomBytes);
  const salt = toHex(deps.randomBytes(16));
  const record: EmailCodeRecord = {
    salt, digest: digestOf(deps.hash, salt, code), issuedAt: now, expiresAt: now + EMAIL_CODE_RULES.ttlMs,
    attemptsLeft: EMAIL_CODE_RULES.attempts, resendAvailableAt: now + EMAIL_CODE_RULES.resendCooldownMs, resendsLeft,
  };
  return { code, record };
}

/** Issues the first code of a conversation. */
export function issueEmailCode(now: number, deps: EmailCodeDeps): IssuedEmailCode {
  return issue(now, deps, EMAIL_CODE_RULES.resends);
}

/** Issues a new code that replaces `previous` (its code stops working), within the cooldown and resend limits. */
export function resendEmailCode(previous: EmailCodeRecord, now: number, deps: EmailCodeDeps): EmailCodeResend {
  if (previous.resendsLeft <= 0) return { ok: false, reason: 'limit_reached' };
  if (now < previous.resendAvailableAt) return { ok: false, reason: 'too_soon', retryInSeconds: Math.ceil((previous.resendAvailableAt - now) / 1000) };
  return { ok: true, ...issue(now, deps, previous.resendsLeft - 1) };
}

/** Reads a typed code: full-width digits, spaces and dashes are fine ("１２３ ４５６"); undefined unless exactly 6 digits remain. */
export function normalizeCodeInput(input: string): string | undefined {
  const digits = input.normalize('NFKC').replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${EMAIL_CODE_RULES.digits}}$`).test(digits) ? digits : undefined;
}

/** Compares without an early exit, so timing does not tell how much of the digest matched. */
function sameDigest(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Checks a typed code; a malformed answer costs no attempt, the fifth wrong one locks the code until a resend. */
export function checkEmailCode(record: EmailCodeRecord, input: string, now: number, hash: EmailCodeDeps['hash']): EmailCodeCheck {
  const fail = (reason: 'expired' | 'wrong' | 'locked' | 'malformed', r = record) => ({ ok: false as const, reason, attemptsLeft: r.attemptsLeft, record: r });
  if (record.attemptsLeft <= 0) return fail('locked');
  if (now >= record.expiresAt) return fail('expired');
  const code = normalizeCodeInput(input);
  if (code === undefined) return fail('malformed');
  if (sameDigest(digestOf(hash, record.salt, code), record.digest)) return { ok: true };
  const next = { ...record, attemptsLeft: record.attemptsLeft - 1 };
  return fail(next.attemptsLeft === 0 ? 'locked' : 'wrong', next);
}
