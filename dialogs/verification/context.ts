import type { Lang } from '../../src/i18n/localized.ts';
import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { FieldId, Profile } from '../../src/domain/profile-fields.ts';
import type { EnglishProfile } from '../../src/domain/english-profile.ts';
import type { EmailCodeRecord } from '../../src/domain/email-code.ts';
import type { StoredPhoto, UploadRef } from '../../src/documents/types.ts';
import type { GotoStep, HandoffReason } from '../../src/handoff/types.ts';
import type { IntentId } from '../../src/faq/intents.ts';
import type { Mismatch } from '../../src/documents/reading/compare.ts';


/** A refused answer or photo, as the support agent's summary shows it (English, personal data masked). */
export type Problem = { kind: 'answer' | 'photo'; text: string };

/** Everything the verification dialog remembers; persisted with the snapshot, so keep it small and free of bytes. */
export type DialogContext = {
  conversationId?: string;
  lang: Lang;
  kind?: RegistrantKind;
  domains: string[];
  profile: Profile;
  /** Lines of the English profile the user changed; the rest is derived from the Chinese profile when shown. */
  englishEdits: Partial<EnglishProfile>;
  /** The profile field being asked (Rasa's `requested_slot`). */
  requested?: FieldId;
  /** True while one field is being corrected from the summary: the form returns to the summary after it. */
  editing: boolean;
  /** Failed answers at the current step; at three the bot offers help and a human. */
  failures: number;
  /** The last few refusals, for a support agent (optional: older snapshots lack it). */
  problems?: Problem[];
  email: { record?: EmailCodeRecord; sentTo?: string; verifiedAddress?: string };
  /** `unchecked`: uploads whose check was cut short by its time limit, kept (encrypted) for "try again". */
  photos: { front?: StoredPhoto; back?: StoredPhoto; merged?: StoredPhoto; bothSides: boolean; unchecked?: UploadRef[] };
  /** Where the last accepted document photo says something else than the profile (optional: older snapshots lack it). */
  mismatches?: Mismatch[];
  submission: { profileId?: string; status?: string; failReasons: string[]; attempts: number };
  association: { taskNo?: string; pending: string[]; verified: string[] };
  /** True when the current check was started by the scheduler, not the user: stay quiet unless something changed. */
  quietCheck: boolean;
  /** While a person is asked for or serving: why, the step it started from, and where an agent moved the dialog. */
  handoff?: { reason: HandoffReason; step: string; resumeAt?: GotoStep | 'answerSaved' };
  /** The intents of the "Did you mean …?" question waiting for an answer (clarify.ts). */
  clarifying?: IntentId[];
  /** The user's earlier choices between unclear intents, keyed by the sorted candidates offered (clarify.ts). */
  clarified?: Readonly<Record<string, IntentId>>;
};

/** What reading or checking a typed answer depends on: the kind, the answers so far and the field asked. */
export type QuestionInputs = Pick<DialogContext, 'kind' | 'profile' | 'requested'>;

/** True when both ask the same question: the same kind, the very same profile object and the same field. */
export function sameQuestion(a: QuestionInputs, b: QuestionInputs): boolean {
  return a.kind === b.kind && a.profile === b.profile && a.requested === b.requested;
}

/** A fresh conversation in the given language. */
export function initialContext(lang: Lang = 'en'): DialogContext {
  return {
    lang,
    domains: [],
    profile: {},
    englishEdits: {},
    editing: false,
    failures: 0,
    email: {},
    photos: { bothSides: false },
    submission: { failReasons: [], attempts: 0 },
    association: { pending: [], verified: [] },
    quietCheck: false,
  };
}
