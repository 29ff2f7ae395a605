/** Minimal MIME decoding for assertions: encoded-word headers and quoted-printable / base64 text parts. */

const decodeHex = (s: string) => Buffer.from(s.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
const decodeQ = (s: string) => decodeHex(s.replace(/_/g, ' '));

/** The unfolded, decoded value of a header. */
export function header(raw: string, name: string): string | undefined {
  const match = new RegExp(`^${name}:(.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(raw);
  if (!match?.[1]) return undefined;
  return match[1].replace(/\r\n[ \t]/g, ' ').trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?(.*?)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQ(data));
}

/** The decoded text/plain part of a message. */
export function textBody(raw: string): string {
  const part = /Content-Type: text\/plain[^\r\n]*\r\nContent-Transfer-Encoding: ([\w-]+)\r\n\r\n([\s\S]*?)(?:\r\n--|$)/i.exec(raw);
  if (!part?.[1] || part[2] === undefined) throw new Error('no text/plain part');
  const [, encoding, body] = part;
  if (encoding.toLowerCase() === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding.toLowerCase() === 'quoted-printable') return decodeHex(body.replace(/=\r\n/g, ''));
  return body;
}
