import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalQueryString, formatAcsDate, percentEncode, signRequest } from '../../../../src/registrar/aliyun/sign.ts';

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const input = {
  method: 'POST' as const,
  host: 'domain.aliyuncs.com',
  path: '/',
  action: 'QueryDomainByDomainName',
  version: '2018-01-29',
  query: { Lang: 'en', DomainName: 'example.com', Note: "a b*(c)!'~" },
  body: '',
  date: '2024-05-01T02:03:04Z',
  nonce: 'nonce-1',
  contentType: 'application/x-www-form-urlencoded',
  credentials: { accessKeyId: 'LTAI_TEST', accessKeySecret: 'test-secret' },
};

// Written out by hand from the V3 spec: sorted query with !'()* escaped, sorted lower-case headers each ending in \n.
const HAND_BUILT = [
  'POST',
  '/',
  'DomainName=example.com&Lang=en&Note=a%20b%2A%28c%29%21%27~',
  'content-type:application/x-www-form-urlencoded',
  'host:domain.aliyuncs.com',
  'x-acs-action:QueryDomainByDomainName',
  `x-acs-content-sha256:${EMPTY_SHA256}`,
  'x-acs-date:2024-05-01T02:03:04Z',
  'x-acs-signature-nonce:nonce-1',
  'x-acs-version:2018-01-29',
  '',
  'content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version',
  EMPTY_SHA256,
].join('\n');

describe('ACS3-HMAC-SHA256 signing', () => {
  it('builds the canonical request exactly as the spec lays it out', () => {
    expect(signRequest(input).canonicalRequest).toBe(HAND_BUILT);
  });

  it('signs HMAC-SHA256(secret, "ACS3-HMAC-SHA256\\n" + hex(sha256(canonical)))', () => {
    const hashed = createHash('sha256').update(HAND_BUILT).digest('hex');
    const expected = createHmac('sha256', 'test-secret').update(`ACS3-HMAC-SHA256\n${hashed}`).digest('hex');
    const signed = signRequest(input);
    expect(signed.signature).toBe(expected);
    // Computed separately with printf | sha256sum and `openssl dgst -sha256 -hmac test-secret`.
    expect(signed.signature).toBe('1b22020412e5871884fef2ca352327b114c3c10823e099663de63ba28b743b35');
    expect(signed.headers.authorization).toBe(
      `ACS3-HMAC-SHA256 Credential=LTAI_TEST,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${expected}`,
    );
  });

  it('hashes the form body into x-acs-content-sha256', () => {
    const body = 'IdentityCredential=abc%2B%2F%3D';
    const signed = signRequest({ ...input, body });
    expect(signed.headers['x-acs-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));
    expect(signed.canonicalRequest.endsWith(`\n${createHash('sha256').update(body).digest('hex')}`)).toBe(true);
  });

  it('changes the signature when the secret changes', () => {
    const other = signRequest({ ...input, credentials: { ...input.credentials, accessKeySecret: 'other' } });
    expect(other.signature).not.toBe(signRequest(input).signature);
  });
});

describe('percent-encoding and formats', () => {
  it('escapes what encodeURIComponent leaves alone, and UTF-8', () => {
    expect(percentEncode("!'()*")).toBe('%21%27%28%29%2A');
    expect(percentEncode('浙江 a+b/c=~')).toBe('%E6%B5%99%E6%B1%9F%20a%2Bb%2Fc%3D~');
  });

  it('sorts keys by code unit, so Name.10 follows Name.1 and precedes Name.2', () => {
    expect(canonicalQueryString({ 'Name.2': 'b', 'Name.10': 'j', 'Name.1': 'a', Action: 'x' })).toBe('Action=x&Name.1=a&Name.10=j&Name.2=b');
  });

  it('formats x-acs-date without milliseconds', () => {
    expect(formatAcsDate(new Date(Date.UTC(2024, 4, 1, 2, 3, 4, 567)))).toBe('2024-05-01T02:03:04Z');
  });
});
