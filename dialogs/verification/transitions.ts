import type { Step } from './understand.ts';

/** A "back" command handled by a state: go to `target`. */
export const back = (target: string) => ({ guard: { type: 'isCommand' as const, params: { command: 'back' as const } }, target });

/** After three failed answers at one step: offer help and a human, once. */
export const offerHelpAfterFailures = { guard: 'tooManyFailures' as const, actions: ['offerHelp' as const, 'resetFailures' as const] };

/** Follows the language a typed message is written in (read in the context of `step`) before anything is said. */
export const understood = (step: Step) =>
  [{ type: 'followLanguage' as const, params: { step } }] as const;

/** A typed button label ("submit", "确认提交") at `step`: followed in the message's language, then taken as the tap. */
export const typedButton = (step: Step) =>
  ({ guard: { type: 'typedChoice' as const, params: { step } }, actions: [...understood(step), { type: 'raiseTypedChoice' as const, params: { step } }] });
