import { FAILURE_REASONS } from '../failure-reasons.ts';
import type { DomainState, FailReason, ProfileState, RealNameStatus } from '../types.ts';
import { domainKind } from './outcomes.ts';
import type { AssociationRecord, DomainRecord, ProfileRecord } from './records.ts';

const iso = (ms: number) => new Date(ms).toISOString();

type Review = { status: 'AUDITING' | 'SUCCEED' | 'FAILED'; decidedAt: number; failReasons: FailReason[] };

/** Where a review started at `submittedAt` stands at `now`: AUDITING until `reviewMs` have passed, then its outcome. */
function review(r: Pick<AssociationRecord, 'submittedAt' | 'outcome'>, now: number, reviewMs: number): Review {
  const decidedAt = r.submittedAt + reviewMs;
  if (now < decidedAt) return { status: 'AUDITING', decidedAt: r.submittedAt, failReasons: [] };
  if (r.outcome.status === 'SUCCEED') return { status: 'SUCCEED', decidedAt, failReasons: [] };
  return { status: 'FAILED', decidedAt, failReasons: [{ date: iso(decidedAt), reason: FAILURE_REASONS[r.outcome.reason].zh }] };
}

/** The profile's state at `now`. */
export function toProfileState(record: ProfileRecord, now: number, reviewMs: number): ProfileState {
  const { status, decidedAt, failReasons } = review(record, now, reviewMs);
  return { profileId: record.profileId, status, failReasons, submittedAt: iso(record.submittedAt), updatedAt: iso(decidedAt) };
}

/** EPP statuses: unverified domains are locked by the registry (serverHold); test kinds add their own locks. */
function eppStatuses(kind: ReturnType<typeof domainKind>, verified: boolean): string[] {
  const statuses = kind === 'clienthold' ? ['clientHold'] : [];
  if (!verified || kind === 'enhanced') statuses.push('serverHold');
  return statuses.length ? statuses : ['ok'];
}

/** The domain's state at `now`. */
export function toDomainState(record: DomainRecord, now: number, reviewMs: number): DomainState {
  const kind = domainKind(record.domain);
  const association = record.association && review(record.association, now, reviewMs);
  const realNameStatus: RealNameStatus = kind === 'verified' ? 'SUCCEED' : association?.status ?? 'NONAUDIT';
  const epp = eppStatuses(kind, realNameStatus === 'SUCCEED');
  return {
    domain: record.domain,
    realNameStatus,
    ...(record.association ? { profileId: record.association.profileId } : {}),
    associationStatus: kind === 'verified' ? 'SUCCEED' : association?.status ?? 'none',
    eppStatuses: epp,
    domainStatus: realNameStatus !== 'SUCCEED' ? 'Unverified' : epp.includes('ok') ? 'Normal' : 'Hold',
    failReasons: association?.failReasons ?? [],
  };
}
