import { Resolver } from 'node:dns/promises';

/** What public DNS says about a domain: its name servers and IPv4 addresses; `error` is the resolver's code. */
export type DnsLookup = { ns: string[]; a: string[]; error?: string };

const NO_RECORDS = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN']);

/**
 * Looks up the NS and A records of a domain with a short timeout (one try, 2 s by default), for "my website is
 * still inaccessible". Missing records are empty lists, not errors; `error` is set only when the lookup itself failed.
 */
export async function resolveDns(domain: string, timeoutMs = 2000): Promise<DnsLookup> {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  const [ns, a] = await Promise.allSettled([resolver.resolveNs(domain), resolver.resolve4(domain)]);
  const failure = [ns, a].find((r): r is PromiseRejectedResult => r.status === 'rejected' && !NO_RECORDS.has(codeOf(r.reason)));
  return {
    ns: ns.status === 'fulfilled' ? ns.value : [],
    a: a.status === 'fulfilled' ? a.value : [],
    ...(failure ? { error: codeOf(failure.reason) } : {}),
  };
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'EUNKNOWN';
}
