import type { FailureCode } from '../failure-reasons.ts';
import type { ProfileSubmission } from '../types.ts';

/** What a simulated review decides, fixed at submission time so that every read agrees. */
export type SimulatedOutcome = { status: 'SUCCEED' } | { status: 'FAILED'; reason: FailureCode };

/** How a test domain behaves, chosen by the prefix of its first label. */
export type DomainKind = 'normal' | 'unregistered' | 'clienthold' | 'enhanced' | 'sensitive' | 'verified';

const PERSONAL_CREDENTIALS = new Set(['SFZ', 'HZ', 'TXZ', 'TW', 'WAIGUOREN', 'HKMOJUMIN']);

/** Credential numbers whose characters before the last one (usually a check digit) end like this fail with that reason. */
export const TEST_CREDENTIAL_ENDINGS: Readonly<Record<string, FailureCode>> = Object.freeze({
  '999': 'data_check_failed',
  '998': 'number_not_found',
  '997': 'not_in_database',
  '996': 'unclear',
  '995': 'incomplete',
  '994': 'identity_invalid',
  '993': 'overseas_user',
  '992': 'contact_invalid',
});

const PREFIXES: readonly [string, DomainKind][] = [
  ['unregistered-', 'unregistered'],
  ['clienthold-', 'clienthold'],
  ['enhanced-', 'enhanced'],
  ['sensitive-', 'sensitive'],
  ['verified-', 'verified'],
];

const credentialMismatch = (s: ProfileSubmission) => {
  const personal = PERSONAL_CREDENTIALS.has(s.credentialType);
  return s.registrantType === 'individual' ? !personal && s.credentialType !== 'QT' : personal;
};

const endingFailure = (credentialNo: string): FailureCode | undefined => {
  const body = credentialNo.normalize('NFKC').trim().toUpperCase().slice(0, -1);
  return TEST_CREDENTIAL_ENDINGS[body.slice(-3)];
};

/** Decides a simulated profile review from the submission alone (see the table in simulated.ts). */
export function decideProfile(s: ProfileSubmission): SimulatedOutcome {
  if (!s.credentialImage) return { status: 'FAILED', reason: 'no_document' };
  if (credentialMismatch(s)) return { status: 'FAILED', reason: 'wrong_type_or_length' };
  if (/FAIL|失败/.test(`${s.name} ${s.nameEn}`)) return { status: 'FAILED', reason: 'holder_mismatch' };
  const reason = endingFailure(s.credentialNo);
  return reason ? { status: 'FAILED', reason } : { status: 'SUCCEED' };
}

/** The test behaviour of a (normalized) domain. */
export function domainKind(domain: string): DomainKind {
  return PREFIXES.find(([prefix]) => domain.startsWith(prefix))?.[1] ?? 'normal';
}

const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** Lower-cases a domain, maps ideographic dots, drops a trailing dot; undefined when it is not a valid domain name. */
export function normalizeDomain(input: string): string | undefined {
  const domain = input.normalize('NFKC').trim().toLowerCase().replace(/[。｡]/g, '.').replace(/\.$/, '');
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2) return undefined;
  if (!labels.every((l) => LABEL.test(l))) return undefined;
  return /^\d+$/.test(labels.at(-1) ?? '') ? undefined : domain;
}
