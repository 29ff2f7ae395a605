import type { AnyStateMachine, Snapshot } from 'xstate';

/**
 * Whether the conversation's current step itself handles `eventType` (a state below the root declares it), as
 * opposed to the dialog-wide fallback ("not now"). Used to store an upload only where one is wanted: a document step,
 * a review that asks for a new photo, or while an agent has the conversation.
 * @example stepTakes(machine, saved?.snapshot, 'user.upload') // true at collectingDocuments, false at askingEmail
 */
export function stepTakes(machine: AnyStateMachine, snapshot: Snapshot<unknown> | undefined, eventType: string): boolean {
  const persisted = snapshot as { value?: unknown; context?: unknown } | undefined;
  if (persisted?.value === undefined) return false; // a new conversation starts by asking, never with a document step
  const state = machine.resolveState({ value: persisted.value as never, context: persisted.context as never });
  return state._nodes.some((node) => node !== machine.root && Object.hasOwn(node.config.on ?? {}, eventType));
}
