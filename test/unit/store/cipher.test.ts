import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCipher, DataKeyError, loadDataKey } from '../../../src/store/cipher.ts';

describe('cipher', () => {
  const cipher = createCipher(randomBytes(32));

  it('opens what it sealed, including Chinese text', () => {
    expect(cipher.open(cipher.seal('{"name":"王小明·Ana"}'))).toBe('{"name":"王小明·Ana"}');
  });

  it('seals the same text differently each time and never in plain text', () => {
    const [a, b] = [cipher.seal('11010519491231002X'), cipher.seal('11010519491231002X')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain('11010519491231002X');
  });

  it('refuses another key, a tampered record and a foreign format with DataKeyError', () => {
    const sealed = cipher.seal('secret');
    expect(() => createCipher(randomBytes(32)).open(sealed)).toThrow(DataKeyError);
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.open(`v1.${raw.toString('base64')}`)).toThrow(DataKeyError);
    expect(() => cipher.open('{"value":1}')).toThrow(DataKeyError);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => createCipher(randomBytes(16))).toThrow(expect.objectContaining({ code: 'config_invalid' }));
  });

  it('uses DVBOT_DATA_KEY as hex when given', () => {
    expect(loadDataKey({ DVBOT_DATA_DIR: '/nonexistent', DVBOT_DATA_KEY: '0f'.repeat(32) })).toEqual(Buffer.alloc(32, 0x0f));
  });
});
