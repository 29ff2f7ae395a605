import { fromPromise } from 'xstate';
import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { Profile } from '../../src/domain/profile-fields.ts';
import type { EnglishProfile } from '../../src/domain/english-profile.ts';
import type { EmailCodeCheck, EmailCodeRecord } from '../../src/domain/email-code.ts';
import type { AssociationResult, DomainState, ProfileState } from '../../src/registrar/types.ts';
import type { Lang } from '../../src/i18n/localized.ts';
import type { MergeOutcome, PhotoOutcome, StoredPhoto, UploadRef } from '../../src/documents/types.ts';
import type { EmailSendOutcome } from '../../src/verification-io.ts';
import type { HandoffRequest } from '../../src/handoff/types.ts';
import type { UserRelay } from '../../src/handoff/desk.ts';

/** A code was sent, or why no new one was sent yet. */
export type { EmailSendOutcome };

/** Everything the registrar needs, taken from the dialog's context. */
export type SubmissionInput = { conversationId: string; attempt: number; kind: RegistrantKind; profile: Profile; english: EnglishProfile; photoBlobId: string };

/** A summary for a support agent; personal data masked. */
export type HandoffInput = HandoffRequest;

/** Where the request stands: place in the queue, and when support opens if it is closed now. */
export type HandoffQueued = { position: number; opensAt?: string; hours?: string };

function notProvided(name: string): never {
  throw new Error(`${name} not provided: give it with machine.provide() in src/main.ts`);
}

/** I/O the dialog needs, declared as stubs; the composition root provides the real ones. Keep each idempotent: a restored snapshot re-runs an unfinished invoke. */
export const actorStubs = {
  sendEmailCode: fromPromise<EmailSendOutcome, { email: string; lang: Lang; previous?: EmailCodeRecord }>(async () => notProvided('sendEmailCode')),
  verifyEmailCode: fromPromise<EmailCodeCheck, { record: EmailCodeRecord; input: string }>(async () => notProvided('verifyEmailCode')),
  inspectUploads: fromPromise<PhotoOutcome[], { uploads: UploadRef[]; document: string }>(async () => notProvided('inspectUploads')),
  mergePhotos: fromPromise<MergeOutcome, { front: StoredPhoto; back: StoredPhoto }>(async () => notProvided('mergePhotos')),
  submitProfile: fromPromise<{ profileId: string }, SubmissionInput>(async () => notProvided('submitProfile')),
  checkProfile: fromPromise<ProfileState | undefined, { profileId: string; documents: string[] }>(async () => notProvided('checkProfile')),
  deleteDocuments: fromPromise<void, { documents: string[] }>(async () => notProvided('deleteDocuments')),
  associateDomains: fromPromise<{ taskNo: string; results: AssociationResult[] }, { conversationId: string; profileId: string; domains: string[] }>(async () => notProvided('associateDomains')),
  checkDomains: fromPromise<(DomainState | undefined)[], { domains: string[] }>(async () => notProvided('checkDomains')),
  requestHuman: fromPromise<HandoffQueued, HandoffInput>(async () => notProvided('requestHuman')),
  relayToAgent: fromPromise<UserRelay, { conversationId: string; text: string }>(async () => notProvided('relayToAgent')),
  checkPhotoForAgent: fromPromise<PhotoOutcome[], { conversationId: string; uploads: UploadRef[]; document: string }>(async () => notProvided('checkPhotoForAgent')),
  acceptHeldPhoto: fromPromise<StoredPhoto | undefined, { blobId: string; reason: string }>(async () => notProvided('acceptHeldPhoto')),
  leaveHandoff: fromPromise<void, { conversationId: string }>(async () => notProvided('leaveHandoff')),
  diagnose: fromPromise<string[], { domains: string[]; profileId?: string; lang: Lang }>(async () => notProvided('diagnose')),
};
