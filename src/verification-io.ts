import { createHash } from 'node:crypto';
import type { Lang } from './i18n/localized.ts';
import type { Store } from './store/types.ts';
import type { Registrar } from './registrar/types.ts';
import { toProfileSubmission } from './registrar/submission.ts';
import { savedProfileId } from './registrar/errors.ts';
import type { Mailer } from './mail/mailer.ts';
import { verificationEmail } from './mail/verification-email.ts';
import { checkEmailCode, issueEmailCode, resendEmailCode, type EmailCodeDeps, type EmailCodeRecord } from './domain/email-code.ts';
import type { DocumentKind } from './domain/documents.ts';
import type { EnglishProfile } from './domain/english-profile.ts';
import type { Profile } from './domain/profile-fields.ts';
import type { RegistrantKind } from './domain/registrant-kinds.ts';
import type { DocumentPhotos } from './documents/document-photos.ts';
import type { StoredPhoto, UploadRef } from './documents/types.ts';
import { diagnoseDomain } from './faq/diagnose.ts';
import { resolveDns } from './faq/dns.ts';
import { followReview } from './notify/review-watcher.ts';
import type { Desk } from './handoff/desk.ts';
import { createHandoffIo } from './handoff/handoff-io.ts';

/** Codes one address may receive per hour, whatever conversation asks: the bot must not be a way to flood an inbox. */
const MAIL_PER_ADDRESS_PER_HOUR = 5;
const HOUR_MS = 3_600_000;

/** A code was sent, or why no new one was sent yet. */
export type EmailSendOutcome =
  | { ok: true; record: EmailCodeRecord }
  | { ok: false; reason: 'too_soon'; retryInSeconds: number }
  | { ok: false; reason: 'limit_reached' };

type Deps = {
  store: Store; registrar: Registrar; mailer: Mailer; codes: EmailCodeDeps; photos: DocumentPhotos;
  /** The agent desk, where requests for a person go. */
  desk: Desk;
  retentionMs: number;
  /** How long requests for a person and submission records are kept (the conversation's own lifetime). */
  handoffTtlMs: number;
};

/**
 * The I/O of the verification dialog, as plain async functions (src/main.ts wraps each as an invoked actor).
 * Each is safe to run twice: a snapshot restored mid-turn re-runs the invoke that was in flight.
 */
export function createVerificationIo(deps: Deps) {
  const { store, registrar, mailer, codes, photos } = deps;
  const mailCounts = store.kv<{ sent: number }>('mail-rate', { ttlMs: HOUR_MS });
  const submissions = store.kv<{ profileId: string; done: boolean }>('submission');

  return {
    async sendEmailCode(input: { email: string; lang: Lang; previous?: EmailCodeRecord }): Promise<EmailSendOutcome> {
      const key = createHash('sha256').update(input.email.toLowerCase()).digest('hex');
      const sent = (await mailCounts.get(key))?.sent ?? 0;
      if (sent >= MAIL_PER_ADDRESS_PER_HOUR) return { ok: false, reason: 'limit_reached' };
      const now = Date.now();
      const issued = input.previous ? resendEmailCode(input.previous, now, codes) : { ok: true as const, ...issueEmailCode(now, codes) };
      if (!issued.ok) return issued;
      await mailer.send({ to: input.email, ...verificationEmail(issued.code, input.lang) });
      await mailCounts.set(key, { sent: sent + 1 });
      return { ok: true, record: issued.record };
    },
    async verifyEmailCode(input: { record: EmailCodeRecord; input: string }) {
      return checkEmailCode(input.record, input.input, Date.now(), codes.hash);
    },
    inspectUploads: (input: { uploads: UploadRef[]; document: string }) => photos.inspectUploads(input.uploads, input.document as DocumentKind),
    mergePhotos: (input: { front: StoredPhoto; back: StoredPhoto }) => photos.merge(input.front, input.back),
    /**
     * One registrar profile per submission: re-running the same submission (a restored turn, or Submit tapped again after
     * the documents failed to go through) reuses the profile already created instead of creating another.
     */
    async submitProfile(input: { conversationId: string; attempt: number; kind: RegistrantKind; profile: Profile; english: EnglishProfile; photoBlobId: string }) {
      const key = createHash('sha256').update(JSON.stringify(input)).digest('hex');
      const known = await submissions.get(key);
      if (known?.done) return { profileId: known.profileId };
      const bytes = await photos.load(input.photoBlobId);
      const image = bytes ? { bytes, contentType: 'image/jpeg' as const } : undefined;
      const submission = toProfileSubmission(input.kind, input.profile, input.english, image);
      try {
        const submitted = await registrar.submitProfile(submission, known ? { profileId: known.profileId } : {});
        await submissions.set(key, { profileId: submitted.profileId, done: true }, deps.handoffTtlMs);
        if (input.conversationId) await followReview(store, input.conversationId);
        return submitted;
      } catch (error) {
        const saved = savedProfileId(error);
        if (saved) await submissions.set(key, { profileId: saved, done: false }, deps.handoffTtlMs);
        throw error;
      }
    },
    async checkProfile(input: { profileId: string; documents: string[] }) {
      const state = await registrar.getProfile(input.profileId);
      if (state?.status === 'SUCCEED') await photos.expireAfter(input.documents, deps.retentionMs);
      return state;
    },
    deleteDocuments: (input: { documents: string[] }) => photos.delete(input.documents),
    async associateDomains(input: { conversationId: string; profileId: string; domains: string[] }) {
      const result = await registrar.associateDomains(input.profileId, input.domains);
      if (input.conversationId) await followReview(store, input.conversationId); // domains added later are followed too
      return result;
    },
    checkDomains: (input: { domains: string[] }) => Promise.all(input.domains.map((domain) => registrar.getDomain(domain))),
    async diagnose(input: { domains: string[]; profileId?: string; lang: Lang }) {
      const results = await Promise.all(input.domains.slice(0, 5).map((domain) =>
        diagnoseDomain(registrar, domain, { lang: input.lang, resolveDns, ...(input.profileId ? { profileId: input.profileId } : {}) })));
      return results.map((r) => r.text);
    },
    ...createHandoffIo({ desk: deps.desk, blobs: store.blobs, photos, limits: registrar.imageLimits, ttlMs: deps.handoffTtlMs }),
  };
}

/** The verification dialog's I/O functions. */
export type VerificationIo = ReturnType<typeof createVerificationIo>;
