import { and, enqueueActions, type DoneActorEvent } from 'xstate';
import { t } from '../../../src/i18n/localized.ts';
import { verificationSetup } from '../setup.ts';
import { copy } from '../copy.ts';
import { back, offerHelpAfterFailures, typedButton, understood } from '../transitions.ts';
import { choices, chosenDocument } from '../prompts.ts';
import { RETRY_CHECK } from '../button-words.ts';
import type { PhotoOutcome, UploadRef } from '../../../src/documents/types.ts';
import type { DialogContext } from '../context.ts';
import type { DialogEvent } from '../events.ts';
import type { SayEvent } from '../setup.ts';
import { isNotADocument, isRefusedByReading, noteReading, sayReadingRefusal } from './mismatch.ts';
import { rememberHandoff } from './handoff.ts';

const { createStateConfig, emit } = verificationSetup;

// The registrant may know better than the checks: a support agent can look at the photo instead of a dead end.
const offerReview = emit(({ context }) => ({ type: 'say' as const, message: {
  text: t({ en: 'If you are sure this photo is fine, a person can check it instead.', zh: '如果您确定这张照片没有问题，可以交给人工审核。' }, context.lang),
  choices: choices(context.lang, [{ id: 'photo.review', label: { en: 'Send it to a person to check', zh: '交给人工审核' } }]),
} }));

/** Uploads whose check was cut short by its time limit: still stored, to be checked again on "try again". */
const keptUploads = (outcomes: PhotoOutcome[]): UploadRef[] => outcomes.flatMap((o) => (!o.ok && o.kept ? [o.kept] : []));

const CUT_SHORT = {
  en: 'This photo took too long to check (the file itself looks fine). I have kept it: tap "Try again" and I will check it again, no need to send it again.',
  zh: '这张照片检查耗时过长（文件本身看起来没有问题）。照片已为您保留：点“再试一次”即可重新检查，无需重新发送。',
};

/** An action run on the photo check's done event (the setup's helpers are typed for user events only). */
const onCheckDone = (body: Parameters<typeof enqueueActions<DialogContext, DoneActorEvent<PhotoOutcome[]>, undefined, DialogEvent, never, never, never, never, SayEvent>>[0]) =>
  enqueueActions<DialogContext, DoneActorEvent<PhotoOutcome[]>, undefined, DialogEvent, never, never, never, never, SayEvent>(body);

/** Remembers the kept uploads and says so instead of the checks' own "send it again": a tap or "try again" ("重试") is enough. */
const keepForRetry = onCheckDone(({ context, event, enqueue }) => {
  enqueue.assign({ photos: { ...context.photos, unchecked: keptUploads(event.output) } });
  enqueue.emit({ type: 'say', message: { text: t(CUT_SHORT, context.lang), choices: choices(context.lang, [RETRY_CHECK]) } });
});

/** The retried uploads were checked to the end, and the checks deleted them. */
const forgetUnchecked = onCheckDone(({ context, enqueue }) => {
  if (context.photos.unchecked) enqueue.assign({ photos: { ...context.photos, unchecked: undefined } });
});

/** Document photos: checked the moment they arrive, the two sides merged when both are given, then the last confirmation. */
export const documentStates = {
  collectingDocuments: createStateConfig({
    entry: 'askPhoto',
    on: {
      'user.command': back('confirmingProfile'),
      'user.upload': { target: 'checkingPhoto' },
      'user.upload_failed': [
        { guard: 'isTooLarge', actions: { type: 'say', params: ({ event }) => ({ text: copy.uploadTooLarge, values: { limit: Math.round((event.limitBytes ?? 0) / 1e6) } }) } },
        { actions: { type: 'say', params: { text: copy.uploadUnreachable } } },
      ],
      'user.text': [typedButton('documents'), { actions: [...understood('documents'), { type: 'say', params: { text: copy.photoNeeded } }] }],
      'user.choice': [
        { guard: { type: 'isChoice', params: { id: 'photo.review' } }, actions: rememberHandoff('photo'), target: '#verification.handingOff' },
        { guard: and([{ type: 'isChoice', params: { id: RETRY_CHECK.id } }, ({ context }) => (context.photos.unchecked?.length ?? 0) > 0]), target: 'checkingPhoto' },
        { guard: { type: 'isChoice', params: { id: RETRY_CHECK.id } }, actions: { type: 'say', params: { text: copy.photoNeeded } } },
      ],
    },
  }),
  checkingPhoto: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'inspectUploads',
      input: ({ context, event }) => ({
        uploads: event.type === 'user.upload' ? event.uploads.slice(0, 2) : context.photos.unchecked ?? [], document: chosenDocument(context),
      }),
      onDone: [
        {
          // Nothing is lost: photos of the same message that passed are kept as usual, the cut-short ones wait for "try again".
          guard: ({ event }) => keptUploads(event.output).length > 0,
          actions: [
            { type: 'savePhotos', params: ({ event }) => ({ outcomes: event.output.filter((o) => o.ok) }) },
            keepForRetry,
          ],
          target: 'collectingDocuments',
        },
        {
          guard: ({ event }) => isNotADocument(event.output) || isRefusedByReading(event.output),
          actions: ['countFailure', sayReadingRefusal, forgetUnchecked],
          target: 'photoRejected',
        },
        {
          guard: ({ event }) => event.output.length > 0 && event.output.every((o) => o.ok),
          actions: [
            { type: 'savePhotos', params: ({ event }) => ({ outcomes: event.output }) },
            forgetUnchecked,
            noteReading,
          ],
          target: 'photosSaved',
        },
        {
          actions: ['countFailure', { type: 'sayPhotoProblems', params: ({ event }) => ({ outcomes: event.output }) }, forgetUnchecked],
          target: 'photoRejected',
        },
      ],
      onError: { actions: ['countFailure', { type: 'say', params: { text: copy.photoUnreadable } }], target: 'photoRejected' },
    },
  }),
  photoRejected: createStateConfig({
    entry: offerReview,
    always: [{ ...offerHelpAfterFailures, target: 'collectingDocuments' }, { target: 'collectingDocuments' }],
  }),
  photosSaved: createStateConfig({
    always: [
      { guard: ({ context }) => (context.mismatches?.length ?? 0) > 0, target: 'resolvingMismatch' },
      { guard: 'wantsBothSides', target: 'collectingDocuments' },
      { guard: 'hasBothSides', target: 'mergingPhotos' },
      { target: 'confirmingSubmission' },
    ],
  }),
  mergingPhotos: createStateConfig({
    tags: 'busy',
    invoke: {
      src: 'mergePhotos',
      input: ({ context }) => ({ front: context.photos.front!, back: context.photos.back! }),
      onDone: [
        { guard: ({ event }) => event.output.ok, actions: { type: 'saveMerged', params: ({ event }) => ({ outcome: event.output }) }, target: 'confirmingSubmission' },
        { actions: ['dropBackSide', { type: 'sayPhotoProblems', params: ({ event }) => ({ outcomes: event.output.ok ? [] : [event.output] }) }], target: 'collectingDocuments' },
      ],
      onError: { actions: ['dropBackSide', { type: 'say', params: { text: copy.photoUnreadable } }], target: 'collectingDocuments' },
    },
  }),
  confirmingSubmission: createStateConfig({
    entry: 'askSubmit',
    on: {
      'user.command': back('collectingDocuments'),
      'user.choice': [
        { guard: and([{ type: 'isChoice', params: { id: 'submit.now' } }, 'hasPhoto']), target: 'submitting' },
        { guard: { type: 'isChoice', params: { id: 'submit.now' } }, target: 'collectingDocuments' },
        { guard: { type: 'isChoice', params: { id: 'submit.add_back' } }, actions: 'wantBothSides', target: 'collectingDocuments' },
        { guard: { type: 'isChoice', params: { id: 'submit.replace_photo' } }, actions: 'clearPhotos', target: 'collectingDocuments' },
        { guard: { type: 'isChoice', params: { id: 'submit.edit' } }, target: 'confirmingProfile' },
      ],
      'user.upload': { actions: 'clearPhotos', target: 'checkingPhoto' },
      'user.text': [typedButton('submit'), { actions: [...understood('submit'), 'askSubmit'] }],
    },
  }),
};
