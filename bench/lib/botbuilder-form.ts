/**
 * The benchmark form of form-machine.ts written the way botbuilder-dialogs' samples write it: a WaterfallDialog of
 * TextPrompts with validators and retry prompts, dialog state in ConversationState over MemoryStorage, driven by
 * TestAdapter with the usual continueDialog-or-beginDialog turn handler.
 */
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import {
  DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type DialogState, type PromptValidatorContext, type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { FIELDS } from './form-machine.ts';

const FORM = 'bench-form';

/** The waterfall's per-instance `values` (typed `object` by the SDK) hold the answers by field key. */
const answersOf = (step: WaterfallStepContext) => step.values as Record<string, string>;

/** Each field's prompt accepts an answer only when it matches that field's pattern; otherwise the retry prompt is sent. */
const validatorFor = (valid: RegExp) => async (prompt: PromptValidatorContext<string>): Promise<boolean> =>
  prompt.recognized.succeeded && valid.test((prompt.recognized.value ?? '').trim());

/** Step n keeps the answer to field n-1 (if any) and asks field n; the last step keeps the postcode and summarises. */
function steps() {
  const ask = (index: number) => async (step: WaterfallStepContext) => {
    const previous = FIELDS[index - 1];
    if (previous) answersOf(step)[previous.key] = String(step.result).trim();
    const field = FIELDS[index];
    if (!field) return summarise(step);
    return step.prompt(field.key, { prompt: field.ask, retryPrompt: field.problem });
  };
  return Array.from({ length: FIELDS.length + 1 }, (_, index) => ask(index));
}

async function summarise(step: WaterfallStepContext) {
  const rows = FIELDS.map((f) => `${f.key}: ${answersOf(step)[f.key] ?? ''}`);
  await step.context.sendActivity(['Please check your details.', ...rows].join('\n'));
  return step.endDialog(step.values);
}

/** A bot whose every turn resumes the form, or starts it when none is running (the greeting). */
function createFormBot(conversationState: ConversationState) {
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  for (const field of FIELDS) dialogs.add(new TextPrompt(field.key, validatorFor(field.valid)));
  dialogs.add(new WaterfallDialog(FORM, steps()));
  return async (context: TurnContext): Promise<void> => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(FORM);
    await conversationState.saveChanges(context, false);
  };
}

/** One turn of the form: the user's text in, the bot's replies out. */
export type BotbuilderTurn = (conversationId: string, messageId: string, text: string) => Promise<Partial<Activity>[]>;

/** Creates the form bot on its own MemoryStorage; each turn drains the adapter's reply queue so it does not grow. */
export function createBotbuilderForm(): BotbuilderTurn {
  const conversationState = new ConversationState(new MemoryStorage());
  const adapter = new TestAdapter(createFormBot(conversationState));
  return async (conversationId, messageId, text) => {
    await adapter.processActivity({
      type: ActivityTypes.Message, id: messageId, text,
      conversation: { id: conversationId, isGroup: false, name: conversationId, conversationType: 'personal' },
      from: { id: conversationId, name: conversationId },
    });
    return adapter.activeQueue.splice(0);
  };
}
