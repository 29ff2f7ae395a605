import { verificationSetup } from './setup.ts';
import { initialContext } from './context.ts';
import { copy } from './copy.ts';
import { and } from 'xstate';
import { back, offerHelpAfterFailures, understood } from './transitions.ts';
import { understandingCopy } from './understanding-copy.ts';
import { storedDocuments } from './form.ts';
import { profileStates } from './states/profile.ts';
import { emailStates } from './states/email.ts';
import { documentStates } from './states/documents.ts';
import { mismatchStates } from './states/mismatch.ts';
import { reviewStates } from './states/review.ts';
import { handoffStates, toHuman } from './states/handoff.ts';

/** Bumped whenever a change makes older persisted snapshots unreadable (the runner then migrates or restarts them). */
export const DIALOG_VERSION = '2';

const command = (name: 'help' | 'why' | 'repeat' | 'restart' | 'human' | 'delete_documents' | 'back') =>
  ({ type: 'isCommand' as const, params: { command: name } });
const choice = (id: string) => ({ type: 'isChoice' as const, params: { id } });
const resume = { target: '.flow.hist', reenter: true } as const;
const greet = ['rememberConversation', 'detectLanguage', { type: 'say', params: { text: copy.welcome } }] as const;

/**
 * The registrant verification conversation: kind → domains → checklist → profile → email → documents → submit → review → associate.
 * Global commands (help, why, back, start over, language, human, delete my documents) and questions are handled here;
 * the flow resumes through its history state, re-asking its question.
 */
export const verificationMachine = verificationSetup.createMachine({
  id: 'verification',
  version: DIALOG_VERSION,
  context: () => initialContext(),
  initial: 'flow',
  on: {
    'user.command': [
      { guard: command('help'), actions: { type: 'say', params: { text: copy.help } }, ...resume },
      { guard: command('why'), actions: 'sayWhy', ...resume },
      { guard: command('repeat'), ...resume },
      { guard: command('restart'), target: '.confirmingRestart' },
      { guard: command('human'), ...toHuman('asked') },
      { guard: command('delete_documents'), target: '.deletingDocuments' },
      { guard: command('back'), actions: { type: 'say', params: { text: copy.cannotGoBack } }, ...resume },
      { actions: ['setLanguage', { type: 'say', params: { text: copy.langSwitched } }], ...resume },
    ],
    'user.question': [
      { guard: 'isUnsureQuestion', actions: 'answerQuestion', ...resume },
      { guard: 'asksForHuman', ...toHuman('asked') },
      { guard: 'isStatusQuestion', target: '.diagnosing' },
      { guard: 'asksWhyField', actions: 'sayWhyField', ...resume },
      { actions: 'answerQuestion', ...resume },
    ],
    'user.choice': [
      { guard: choice('restart.yes'), actions: 'reset', target: '.flow.askingKind' },
      { guard: choice('restart.no'), ...resume },
      { guard: choice('handoff'), ...toHuman('asked') },
      { guard: choice('human.request'), ...toHuman('failures') },
      { guard: choice('human.registrar'), ...toHuman('registrar') },
      { guard: choice('human.unsure'), ...toHuman('low_confidence') }, // asked back, and none of the guesses was it
      { guard: 'picksOwnDomainStatus', target: '.diagnosing' },
      { guard: 'picksKindForDocuments', actions: 'answerDocumentsFor', ...resume },
      { guard: 'picksHumanInClarification', ...toHuman('low_confidence') }, // the bot could not tell what was meant
      { guard: 'picksClarification', actions: 'answerClarification', ...resume },
      { actions: { type: 'say', params: { text: copy.staleButton } }, ...resume },
    ],
    'user.upload': { actions: { type: 'say', params: { text: copy.photoNotNow } }, ...resume },
    'user.upload_failed': { actions: { type: 'say', params: { text: copy.uploadUnreachable } }, ...resume },
  },
  states: {
    flow: {
      initial: 'greeting',
      states: {
        hist: { type: 'history', history: 'shallow' },
        greeting: {
          on: {
            'user.question': { actions: [...greet, 'answerQuestion'], target: 'askingKind' },
            '*': { actions: greet, target: 'askingKind' },
          },
        },
        askingKind: {
          entry: 'askKind',
          on: {
            'user.text': [
              { guard: and(['pickedKind', 'mentionsDomains']), actions: [...understood('kind'), 'saveKind', 'saveFoundDomains', { type: 'saveValues', params: { step: 'kind' } }], target: 'showingChecklist' },
              { guard: 'pickedKind', actions: [...understood('kind'), 'saveKind', { type: 'saveValues', params: { step: 'kind' } }], target: 'askingDomains' },
              { actions: [...understood('kind'), 'countFailure', { type: 'say', params: { text: copy.kindNotUnderstood } }], target: 'kindRejected' },
            ],
            'user.choice': { guard: 'pickedKind', actions: 'saveKind', target: 'askingDomains' },
          },
        },
        kindRejected: { always: [{ ...offerHelpAfterFailures, target: 'askingKind' }, { target: 'askingKind' }] },
        askingDomains: {
          entry: { type: 'say', params: { text: copy.askDomains } },
          on: {
            'user.command': back('askingKind'),
            'user.text': [
              { guard: and(['gaveDomains', 'domainsFromUrl']), actions: [...understood('domains'), 'saveDomains'], target: 'confirmingDomains' },
              { guard: 'gaveDomains', actions: [...understood('domains'), 'saveDomains'], target: 'showingChecklist' },
              { actions: [...understood('domains'), 'countFailure', 'sayDomainErrors'], target: 'domainsRejected' },
            ],
          },
        },
        confirmingDomains: {
          entry: 'confirmDomainsFromUrl',
          on: {
            'user.command': back('askingDomains'),
            'user.text': [
              { guard: { type: 'typedChoice', params: { step: 'domainsFromUrl' } }, actions: { type: 'raiseTypedChoice', params: { step: 'domainsFromUrl' } } },
              { guard: and(['gaveDomains', 'domainsFromUrl']), actions: 'saveDomains', target: 'confirmingDomains', reenter: true },
              { guard: 'gaveDomains', actions: 'saveDomains', target: 'showingChecklist' },
              { target: 'confirmingDomains', reenter: true },
            ],
            'user.choice': [
              { guard: choice('domains.url_yes'), target: 'showingChecklist' },
              { guard: choice('domains.url_no'), actions: 'forgetDomains', target: 'askingDomains' },
            ],
          },
        },
        domainsRejected: { always: [{ ...offerHelpAfterFailures, target: 'askingDomains' }, { target: 'askingDomains' }] },
        showingChecklist: {
          entry: 'showChecklist',
          on: {
            'user.command': back('askingDomains'),
            'user.choice': { guard: choice('checklist.ready'), actions: 'requestNextField', target: 'collectingProfile' },
            'user.text': { actions: [...understood('checklist'), 'requestNextField'], target: 'collectingProfile' },
          },
        },
        ...profileStates,
        ...emailStates,
        ...documentStates,
        ...mismatchStates,
        ...reviewStates,
      },
    },
    confirmingRestart: {
      entry: 'confirmRestart',
      on: {
        'user.text': [
          { guard: { type: 'typedChoice', params: { step: 'restart' } }, actions: { type: 'raiseTypedChoice', params: { step: 'restart' } } },
          { actions: { type: 'say', params: { text: understandingCopy.restartKept } }, target: 'flow.hist', reenter: true },
        ],
      },
    },
    diagnosing: {
      tags: 'busy',
      invoke: {
        src: 'diagnose',
        input: ({ context, event }) => ({
          domains: event.type === 'user.choice' && event.id.startsWith('status:') ? [event.id.slice('status:'.length)] : context.domains,
          lang: context.lang, ...(context.submission.profileId ? { profileId: context.submission.profileId } : {}),
        }),
        onDone: { actions: { type: 'sayLines', params: ({ event }) => ({ lines: event.output }) }, target: 'flow.hist', reenter: true },
        onError: { actions: 'sayRegistrarUnavailable', target: 'flow.hist', reenter: true },
      },
    },
    deletingDocuments: {
      tags: 'busy',
      invoke: {
        src: 'deleteDocuments',
        input: ({ context }) => ({ documents: storedDocuments(context) }),
        onDone: { actions: ['clearPhotos', { type: 'say', params: { text: copy.documentsDeleted } }], target: 'flow.hist', reenter: true },
        onError: { actions: { type: 'say', params: { text: copy.documentsNotDeleted } }, target: 'flow.hist', reenter: true },
      },
    },
    ...handoffStates,
  },
});

/**
 * True while a submitted profile or association has not reached its end (what the review watcher keeps following).
 * A conversation handed to a person still counts: the result is told once the user is back with the bot.
 */
export function isAwaitingReview(snapshot: unknown): boolean {
  const { value, context } = (snapshot ?? {}) as { value?: unknown; context?: { submission?: { profileId?: string }; association?: { pending?: string[] } } };
  const flow = (value as { flow?: string } | undefined)?.flow;
  if (flow === 'awaitingReview') return true;
  if (flow === 'awaitingAssociation') return Boolean(context?.association?.pending?.length); // every domain refused: nothing left in review
  return (value === 'withAgent' || value === 'handingOff') && context?.submission?.profileId !== undefined;
}
