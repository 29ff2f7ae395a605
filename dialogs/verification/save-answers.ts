import type { DialogContext } from './context.ts';
import { sameQuestion } from './context.ts';
import type { DialogEvent } from './events.ts';
import { applyValues, type Applied } from './apply-meaning.ts';
import { firstConflict, nextMissingField, type FormState } from './form.ts';
import { understand, type Step } from './understand.ts';

/** Applying a message's values, with the field the step asks next. */
type Saved = { patch: Applied['patch'] & Pick<DialogContext, 'requested'>; messages: Applied['messages'] };

/** The kind and the answers once `patch` is stored (the form's order and checks need no more of the context). */
const formAfter = (context: DialogContext, patch: Applied['patch']): FormState => ({ kind: patch.kind ?? context.kind, profile: patch.profile ?? context.profile });

let last: { event: DialogEvent; step: Step; context: DialogContext; applied: Saved | undefined } | undefined;

/**
 * What storing the message's valid values at `step` changes (the field to ask next included) and says; undefined
 * when it holds none. The guard that decides where the answer leads and the action that stores it ask about the same
 * event, with a context that may differ only by the language or a failure count in between: worked out once.
 */
export function savedAnswers(context: DialogContext, event: DialogEvent, step: Step): Saved | undefined {
  const known = last;
  if (known?.event === event && known.step === step && known.context.lang === context.lang && sameQuestion(known.context, context)
    && known.context.photos === context.photos && known.context.englishEdits === context.englishEdits) return known.applied;
  const meaning = understand(context, event, step);
  let applied: Saved | undefined;
  if (meaning?.values.some((v) => v.verdict.valid)) {
    const { patch, messages } = applyValues(context, meaning);
    applied = { patch: { ...patch, requested: nextMissingField(formAfter(context, patch)) }, messages };
  }
  last = { event, step, context, applied };
  return applied;
}

/**
 * True when the answer is stored and the form just goes on to its next field: no two answers conflict and a field is
 * still missing. The step then asks that field directly instead of passing through `answerSaved`, whose checks would
 * find exactly this (one microstep of the machine less on most answers).
 */
export function leadsToNextField(context: DialogContext, event: DialogEvent, step: Step): boolean {
  const applied = savedAnswers(context, event, step);
  return applied?.patch.requested !== undefined && firstConflict(formAfter(context, applied.patch)) === undefined;
}
