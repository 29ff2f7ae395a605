import { describe, expect, it } from 'vitest';
import {
  checkEmailCode, EMAIL_CODE_RULES, issueEmailCode, normalizeCodeInput, resendEmailCode, type EmailCodeDeps,
} from '../../../src/domain/email-code.ts';
import { createEmailCodeDeps } from '../../../src/mail/email-code-crypto.ts';

const T0 = 1_767_600_000_000;
const MIN = 60_000;

/** Deterministic bytes: each call returns the next queued buffer, then counts upward. */
function fakeDeps(queue: number[][] = []): EmailCodeDeps {
  let n = 0;
  return {
    randomBytes: (size) => Uint8Array.from(queue.shift() ?? Array.from({ length: size }, () => n++ & 0xff)),
    hash: (input) => `h(${input})`,
  };
}

describe('issueEmailCode', () => {
  it('turns 4 random bytes into a zero-padded 6-digit code and keeps only its salted hash', () => {
    const { code, record } = issueEmailCode(T0, fakeDeps([[0, 0, 0x30, 0x39]]));
    expect(code).toBe('012345');
    expect(record).toEqual({
      salt: '000102030405060708090a0b0c0d0e0f', digest: 'h(000102030405060708090a0b0c0d0e0f:012345)', issuedAt: T0,
      expiresAt: T0 + 10 * MIN, attemptsLeft: 5, resendAvailableAt: T0 + MIN, resendsLeft: 5,
    });
    expect(JSON.stringify(record)).not.toContain('"012345"');
  });

  it('redraws values at the top of the 32-bit range so every code is equally likely', () => {
    const { code } = issueEmailCode(T0, fakeDeps([[0xff, 0xff, 0xff, 0xff], [0, 0x0f, 0x42, 0x3f]]));
    expect(code).toBe('999999');
  });

  it('with real randomness gives 6 digits and different salts', () => {
    const deps = createEmailCodeDeps();
    const a = issueEmailCode(T0, deps);
    const b = issueEmailCode(T0, deps);
    expect(a.code).toMatch(/^\d{6}$/);
    expect(a.record.salt).not.toBe(b.record.salt);
    expect(a.record.digest).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('checkEmailCode', () => {
  const deps = createEmailCodeDeps(Buffer.from('secret'));
  const fresh = () => issueEmailCode(T0, deps);

  it('accepts the code, also typed with full-width digits and spaces', () => {
    const { code, record } = fresh();
    expect(checkEmailCode(record, code, T0, deps.hash)).toEqual({ ok: true });
    const wide = [...code].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    expect(checkEmailCode(record, ` ${wide.slice(0, 3)}\u3000${wide.slice(3)} `, T0, deps.hash)).toEqual({ ok: true });
    expect(checkEmailCode(record, `${code.slice(0, 3)}-${code.slice(3)}`, T0, deps.hash)).toEqual({ ok: true });
  });

  it('is valid until just before 10 minutes, then expired', () => {
    const { code, record } = fresh();
    expect(checkEmailCode(record, code, T0 + 10 * MIN - 1, deps.hash)).toEqual({ ok: true });
    expect(checkEmailCode(record, code, T0 + 10 * MIN, deps.hash)).toEqual({ ok: false, reason: 'expired', attemptsLeft: 5, record });
  });

  it('counts wrong codes down and locks on the fifth, after which even the right code is refused', () => {
    const { code, record } = fresh();
    const wrongCode = code === '000000' ? '111111' : '000000';
    let current = record;
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = checkEmailCode(current, wrongCode, T0, deps.hash);
      if (result.ok) throw new Error('a wrong code was accepted');
      seen.push(`${result.reason}:${result.attemptsLeft}`);
      current = result.record;
    }
    expect(seen).toEqual(['wrong:4', 'wrong:3', 'wrong:2', 'wrong:1', 'locked:0']);
    expect(checkEmailCode(current, code, T0, deps.hash)).toMatchObject({ ok: false, reason: 'locked', attemptsLeft: 0 });
  });

  it.each(['', '12345', '1234567', 'abcdef', '12345a', '１２３４５'])('calls %j malformed without using an attempt', (input) => {
    const { record } = fresh();
    expect(checkEmailCode(record, input, T0, deps.hash)).toEqual({ ok: false, reason: 'malformed', attemptsLeft: 5, record });
  });

  it('does not accept the code under another secret', () => {
    const { code, record } = fresh();
    expect(checkEmailCode(record, code, T0, createEmailCodeDeps(Buffer.from('other')).hash)).toMatchObject({ ok: false, reason: 'wrong' });
  });
});

describe('normalizeCodeInput', () => {
  it('keeps only six digits', () => {
    expect(normalizeCodeInput('１２３ ４５６')).toBe('123456');
    expect(normalizeCodeInput('12 34 5')).toBeUndefined();
  });
});

describe('resendEmailCode', () => {
  const deps = createEmailCodeDeps();

  it('waits 60 seconds between codes, saying how long is left', () => {
    const { record } = issueEmailCode(T0, deps);
    expect(resendEmailCode(record, T0 + 59_001, deps)).toEqual({ ok: false, reason: 'too_soon', retryInSeconds: 1 });
    expect(resendEmailCode(record, T0, deps)).toEqual({ ok: false, reason: 'too_soon', retryInSeconds: 60 });
  });

  it('replaces the old code: the new one works, the old one no longer does, attempts are fresh', () => {
    const first = issueEmailCode(T0, fakeDeps([[0, 0, 0, 1]]));
    const wrong = checkEmailCode(first.record, '999999', T0, (s) => `h(${s})`);
    if (wrong.ok) throw new Error('unexpected');
    const second = resendEmailCode(wrong.record, T0 + MIN, fakeDeps([[0, 0, 0, 2], Array(16).fill(1)]));
    if (!second.ok) throw new Error('resend refused');
    expect(second.code).toBe('000002');
    expect(second.record).toMatchObject({ attemptsLeft: 5, resendsLeft: 4, expiresAt: T0 + 11 * MIN, resendAvailableAt: T0 + 2 * MIN });
    expect(checkEmailCode(second.record, '000002', T0 + MIN, (s) => `h(${s})`)).toEqual({ ok: true });
    expect(checkEmailCode(second.record, '000001', T0 + MIN, (s) => `h(${s})`)).toMatchObject({ ok: false, reason: 'wrong' });
  });

  it(`allows ${EMAIL_CODE_RULES.resends} resends, then refuses`, () => {
    let { record } = issueEmailCode(T0, deps);
    let now = T0;
    for (let i = 0; i < 5; i++) {
      now += MIN;
      const next = resendEmailCode(record, now, deps);
      if (!next.ok) throw new Error(`resend ${i + 1} refused`);
      record = next.record;
    }
    expect(record.resendsLeft).toBe(0);
    expect(resendEmailCode(record, now + MIN, deps)).toEqual({ ok: false, reason: 'limit_reached' });
  });

  it('a locked code can be replaced by a resend', () => {
    const { record } = issueEmailCode(T0, deps);
    const resent = resendEmailCode({ ...record, attemptsLeft: 0 }, T0 + MIN, deps);
    expect(resent).toMatchObject({ ok: true, record: { attemptsLeft: 5 } });
  });
});
