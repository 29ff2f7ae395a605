import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { AppError } from '../../src/errors.ts';

/**
 * A tiny dialog for channel-adapter tests: "start" asks a choice, a button answers, a photo is read (or its download
 * error code reported), "show me" replies with an image, "slow" waits until `hold()`'s release, anything else echoes.
 */
export function createEchoDialog(photo: Buffer) {
  const handled: InboundMessage[] = [];
  let gate: Promise<void> = Promise.resolve();
  async function handle(msg: InboundMessage): Promise<OutboundMessage[]> {
    handled.push(msg);
    if (msg.text === 'slow') await gate;
    if (msg.action) return [{ text: `You chose ${msg.action.id}` }];
    const attachment = msg.attachments?.[0];
    if (attachment) {
      try {
        const bytes = await attachment.read();
        return [{ text: `Got ${attachment.name} (${bytes.length} bytes)` }];
      } catch (error) {
        return [{ text: `Photo failed: ${error instanceof AppError ? error.code : 'unknown'}` }];
      }
    }
    if (msg.text === 'start') return [{ text: 'Who is the registrant?', choices: [{ id: 'person', label: 'An individual' }, { id: 'passport', label: 'Passport' }] }];
    if (msg.text === 'show me') return [{ text: 'Here it is', image: { bytes: photo, contentType: 'image/jpeg', name: 'merged.jpg' } }];
    return [{ text: `You said: ${msg.text}` }];
  }
  return {
    handle,
    handled,
    /** Makes the next "slow" message wait; call the returned function to let it finish. */
    hold(): () => void {
      let open = () => {};
      gate = new Promise((resolve) => { open = resolve; });
      return open;
    },
  };
}
