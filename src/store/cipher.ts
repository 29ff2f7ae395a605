import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'v1.';
const IV_POOL_BYTES = IV_BYTES * 1024;

/** The stored data cannot be decrypted with the configured key (wrong DVBOT_DATA_KEY or data.key, or a damaged record). */
export class DataKeyError extends AppError {
  constructor(cause?: unknown) {
    super(
      'store_unavailable',
      'stored data cannot be decrypted: DVBOT_DATA_KEY (or <DVBOT_DATA_DIR>/data.key) is not the key this data was written with',
      { cause },
    );
  }
}

/** Seals and opens strings with AES-256-GCM; the output is `v1.` + base64(iv | tag | ciphertext). */
export type Cipher = { seal(plain: string): string; open(sealed: string): string };

/** Creates a cipher over a 32-byte key. */
export function createCipher(key: Buffer): Cipher {
  if (key.length !== 32) throw new AppError('config_invalid', `data key must be 32 bytes, got ${key.length}`);
  let pool = Buffer.alloc(0);
  let offset = IV_POOL_BYTES;
  const nextIv = () => {
    // one getrandom call per 1024 records: per-call randomBytes was a visible share of an in-memory turn
    if (offset === IV_POOL_BYTES) [pool, offset] = [randomBytes(IV_POOL_BYTES), 0];
    offset += IV_BYTES;
    return pool.subarray(offset - IV_BYTES, offset);
  };
  return {
    seal(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new DataKeyError(new Error('record is not in the sealed format'));
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new DataKeyError(error); // GCM authentication failure: wrong key or tampered data
      }
    },
  };
}

/**
 * Returns the data key: DVBOT_DATA_KEY when set, else `<dataDir>/data.key`, generated once (mode 0600, directory 0700).
 * @example loadDataKey({ DVBOT_DATA_DIR: './data', DVBOT_DATA_KEY: undefined })
 */
export function loadDataKey(config: { DVBOT_DATA_DIR: string; DVBOT_DATA_KEY?: string | undefined }): Buffer {
  if (config.DVBOT_DATA_KEY) return Buffer.from(config.DVBOT_DATA_KEY, 'hex');
  mkdirSync(config.DVBOT_DATA_DIR, { recursive: true, mode: 0o700 });
  const file = join(config.DVBOT_DATA_DIR, 'data.key');
  try {
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' }); // 'wx': never replace a key
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new AppError('config_invalid', `cannot create ${file}`, { cause: error });
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new AppError('config_invalid', `${file} must hold 64 hex characters`);
  return Buffer.from(hex, 'hex');
}
