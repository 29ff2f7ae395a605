import { createLogger } from '../../src/logger.ts';
import type { AnyStateMachine, EventObject, InspectionEvent } from 'xstate';
import { createRunner } from '../../src/conversation/runner.ts';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { createMemoryStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { toDialogEvent } from '../../dialogs/verification/to-event.ts';
import { createIntentClassifier } from '../../src/faq/classifier.ts';
import { DIALOG_VERSION } from '../../dialogs/verification/machine.ts';

/** A conversation driven through the real runner and store, turn by turn, keeping every reply. */
export type TestConversation = {
  say(text: string): Promise<OutboundMessage[]>;
  choose(id: string): Promise<OutboundMessage[]>;
  upload(...files: { bytes: Buffer; name?: string }[]): Promise<OutboundMessage[]>;
  send(msg: Partial<InboundMessage>): Promise<OutboundMessage[]>;
  /** Sends a dialog event directly, as the agent desk does with its trusted events. */
  sendEvent(event: EventObject & Record<string, unknown>): Promise<OutboundMessage[]>;
  texts(): string[];
  last(): OutboundMessage;
  state(): Promise<unknown>;
  context(): Promise<Record<string, unknown> | undefined>;
  store: Store;
};

/** Starts a conversation with a dialog machine (usually `verificationMachine.provide(...)` with faked I/O). */
export async function startConversation(machine: AnyStateMachine, options: { store?: Store; conversationId?: string; onState?: (value: unknown) => void } = {}): Promise<TestConversation> {
  const store = options.store ?? (await createMemoryStore());
  const conversationId = options.conversationId ?? `test:${Math.random().toString(36).slice(2)}`;
  const saveUpload = async (bytes: Buffer, meta: { name?: string; contentType?: string }) => {
    const id = `upload:${Math.random().toString(36).slice(2)}`;
    await store.blobs.put(id, bytes, { contentType: meta.contentType ?? 'application/octet-stream' });
    return id;
  };
  const inspect = options.onState
    ? (event: InspectionEvent) => { if (event.type === '@xstate.microstep' || event.type === '@xstate.snapshot') options.onState!((event.snapshot as { value?: unknown }).value); }
    : undefined;
  const runner = createRunner({ store, machine, logger: createLogger('silent'), dialogVersion: DIALOG_VERSION, toEvent: (msg) => injected.get(msg.id) ?? toDialogEvent(msg, { saveUpload, classifier: createIntentClassifier() }), ...(inspect ? { inspect } : {}) });
  const replies: OutboundMessage[] = [];
  const injected = new Map<string, EventObject>();
  let turn = 0;
  const send = async (msg: Partial<InboundMessage>) => {
    turn += 1;
    const out = await runner.handle({ id: `m${turn}`, channel: 'terminal', conversationId, userId: 'u1', ...msg });
    replies.push(...out);
    return out;
  };
  return {
    say: (text) => send({ text }),
    choose: (id) => send({ action: { id } }),
    upload: (...files) => send({ attachments: files.map((f) => ({ name: f.name ?? 'photo.jpg', read: async () => f.bytes })) }),
    send,
    sendEvent: (event) => {
      injected.set(`m${turn + 1}`, event);
      return send({});
    },
    texts: () => replies.map((r) => r.text),
    last: () => replies.at(-1)!,
    state: async () => (await runner.peek(conversationId) as { value?: unknown } | undefined)?.value,
    context: async () => (await runner.peek(conversationId) as { context?: Record<string, unknown> } | undefined)?.context,
    store,
  };
}
