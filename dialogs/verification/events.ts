import type { Lang } from '../../src/i18n/localized.ts';
import type { UploadRef } from '../../src/documents/types.ts';
import type { IntentId } from '../../src/faq/intents.ts';
import type { AgentDialogEvent } from '../../src/handoff/types.ts';
import type { OffTopic } from '../../src/faq/off-topic.ts';

/** A global command recognised in any state. */
export type Command = 'help' | 'back' | 'restart' | 'human' | 'why' | 'repeat' | 'delete_documents' | { lang: Lang };


/** Every event the verification dialog understands. Each names its conversation and the language it seems to be in (the greeting uses both). */
export type DialogEvent = { conversationId?: string; lang?: Lang } & (
  | { type: 'user.text'; text: string }
  | { type: 'user.choice'; id: string }
  | { type: 'user.command'; command: Command; text: string }
  | { type: 'user.question'; intent: IntentId; text: string; candidates?: readonly IntentId[]; topic?: OffTopic }
  | { type: 'user.upload'; uploads: UploadRef[]; text?: string }
  | { type: 'user.upload_failed'; reason: 'too_large' | 'unreachable'; limitBytes?: number }
  | { type: 'system.poll' }
  | AgentDialogEvent
);
