import { createHash, createHmac } from 'node:crypto';

/** The only signature algorithm this client speaks (Alibaba Cloud "V3" request signing). */
export const SIGNATURE_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Flat request parameters as they go on the wire (lists already flattened to `Name.1`, `Name.2`, …). */
export type WireParams = Record<string, string>;

/** An AccessKey pair; the secret only ever feeds the HMAC. */
export type Credentials = { accessKeyId: string; accessKeySecret: string };

/** What is needed to sign one RPC-style request. */
export type SignInput = {
  method: 'POST';
  host: string;
  path: string;
  action: string;
  version: string;
  query: WireParams;
  body: string;
  /** `x-acs-date`, UTC `YYYY-MM-DDTHH:mm:ssZ`. */
  date: string;
  nonce: string;
  contentType: string;
  credentials: Credentials;
};

/** The headers to send (including Authorization) and the canonical request they were computed from. */
export type SignedRequest = { headers: Record<string, string>; canonicalRequest: string; signature: string };

/**
 * RFC 3986 percent-encoding as the V3 spec wants it: `encodeURIComponent` leaves `!'()*` alone, the API does not.
 * @example percentEncode("a b*(c)") // "a%20b%2A%28c%29"
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `k=v&k=v` with keys sorted by code unit and both sides percent-encoded; also the form-body encoding. */
export function canonicalQueryString(params: WireParams): string {
  return Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] ?? '')}`)
    .join('&');
}

/** Lower-case hex SHA-256. */
export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `x-acs-date` format: ISO 8601 UTC without milliseconds. */
export function formatAcsDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Signs one request: the signed headers are host, content-type and every x-acs-* header, lower-cased and sorted. */
export function signRequest(input: SignInput): SignedRequest {
  const signed: Record<string, string> = {
    host: input.host,
    'content-type': input.contentType,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': input.date,
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': sha256Hex(input.body),
  };
  const names = Object.keys(signed).sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((name) => `${name}:${(signed[name] ?? '').trim()}\n`).join('');
  const canonicalRequest = [
    input.method,
    input.path,
    canonicalQueryString(input.query),
    canonicalHeaders,
    signedHeaders,
    signed['x-acs-content-sha256'],
  ].join('\n');
  const stringToSign = `${SIGNATURE_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
  const signature = createHmac('sha256', input.credentials.accessKeySecret).update(stringToSign).digest('hex');
  const authorization =
    `${SIGNATURE_ALGORITHM} Credential=${input.credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { headers: { ...signed, authorization }, canonicalRequest, signature };
}
