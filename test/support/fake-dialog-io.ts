import { fromPromise } from 'xstate';
import type { EmailCodeRecord } from '../../src/domain/email-code.ts';
import type { DomainState, ProfileState, RealNameStatus } from '../../src/registrar/types.ts';
import type { PhotoOutcome } from '../../src/documents/types.ts';
import type { PhotoReading } from '../../src/documents/reading/types.ts';
import { verificationMachine } from '../../dialogs/verification/machine.ts';
import type { EmailSendOutcome } from '../../dialogs/verification/actors.ts';

/** The code the fake mailer "sends". */
export const FAKE_EMAIL_CODE = '123456';

const record = (): EmailCodeRecord => ({ salt: 's', digest: 'd', issuedAt: Date.now(), expiresAt: Date.now() + 600_000, attemptsLeft: 5, resendAvailableAt: 0, resendsLeft: 5 });

/** Scripted answers of the fake I/O; tests change them between turns. */
export type FakeWorld = {
  photoOk: (name: string) => boolean;
  profileStatus: RealNameStatus;
  failReasons: string[];
  domainStatus: 'AUDITING' | 'SUCCEED' | 'FAILED';
  emailsSent: number;
  submissions: number;
  handoffs: number;
  mailFails: boolean;
  /** The registrar refuses submissions (an outage). */
  submitFails?: boolean;
  deleted: string[];
  /** What the dialog passed to the agent while handed off; `agent` set = an agent holds the conversation. */
  relayed: string[];
  agent?: string;
  /** What reading an accepted photo finds (nothing read when absent). */
  reading?: (name: string) => PhotoReading;
};

/** The verification dialog with every invoked actor replaced by a scripted fake (dialog tests only). */
export function fakeDialog(world: Partial<FakeWorld> = {}) {
  const w: FakeWorld = { photoOk: (n) => !n.includes('bad'), profileStatus: 'SUCCEED', failReasons: [], domainStatus: 'SUCCEED', emailsSent: 0, submissions: 0, handoffs: 0, mailFails: false, deleted: [], relayed: [], ...world };
  const machine = verificationMachine.provide({
    actors: {
      sendEmailCode: fromPromise(async (): Promise<EmailSendOutcome> => {
        if (w.mailFails) throw new Error('smtp down');
        w.emailsSent += 1;
        return { ok: true as const, record: record() };
      }),
      verifyEmailCode: fromPromise(async ({ input }) => {
        if (input.input.trim() === FAKE_EMAIL_CODE) return { ok: true as const };
        if (!/^\d{6}$/.test(input.input.trim())) return { ok: false as const, reason: 'malformed' as const, attemptsLeft: input.record.attemptsLeft, record: input.record };
        const next = { ...input.record, attemptsLeft: input.record.attemptsLeft - 1 };
        return { ok: false as const, reason: next.attemptsLeft ? ('wrong' as const) : ('locked' as const), attemptsLeft: next.attemptsLeft, record: next };
      }),
      inspectUploads: fromPromise(async ({ input }) => input.uploads.map((u): PhotoOutcome => (w.photoOk(u.name ?? '')
        ? { ok: true, photo: { blobId: u.blobId, width: 1600, height: 1000, bytes: 300_000, warnings: [] }, warnings: [], fixed: [], ...(w.reading ? { reading: w.reading(u.name ?? '') } : {}) }
        : { ok: false, problems: [{ en: 'The photo is blurry: hold the phone still.', zh: '照片模糊：请拿稳手机。' }] }))),
      mergePhotos: fromPromise(async ({ input }) => ({ ok: true as const, photo: { ...input.front, blobId: 'merged' }, preview: { bytes: Buffer.from('jpeg'), contentType: 'image/jpeg' } })),
      submitProfile: fromPromise(async () => {
        if (w.submitFails) throw new Error('registrar down');
        w.submissions += 1;
        return { profileId: `p${w.submissions}` };
      }),
      checkProfile: fromPromise(async ({ input }): Promise<ProfileState | undefined> => ({
        profileId: input.profileId, status: w.profileStatus, failReasons: w.failReasons.map((reason) => ({ date: '2026-11-28', reason })), updatedAt: '',
      })),
      associateDomains: fromPromise(async ({ input }) => ({ taskNo: 't1', results: input.domains.map((domain) => ({ domain, accepted: true })) })),
      checkDomains: fromPromise(async ({ input }) => input.domains.map((domain): DomainState => ({
        domain, realNameStatus: w.domainStatus === 'SUCCEED' ? 'SUCCEED' : 'NONAUDIT', associationStatus: w.domainStatus,
        eppStatuses: w.domainStatus === 'SUCCEED' ? ['ok'] : ['serverHold'], domainStatus: w.domainStatus === 'SUCCEED' ? 'Normal' : 'Hold',
        failReasons: w.domainStatus === 'FAILED' ? [{ date: '2026-11-28', reason: '域名名称含有敏感词' }] : [],
      }))),
      deleteDocuments: fromPromise(async ({ input }) => { w.deleted.push(...input.documents); }),
      diagnose: fromPromise(async ({ input }) => input.domains.map((d) => `${d}: diagnosed (${input.lang})`)),
      requestHuman: fromPromise(async () => {
        w.handoffs += 1;
        return { position: 1 };
      }),
      relayToAgent: fromPromise(async ({ input }) => {
        w.relayed.push(input.text);
        return w.agent ? { state: 'claimed' as const, claimedBy: w.agent } : { state: 'waiting' as const, position: 1 };
      }),
      checkPhotoForAgent: fromPromise(async ({ input }) => input.uploads.map((u): PhotoOutcome => (w.photoOk(u.name ?? '')
        ? { ok: true, photo: { blobId: u.blobId, width: 1600, height: 1000, bytes: 300_000, warnings: [] }, warnings: [], fixed: [] }
        : { ok: false, problems: [{ en: 'The photo is blurry: hold the phone still.', zh: '照片模糊：请拿稳手机。' }] }))),
      acceptHeldPhoto: fromPromise(async ({ input }) => (input.blobId.startsWith('held:')
        ? { blobId: input.blobId.replace('held:', 'doc:override:'), width: 0, height: 0, bytes: 1000, warnings: ['agent_override'] } : undefined)),
      leaveHandoff: fromPromise(async () => {}),
    },
  });
  return { machine, world: w };
}
