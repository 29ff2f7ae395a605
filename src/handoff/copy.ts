import type { Localized } from '../i18n/localized.ts';

/** What the desk itself tells users (the dialog's own handoff copy lives with the dialog). */
export const deskCopy = {
  agentJoined: { en: '{agent} from the support team is here and can see our conversation.', zh: '客服 {agent} 已接入，可以看到我们的对话。' },
} satisfies Record<string, Localized>;

/** What agents are told when an action is refused (English: the console's language). */
export const deskErrors = {
  not_found: 'No open handoff with this id (it may have been handed back already).',
  claimed_by_other: 'Another agent has this conversation.',
  not_claimed: 'Claim this conversation first.',
  user_unreachable: "The message could not be delivered to the user's channel right now; it is kept in the transcript (a terminal user sees it when they start the chat again).",
  no_value: 'The user has not given this field (or it is not a personal field).',
  photo_not_acceptable: 'This photo cannot be made acceptable to the registrar; ask the user for another.',
  invalid_value: 'The value does not pass the same check the bot applies to the user.',
} as const;

/** A refused desk action's code. */
export type DeskErrorCode = keyof typeof deskErrors;
