import { verificationSetup } from './setup.ts';
import { initialContext } from './context.ts';
import { copy } from './copy.ts';
import { back } from './transitions.ts';
import { handoffSummary } from './handoff-summary.ts';
import { storedDocuments } from './form.ts';
import { profileStates } from './states/profile.ts';
import { emailStates } from './states/email.ts';
import { documentStates } from './states/documents.ts';
import { reviewStates } from './states/review.ts';

/** Bumped whenever a change makes older persisted snapshots unreadable (the runner then migrates or restarts them). */
export const DIALOG_VERSION = '1';


/**
 * The registrant verification conversation: kind → domains → checklist → profile → email → documents → submit → review → associate.
 * Global commands (help, why, back, start over, language, human) are handled here, and the flow resumes through its history state.
 */
export const verificationMachine = verificationSetup.createMachine({
  id: 'verification',
  version: DIALOG_VERSION,
  context: () => initialContext(),
  initial: 'flow',
  on: {
    'user.command': [
      { guard: { type: 'isCommand', params: { command: 'help' } }, actions: { type: 'say', params: { text: copy.help } }, target: '.flow.hist', reenter: true },
      { guard: { type: 'isCommand', params: { command: 'why' } }, actions: 'sayWhy', target: '.flow.hist', reenter: true },
      { guard: { type: 'isCommand', params: { command: 'repeat' } }, target: '.flow.hist', reenter: true },
      { guard: { type: 'isCommand', params: { command: 'restart' } }, actions: 'confirmRestart' },
      { guard: { type: 'isCommand', params: { command: 'human' } }, target: '.handingOff' },
      { guard: { type: 'isCommand', params: { command: 'delete_documents' } }, target: '.deletingDocuments' },
      { guard: { type: 'isCommand', params: { command: 'back' } }, actions: { type: 'say', params: { text: copy.cannotGoBack } }, target: '.flow.hist', reenter: true },
      { actions: ['setLanguage', { type: 'say', params: { text: copy.langSwitched } }], target: '.flow.hist', reenter: true },
    ],
    'user.question': [
      { guard: ({ event }) => event.intent === 'human_agent', target: '.handingOff' },
      { guard: 'isStatusQuestion', target: '.diagnosing' },
      { actions: 'answerQuestion', target: '.flow.hist', reenter: true },
    ],
    'user.choice': [
      { guard: { type: 'isChoice', params: { id: 'restart.yes' } }, actions: 'reset', target: '.flow.askingKind' },
      { guard: { type: 'isChoice', params: { id: 'handoff' } }, target: '.handingOff' },
      { guard: ({ event }) => event.id.startsWith('status:'), target: '.diagnosing' },
      { guard: ({ event }) => event.id.startsWith('kind:'), actions: 'answerDocumentsFor', target: '.flow.hist', reenter: true },
      { guard: { type: 'isChoice', params: { id: 'restart.no' } }, target: '.flow.hist', reenter: true },
      { guard: { type: 'isChoice', params: { id: 'human.request' } }, target: '.handingOff' },
    ],
  },
  states: {
    flow: {
      initial: 'greeting',
      states: {
        hist: { type: 'history', history: 'shallow' },
        greeting: {
          on: {
            'user.question': { actions: ['rememberConversation', 'detectLanguage', { type: 'say', params: { text: copy.welcome } }, 'answerQuestion'], target: 'askingKind' }, '*': { actions: ['rememberConversation', 'detectLanguage', { type: 'say', params: { text: copy.welcome } }], target: 'askingKind' } },
        },
        askingKind: {
          entry: 'askKind',
          on: {
            'user.text': [
              { guard: 'pickedKind', actions: 'saveKind', target: 'askingDomains' },
              { actions: ['countFailure', { type: 'say', params: { text: copy.kindNotUnderstood } }, 'askKind'] },
            ],
            'user.choice': { guard: 'pickedKind', actions: 'saveKind', target: 'askingDomains' },
          },
        },
        askingDomains: {
          entry: { type: 'say', params: { text: copy.askDomains } },
          on: {
            'user.command': back('askingKind'),
            'user.text': [
              { guard: 'gaveDomains', actions: 'saveDomains', target: 'showingChecklist' },
              { actions: ['countFailure', 'sayDomainErrors'] },
            ],
          },
        },
        showingChecklist: {
          entry: 'showChecklist',
          on: {
            'user.command': back('askingDomains'),
            'user.choice': { guard: { type: 'isChoice', params: { id: 'checklist.ready' } }, actions: 'requestNextField', target: 'collectingProfile' },
            'user.text': { actions: 'requestNextField', target: 'collectingProfile' },
          },
        },
        ...profileStates,
        ...emailStates,
        ...documentStates,
        ...reviewStates,
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
        onError: { actions: 'sayRegistrarUnavailable', target: 'flow.hist', reenter: true },
      },
    },
    handingOff: {
      tags: 'busy',
      entry: { type: 'say', params: { text: copy.handoffRequested } },
      invoke: {
        src: 'requestHuman',
        input: ({ context }) => handoffSummary(context),
        onDone: 'withAgent',
        onError: 'withAgent',
      },
    },
    withAgent: {
      on: {
        'user.question': { actions: { type: 'say', params: { text: copy.handoffWaiting } } },
        'user.text': [
          { guard: ({ event }) => /^(bot|机器人|back to bot|继续)$/i.test(event.text.trim()), actions: { type: 'say', params: { text: copy.backToBot } }, target: 'flow.hist', reenter: true },
          { actions: { type: 'say', params: { text: copy.handoffWaiting } } },
        ],
      },
    },
  },
});

/** True while the conversation waits for a review the registrar has not finished (what the review watcher follows). */
export function isAwaitingReview(snapshot: unknown): boolean {
  const value = (snapshot as { value?: unknown } | undefined)?.value as { flow?: string } | undefined;
  return value?.flow === 'awaitingReview' || value?.flow === 'awaitingAssociation';
}
