import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The key a request's client is rate limited under: the socket's peer address, or, when the peer is one of
 * `trustedProxies`, the nearest X-Forwarded-For hop that is not a trusted proxy. X-Forwarded-For is ignored
 * otherwise, since any client can send it. IPv6 clients are keyed by their /64, which one subscriber usually holds whole.
 * @example clientAddressKey(req)                  // '203.0.113.7' or '2001:db8:0:1::/64'
 *          clientAddressKey(req, ['127.0.0.1'])   // behind a local reverse proxy
 */
export function clientAddressKey(req: IncomingMessage, trustedProxies: readonly string[] = []): string {
  const peer = normalize(req.socket.remoteAddress ?? '');
  const trusted = new Set(trustedProxies.map(normalize));
  if (!trusted.has(peer)) return toKey(peer);
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((hop) => normalize(hop.trim()));
  for (const hop of hops.reverse()) {
    if (!isIP(hop)) break; // a malformed hop was not written by our proxy: stop believing the header there
    if (!trusted.has(hop)) return toKey(hop);
  }
  return toKey(peer);
}

// Node reports IPv4 peers of a dual-stack socket as `::ffff:1.2.3.4`; a zone id (`%eth0`) says nothing about the client.
function normalize(address: string): string {
  const bare = address.split('%')[0]!.toLowerCase();
  return bare.startsWith('::ffff:') && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare;
}

function toKey(address: string): string {
  if (isIP(address) !== 6) return address || 'unknown';
  const [head = '', tail] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // an embedded IPv4 tail (`64:ff9b::1.2.3.4`) stands for two groups
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? 0 : 8 - width(headGroups) - width(tailGroups);
  const groups = [...headGroups, ...Array<string>(Math.max(0, zeros)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
