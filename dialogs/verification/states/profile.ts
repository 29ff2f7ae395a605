import { and } from 'xstate';
import { verificationSetup } from '../setup.ts';
import { copy } from '../copy.ts';
import { back, offerHelpAfterFailures, understood } from '../transitions.ts';

const { createStateConfig } = verificationSetup;

/** Profile fields one at a time, the English profile, and the summary with corrections. */
export const profileStates = {
  collectingProfile: createStateConfig({
    entry: 'askField',
    on: {
      'user.command': [
        { guard: and([back('').guard, 'hasPreviousField']), actions: 'requestPreviousField', target: 'collectingProfile', reenter: true },
        back('showingChecklist'),
      ],
      'user.text': [
        { guard: 'changesKind', actions: [...understood('field'), 'changeKind'], target: 'answerSaved' },
        // Asks the next field in place (what re-entering would do: the entry is askField), without leaving the state.
        { guard: { type: 'answersAndGoesOn', params: { step: 'field' } }, actions: [...understood('field'), { type: 'saveAnswers', params: { step: 'field' } }, 'askField'] },
        { guard: { type: 'gaveValues', params: { step: 'field' } }, actions: [...understood('field'), { type: 'saveAnswers', params: { step: 'field' } }], target: 'answerSaved' },
        { guard: 'complains', actions: [...understood('field'), 'sayComplaintHelp'], target: 'collectingProfile', reenter: true },
        { guard: 'asksWhyField', actions: [...understood('field'), 'sayWhyField'], target: 'collectingProfile', reenter: true },
        { actions: [...understood('field'), 'countFailure', 'sayFieldError'], target: 'answerRejected' },
      ],
      'user.choice': { guard: 'validFieldAnswer', actions: 'saveField', target: 'answerSaved' },
    },
  }),
  answerRejected: createStateConfig({
    always: [
      { ...offerHelpAfterFailures, target: 'collectingProfile' },
      { target: 'collectingProfile' },
    ],
  }),
  answerSaved: createStateConfig({
    always: [
      { guard: 'hasConflict', actions: 'resolveConflict', target: 'collectingProfile' },
      { guard: 'nextFieldRequested', target: 'collectingProfile' },
      { guard: 'profileIncomplete', actions: 'requestNextField', target: 'collectingProfile' },
      { actions: 'stopEditing', target: 'reviewingEnglish' },
    ],
  }),
  reviewingEnglish: createStateConfig({
    entry: 'showEnglish',
    on: {
      'user.command': { ...back('collectingProfile'), actions: 'requestPreviousField' },
      'user.choice': { guard: { type: 'isChoice', params: { id: 'english.accept' } }, target: 'confirmingProfile' },
      'user.text': [
        { guard: { type: 'typedChoice', params: { step: 'english' } }, actions: { type: 'raiseTypedChoice', params: { step: 'english' } } },
        { guard: 'englishEdit', actions: ['editEnglish', 'showEnglish'] },
        { guard: 'changesKind', actions: [...understood('english'), 'changeKind'], target: 'answerSaved' },
        { guard: { type: 'gaveValues', params: { step: 'english' } }, actions: [...understood('english'), { type: 'saveAnswers', params: { step: 'english' } }], target: 'answerSaved' },
        { actions: [...understood('english'), { type: 'say', params: { text: copy.englishEditHelp } }] },
      ],
    },
  }),
  confirmingProfile: createStateConfig({
    entry: 'showSummary',
    on: {
      'user.command': back('reviewingEnglish'),
      'user.choice': [
        { guard: { type: 'isChoice', params: { id: 'summary.confirm' } }, target: 'verifyingEmail' },
        { guard: { type: 'isChoice', params: { id: 'summary.edit' } }, actions: { type: 'say', params: { text: copy.summaryWhichField } } },
      ],
      'user.text': [
        { guard: { type: 'typedChoice', params: { step: 'summary' } }, actions: { type: 'raiseTypedChoice', params: { step: 'summary' } } },
        { guard: 'changesKind', actions: [...understood('summary'), 'changeKind'], target: 'answerSaved' },
        { guard: { type: 'gaveValues', params: { step: 'summary' } }, actions: [...understood('summary'), { type: 'saveAnswers', params: { step: 'summary' } }], target: 'answerSaved' },
        { guard: 'mentionsField', actions: 'requestMentionedField', target: 'collectingProfile' },
        { actions: { type: 'say', params: { text: copy.summaryWhichField } } },
      ],
    },
  }),
};
