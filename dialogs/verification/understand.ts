import { interpret, type Meaning, type OpenQuestion } from '../../src/understanding/interpret.ts';
import { foldText } from '../../src/understanding/fold.ts';
import { readKind } from '../../src/understanding/kinds.ts';
import { profileFields } from '../../src/domain/profile-fields.ts';
import { REGISTRANT_KINDS, type RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { OnScreen } from '../../src/understanding/typed-choice.ts';
import { sameQuestion, type DialogContext, type QuestionInputs } from './context.ts';
import type { DialogEvent } from './events.ts';
import { copy } from './copy.ts';
import { understandingCopy } from './understanding-copy.ts';
import { AFTER_SUMMARY } from './button-words.ts';

/** The steps whose typed answers the interpreter reads. */
export type Step = OpenQuestion['step'];

/** The buttons each step shows, and which of them a typed "yes" or "no" means. */
const SCREENS: Partial<Record<Step, OnScreen>> = {
  domainsFromUrl: {
    choices: [{ id: 'domains.url_yes', label: understandingCopy.domainsFromUrlYes }, { id: 'domains.url_no', label: understandingCopy.domainsFromUrlNo }],
    yes: 'domains.url_yes', no: 'domains.url_no',
  },
  checklist: { choices: [{ id: 'checklist.ready', label: copy.checklistReady }], yes: 'checklist.ready' },
  english: { choices: [{ id: 'english.accept', label: copy.englishAccept }], yes: 'english.accept' },
  summary: { choices: [{ id: 'summary.confirm', label: copy.summaryConfirm }, { id: 'summary.edit', label: copy.summaryEdit }], yes: 'summary.confirm', no: 'summary.edit' },
  restart: { choices: [{ id: 'restart.yes', label: copy.restartYes }, { id: 'restart.no', label: copy.restartNo }], yes: 'restart.yes', no: 'restart.no' },
  ...AFTER_SUMMARY,
};

/** The open question at `step`, as the interpreter needs it. */
export function openQuestion(context: DialogContext, step: Step): OpenQuestion {
  const fields = context.kind ? profileFields(context.kind, context.profile) : [];
  const screen = SCREENS[step];
  const question: OpenQuestion = { step, fields, profile: context.profile };
  if (context.kind) question.kind = context.kind;
  if (step === 'field' && context.requested) question.field = context.requested;
  if (screen) question.screen = screen;
  return question;
}

/** The readings of the event being handled, by step (one slot: a WeakMap entry per message cost about a microsecond). */
let read: { event: DialogEvent; byStep: Map<Step, { inputs: QuestionInputs; meaning: Meaning }> } | undefined;

/** What a typed message means at `step`; undefined for anything but typed text. */
export function understand(context: DialogContext, event: DialogEvent, step: Step): Meaning | undefined {
  if (event.type !== 'user.text') return undefined;
  // Every guard and action of a transition asks about the same event, and an earlier action of it (following the
  // language, counting a failure) gives the context a new identity without touching what the question is made of:
  // read the message once per step and question.
  if (read?.event !== event) read = { event, byStep: new Map() };
  const cached = read.byStep.get(step);
  if (cached && sameQuestion(cached.inputs, context)) return cached.meaning;
  const meaning = interpret(event.text, openQuestion(context, step));
  read.byStep.set(step, { inputs: { kind: context.kind, profile: context.profile, requested: context.requested }, meaning });
  return meaning;
}

/**
 * Reads the registrant kind from a button, a number ("3") or words ("个人", "臺灣居民", "a company in Hong Kong").
 * @example pickKind({ type: 'user.text', text: 'a company in Hong Kong' }) // 'enterprise_outside'
 */
export function pickKind(event: DialogEvent): RegistrantKind | undefined {
  if (event.type === 'user.choice') {
    const id = event.id.replace(/^kind\./, '');
    return REGISTRANT_KINDS.find((k) => k === id);
  }
  return event.type === 'user.text' ? readKind(foldText(event.text)) : undefined;
}
