import { verificationSetup } from '../setup.ts';
import { copy } from '../copy.ts';
import { englishOf, storedDocuments } from '../form.ts';
import { typedButton, understood } from '../transitions.ts';

const { createStateConfig } = verificationSetup;

/** What makes a waiting state look at the registrar again: the user asking (any message, the button, a status or review-time question) or the scheduler. */
const checkTriggers = <T extends string>(target: T) => ({
  'user.text': { actions: [...understood('review'), 'markUserCheck'], target },
  'user.choice': { guard: { type: 'isChoice', params: { id: 'status.check' } }, actions: 'markUserCheck', target },
  'user.question': { guard: 'isWaitingQuestion', actions: 'markUserCheck', target },
  'system.poll': { actions: 'markQuietCheck', target },
} as const);

/** Submission, the profile review, association with the domains and the domain review. */
export const reviewStates = {
  submitting: createStateConfig({
    tags: 'busy',
    entry: 'sayTyping',
    invoke: {
      src: 'submitProfile',
      input: ({ context }) => ({
        conversationId: context.conversationId ?? '', attempt: context.submission.attempts, kind: context.kind!, profile: context.profile, english: englishOf(context),
        photoBlobId: (context.photos.merged ?? context.photos.front)!.blobId,
      }),
      onDone: { actions: { type: 'saveSubmission', params: ({ event }) => ({ profileId: event.output.profileId }) }, target: 'awaitingReview' },
      onError: { actions: ['offerHumanAfterRegistrarFailure'], target: 'confirmingSubmission' },
    },
  }),
  awaitingReview: createStateConfig({
    entry: 'sayReviewState',
    on: checkTriggers('checkingReview'),
  }),
  checkingReview: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'checkProfile',
      input: ({ context }) => ({ profileId: context.submission.profileId!, documents: storedDocuments(context) }),
      onDone: [
        { guard: ({ event }) => event.output?.status === 'SUCCEED', actions: 'markProfileVerified', target: 'associating' },
        { guard: ({ event }) => event.output?.status === 'FAILED', actions: { type: 'saveFailure', params: ({ event }) => ({ reasons: event.output?.failReasons.map((r) => r.reason) ?? [] }) }, target: 'reviewFailed' },
        { target: 'awaitingReview' },
      ],
      onError: { actions: 'sayRegistrarUnavailable', target: 'awaitingReview' },
    },
  }),
  reviewFailed: createStateConfig({
    entry: 'explainFailure',
    on: {
      'user.choice': [
        { guard: { type: 'isChoice', params: { id: 'submit.edit' } }, target: 'confirmingProfile' },
        { guard: { type: 'isChoice', params: { id: 'submit.replace_photo' } }, actions: 'clearPhotos', target: 'collectingDocuments' },
      ],
      'user.upload': { actions: 'clearPhotos', target: 'checkingPhoto' },
      'user.text': [
        typedButton('reviewFailed'),
        { guard: 'mentionsField', actions: [...understood('reviewFailed'), 'requestMentionedField'], target: 'collectingProfile' },
        { actions: [...understood('reviewFailed'), 'explainFailure'] },
      ],
    },
  }),
  associating: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'associateDomains',
      input: ({ context }) => ({
        conversationId: context.conversationId ?? '', profileId: context.submission.profileId!,
        domains: context.domains.filter((d) => !context.association.verified.includes(d)),
      }),
      onDone: { actions: { type: 'saveAssociation', params: ({ event }) => ({ result: event.output }) }, target: 'associationSubmitted' },
      onError: { actions: 'sayRegistrarUnavailable', target: 'awaitingReview' },
    },
  }),
  associationSubmitted: createStateConfig({
    always: [{ guard: 'allDomainsVerified', target: 'verified' }, { target: 'awaitingAssociation' }],
  }),
  awaitingAssociation: createStateConfig({
    on: checkTriggers('checkingAssociation'),
  }),
  checkingAssociation: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'checkDomains',
      input: ({ context }) => ({ domains: context.association.pending }),
      onDone: { actions: { type: 'saveDomainStates', params: ({ event }) => ({ states: event.output }) }, target: 'associationSubmitted' },
      onError: { actions: 'sayRegistrarUnavailable', target: 'awaitingAssociation' },
    },
  }),
  verified: createStateConfig({
    entry: 'sayAllVerified',
    on: {
      'user.text': [
        { guard: 'gaveDomains', actions: [...understood('review'), 'addDomains'], target: 'associating' },
        { actions: [...understood('review'), { type: 'say', params: { text: copy.afterDone } }] },
      ],
      'system.poll': {},
    },
  }),
};
