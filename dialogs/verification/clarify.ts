/**
 * Asking back when the question is unclear (Rasa's two-stage fallback): "Did you mean …?" with two or three intents
 * and "something else / a person". The choice is remembered in the conversation, keyed by the candidates offered, so
 * the same doubt is not raised twice: the next equally unclear question between the same intents gets the chosen answer.
 */
import { t, type Localized } from '../../src/i18n/localized.ts';
import type { OutboundMessage } from '../../src/conversation/messages.ts';
import { answerIntent } from '../../src/faq/answers.ts';
import { clarifiedIntent, clarifyingQuestion } from '../../src/faq/clarification.ts';
import type { IntentId } from '../../src/faq/intents.ts';
import type { DialogContext } from './context.ts';
import type { DialogEvent } from './events.ts';

/** What the dialog says back, and what it remembers about the doubt. */
export type ClarifyReply = { message: OutboundMessage; remember?: Pick<DialogContext, 'clarifying' | 'clarified'> };

const OTHER: Localized = {
  en: 'Could you say it in other words? Or, if you prefer, I can pass you to a person.',
  zh: '可以换一种说法再问一次吗？如果您愿意，也可以转人工客服。',
};
const HANDOFF: Localized = { en: 'Talk to a person', zh: '转人工客服' };

const keyOf = (candidates: readonly IntentId[]) => [...candidates].sort().join(',');

const faqContext = (context: DialogContext, event?: DialogEvent) => ({
  lang: context.lang, ...(context.kind ? { kind: context.kind } : {}), domains: context.domains,
  ...(event?.type === 'user.question' && event.topic ? { topic: event.topic } : {}),
});

/** The candidates to ask about when a question is unclear and no earlier choice settles it; undefined otherwise. */
export function unsureCandidates(context: DialogContext, event: DialogEvent): readonly IntentId[] | undefined {
  if (event.type !== 'user.question' || !event.candidates?.length) return undefined;
  return context.clarified?.[keyOf(event.candidates)] ? undefined : event.candidates;
}

/** The reply to a question: the answer (to the remembered choice, when the doubt was settled before) or "Did you mean …?". */
export function replyToQuestion(context: DialogContext, event: DialogEvent): ClarifyReply {
  if (event.type !== 'user.question') return { message: answerIntent('out_of_scope', faqContext(context)) };
  const candidates = unsureCandidates(context, event);
  if (candidates) return { message: clarifyingQuestion(candidates, context.lang), remember: { clarifying: [...candidates] } };
  const settled = event.candidates ? context.clarified?.[keyOf(event.candidates)] : undefined;
  return { message: answerIntent(settled ?? event.intent, faqContext(context, event)) };
}

/** The intent a "Did you mean …?" button picks (`other` for "something else"), or undefined for any other event. */
export function pickedClarification(event: DialogEvent): IntentId | 'other' | undefined {
  return event.type === 'user.choice' ? clarifiedIntent(event.id) : undefined;
}

/** The answer to the picked intent, remembered for the candidates that were offered; "something else" asks to rephrase. */
export function replyToClarification(context: DialogContext, event: DialogEvent): ClarifyReply {
  const picked = pickedClarification(event);
  if (picked === undefined || picked === 'other') {
    return { message: { text: t(OTHER, context.lang), choices: [{ id: 'human.unsure', label: t(HANDOFF, context.lang) }] }, remember: { clarifying: undefined } };
  }
  const clarified = context.clarifying ? { ...context.clarified, [keyOf(context.clarifying)]: picked } : context.clarified;
  return { message: answerIntent(picked, faqContext(context)), remember: { clarifying: undefined, clarified } };
}
