import { describe, expect, it } from 'vitest';
import { createActor, type AnyActorRef } from 'xstate';
import { toPersistedSnapshot } from '../../../src/conversation/persisted-snapshot.ts';
import { toDialogEvent } from '../../../dialogs/verification/to-event.ts';
import { fakeDialog } from '../../support/fake-dialog-io.ts';

const saveUpload = async () => 'upload:1';
const say = async (actor: AnyActorRef, text: string) =>
  actor.send(await toDialogEvent({ id: text, channel: 'terminal', conversationId: 'c1', userId: 'u1', text }, { saveUpload }));

// Greeting, kind, domains, checklist, three fields, "start over" (leaves the flow: its history is remembered), "no"
// (back through the history), a wrong postal code and the rest of the profile.
const TEXTS = ['hello', '3', 'example.cn', 'ok', '1', '11010519491231002X', '张三', 'start over', 'no', '浙江', '杭州市',
  '浙江省杭州市西湖区文三路90号', '100080', '310012', '13812345678', 'user@example.com'];

describe('the persisted snapshot of a waiting dialog', () => {
  it('is what xstate persists, at every step of a conversation', async () => {
    const actor = createActor(fakeDialog().machine).start();
    const seen = new Set<string>();
    for (const text of TEXTS) {
      await say(actor, text);
      seen.add(JSON.stringify(actor.getSnapshot().value));
      expect(toPersistedSnapshot(actor)).toEqual(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    }
    expect(seen).toContain('"confirmingRestart"');
    expect(seen).toContain('{"flow":"reviewingEnglish"}');
  });

  it('restores a dialog that goes on exactly as the one it was saved from', async () => {
    const machine = fakeDialog().machine;
    const original = createActor(machine).start();
    for (const text of TEXTS.slice(0, 8)) await say(original, text); // saved while at "start over?", the flow's history set
    const stored = JSON.parse(JSON.stringify(toPersistedSnapshot(original)));
    const restored = createActor(machine, { snapshot: stored }).start();
    for (const text of TEXTS.slice(8)) {
      await say(original, text);
      await say(restored, text);
      expect(restored.getSnapshot().value).toEqual(original.getSnapshot().value);
      expect(restored.getSnapshot().context).toEqual(original.getSnapshot().context);
    }
  });

  it('leaves a dialog with invoked work running to xstate, children included', async () => {
    const actor = createActor(fakeDialog().machine).start();
    for (const text of TEXTS.slice(0, 3)) await say(actor, text);
    actor.send({ type: 'user.question', intent: 'why_unverified', text: 'why is my domain still unverified?' }); // the registrar is asked
    expect(Object.keys(actor.getSnapshot().children)).not.toHaveLength(0);
    expect(toPersistedSnapshot(actor)).toEqual(actor.getPersistedSnapshot());
  });
});
