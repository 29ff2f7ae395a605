import type { HandoffCase, HandoffReason } from './types.ts';

/** Why a case waits, as agents read it. */
export const REASON_LABELS: Readonly<Record<HandoffReason, string>> = {
  asked: 'asked for a person', failures: 'three failed answers', low_confidence: 'low confidence', photo: 'a photo the bot could not judge', registrar: 'a registrar failure',
};

const LANG_LABELS: Readonly<Record<string, string>> = { en: 'English', zh: 'Chinese' };
const CHANNEL_LABELS: Readonly<Record<string, string>> = { web: 'web chat', slack: 'Slack', teams: 'Teams', terminal: 'terminal' };

/** The dialog's steps as agents read them (the keys are the dialog's state names). */
export const STEP_LABELS: Readonly<Record<string, string>> = {
  greeting: 'greeting', askingKind: 'choosing the registrant type', kindRejected: 'choosing the registrant type',
  askingDomains: 'entering the domains', confirmingDomains: 'confirming the domains', domainsRejected: 'entering the domains',
  showingChecklist: 'reading the checklist', collectingProfile: 'entering the profile', answerRejected: 'entering the profile', answerSaved: 'entering the profile',
  confirmingProfile: 'confirming the profile', verifyingEmail: 'verifying the email', collectingDocuments: 'sending document photos',
  photoRejected: 'sending document photos', photosSaved: 'sending document photos', resolvingMismatch: 'choosing between the card and the profile',
  reviewingEnglish: 'reviewing the English profile', awaitingEmailCode: 'entering the email code', emailCodeRejected: 'entering the email code',
  confirmingSubmission: 'confirming the submission', reviewFailed: 'after a registrar failure', awaitingReview: 'waiting for the registrar review',
  verified: 'verified', awaitingAssociation: 'waiting for the domain association',
};

/** A step key with its label, e.g. `entering the profile (collectingProfile)`; unknown keys stay as they are. */
export const stepLabel = (step: string) => (STEP_LABELS[step] ? `${STEP_LABELS[step]} (${step})` : step);

/** The case's keys as English labels for the console and the Slack desk; the user's language is named, not coded. */
export function caseLabels(c: Pick<HandoffCase, 'reason' | 'lang' | 'channel' | 'step' | 'resumeAt'>) {
  return {
    reason: REASON_LABELS[c.reason] ?? c.reason,
    lang: `${LANG_LABELS[c.lang] ?? c.lang} (${c.lang})`,
    channel: CHANNEL_LABELS[c.channel] ?? c.channel,
    step: stepLabel(c.step),
    resumesAt: stepLabel(c.resumeAt ?? c.step),
  };
}
