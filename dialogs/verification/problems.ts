import type { PhotoOutcome } from '../../src/documents/types.ts';
import { parseDomainList } from '../../src/domain/suffixes.ts';
import { maskText } from '../../src/handoff/mask-text.ts';
import type { DialogContext, Problem } from './context.ts';
import type { DialogEvent } from './events.ts';
import { checkFieldAnswer } from './interpret.ts';
import { requestedField } from './prompts.ts';

/** How many problems the dialog remembers for the support agent's summary. */
const KEEP = 5;
const MAX_QUOTE = 40;

const quote = (text: string) => JSON.stringify(text.trim().slice(0, MAX_QUOTE));
const outputOf = (event: unknown) => (event as { output?: unknown }).output;

/**
 * Why the answer (or photo) that `countFailure` counts was refused, in English for the agent, personal data masked.
 * Read from the same validators the dialog just applied, so it says exactly what the user was told.
 */
function problemOf(context: DialogContext, event: DialogEvent): Problem | undefined {
  const output = outputOf(event);
  if (Array.isArray(output)) {
    const outcomes = output as PhotoOutcome[];
    const said = outcomes.flatMap((o) => (o.ok ? (o.reading?.read ? o.reading.problems.map((p) => p.message.en) : []) : o.problems.map((p) => p.en)));
    return { kind: 'photo', text: said.join(' ') || 'the photo is not the document' };
  }
  if (event.type.startsWith('xstate.error')) return { kind: 'photo', text: 'the photo could not be read' };
  const typed = 'text' in event && typeof event.text === 'string' ? event.text : undefined;
  const field = requestedField(context);
  if (field) {
    const verdict = checkFieldAnswer(context, event);
    const why = verdict && !verdict.valid ? verdict.error.message.en : 'not understood as an answer';
    return { kind: 'answer', text: `${field.label.en}${typed ? ` ${quote(typed)}` : ''}: ${why}` };
  }
  if (typed && !context.kind) return { kind: 'answer', text: `registrant type ${quote(typed)}: not understood` };
  const errors = typed ? parseDomainList(typed).errors : [];
  if (errors.length) return { kind: 'answer', text: errors.map((e) => `${quote(e.input)}: ${e.error.message.en}`).join('; ') };
  return typed ? { kind: 'answer', text: `${quote(typed)}: not understood` } : undefined;
}

/** The remembered problems with this failure's added (the oldest dropped). */
export function withProblem(context: DialogContext, event: DialogEvent): Problem[] {
  const problem = problemOf(context, event);
  const kept = context.problems ?? [];
  // Masked as a whole: the validators' own messages may quote the number that was typed.
  return problem ? [...kept, { ...problem, text: maskText(problem.text) }].slice(-KEEP) : kept;
}
