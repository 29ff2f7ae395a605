import { createActor, fromPromise, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { initialContext } from '../../../dialogs/verification/context.ts';
import { verificationMachine } from '../../../dialogs/verification/machine.ts';
import type { PhotoOutcome } from '../../../src/documents/types.ts';

// The dialog's side of a rejected photo: the registrant is offered a person instead of a dead end.
const rejected: PhotoOutcome[] = [{ ok: false, problems: [{ en: 'The photo is blurry.', zh: '照片模糊。' }] }];

function atDocuments() {
  const machine = verificationMachine.provide({
    actors: {
      inspectUploads: fromPromise(async () => rejected),
    },
  });
  const snapshot = machine.resolveState({ value: { flow: 'collectingDocuments' }, context: { ...initialContext('en'), kind: 'individual_mainland' } });
  const actor = createActor(machine, { snapshot });
  const said: { text: string; choices?: { id: string; label: string }[] }[] = [];
  actor.on('say', (e: { message: { text: string; choices?: { id: string; label: string }[] } }) => said.push(e.message));
  actor.start();
  return { actor, said };
}

describe('a rejected photo', () => {
  it('comes with the offer to send it to a person to check, which hands the conversation to an agent', async () => {
    const { actor, said } = atDocuments();
    actor.send({ type: 'user.upload', uploads: [{ blobId: 'upload:1', size: 1000, name: 'id.jpg' }] });
    await waitFor(actor, (s) => !s.hasTag('busy'));
    const offer = said.find((m) => m.choices?.some((c) => c.id === 'photo.review'));
    expect(offer?.choices?.find((c) => c.id === 'photo.review')?.label).toBe('Send it to a person to check');
    actor.send({ type: 'user.choice', id: 'photo.review' });
    expect(JSON.stringify(actor.getSnapshot().value)).toContain('handingOff');
    actor.stop();
  });
});
