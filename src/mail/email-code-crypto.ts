import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { EmailCodeDeps } from '../domain/email-code.ts';

/**
 * Cryptographic randomness and hashing for email codes. With a secret (e.g. the data key) the digest is an HMAC, so a
 * leaked record cannot be brute-forced over the million possible codes without the key; without one it is a salted SHA-256.
 */
export function createEmailCodeDeps(secret?: Uint8Array): EmailCodeDeps {
  const hash = secret
    ? (input: string) => createHmac('sha256', secret).update(input).digest('hex')
    : (input: string) => createHash('sha256').update(input).digest('hex');
  return { randomBytes: (size) => randomBytes(size), hash };
}
