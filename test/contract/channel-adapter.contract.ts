import { describe, expect, it } from 'vitest';
import type { ChannelName, InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';

/** Bytes every adapter's photo fixture must carry (a JPEG signature, then filler). */
export const CONTRACT_PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('contract photo bytes')]);

/**
 * What an adapter gives the shared suite. Payloads are in the channel's own wire shape; the suite never looks inside them.
 * - fixtures.text: a message whose text is exactly `hi`
 * - fixtures.photo: one uploaded image named `id-front.jpg` whose bytes are CONTRACT_PHOTO
 * - fixtures.choice: a button press on the choice with id `passport`
 */
export type AdapterUnderTest = {
  channel: ChannelName;
  fixtures: { text: unknown; photo: unknown; choice: unknown };
  normalize(payload: unknown): InboundMessage | Promise<InboundMessage>;
  /** Everything a person would read of the rendered message (markup stripped, entities decoded). */
  visibleText(message: OutboundMessage): string | Promise<string>;
};

const ASK: OutboundMessage = {
  text: 'Who is the registrant?',
  choices: [{ id: 'person', label: 'An individual' }, { id: 'passport', label: 'Passport' }],
};
const CHECKLIST: OutboundMessage = {
  text: 'You will need:',
  checklist: [
    { id: 'id-card', title: 'ID card (front and back)', detail: 'Colour photo, all four corners visible', group: 'document' },
    { id: 'trademark', title: 'Trademark certificate', group: 'qualification' },
  ],
};
const SUMMARY: OutboundMessage = {
  text: 'Please check your profile.',
  summary: [{ field: 'email', label: 'Email', value: 'a***@example.com' }, { field: 'name', label: '姓名', value: '张三' }],
};

/** The suite every channel adapter runs (web, Slack, Teams, terminal): one behaviour, no branching on the adapter. */
export function channelAdapterContract(name: string, make: () => AdapterUnderTest): void {
  describe(`${name} adapter contract`, () => {
    it('normalizes plain text into a message of its channel', async () => {
      const a = make();
      const msg = await a.normalize(a.fixtures.text);
      expect(msg).toMatchObject({ channel: a.channel, text: 'hi' });
      expect(msg.action).toBeUndefined();
      expect(msg.attachments ?? []).toHaveLength(0);
      for (const key of ['id', 'conversationId', 'userId'] as const) expect(msg[key]).toMatch(/\S/);
    });

    it('gives the same payload the same dedupe id', async () => {
      const a = make();
      expect((await a.normalize(a.fixtures.text)).id).toBe((await a.normalize(a.fixtures.text)).id);
    });

    it('normalizes a photo upload to one attachment whose bytes are the photo', async () => {
      const a = make();
      const msg = await a.normalize(a.fixtures.photo);
      expect(msg.attachments).toHaveLength(1);
      expect(msg.attachments?.[0]?.name).toBe('id-front.jpg');
      expect(Buffer.compare(await msg.attachments![0]!.read(), CONTRACT_PHOTO)).toBe(0);
    });

    it('normalizes a button press to its choice id', async () => {
      const a = make();
      expect((await a.normalize(a.fixtures.choice)).action?.id).toBe('passport');
    });

    it('renders the text and every choice label', async () => {
      const text = await make().visibleText(ASK);
      for (const part of ['Who is the registrant?', 'An individual', 'Passport']) expect(text).toContain(part);
    });

    it('renders every checklist title and detail', async () => {
      const text = await make().visibleText(CHECKLIST);
      for (const part of ['ID card (front and back)', 'Colour photo, all four corners visible', 'Trademark certificate']) {
        expect(text).toContain(part);
      }
    });

    it('renders every summary label and value, in both scripts', async () => {
      const text = await make().visibleText(SUMMARY);
      for (const part of ['Email', 'a***@example.com', '姓名', '张三']) expect(text).toContain(part);
    });

    it('shows markup-like text literally instead of interpreting it', async () => {
      const hostile = '<b>x</b> & <!channel> <script>alert(1)</script>';
      expect(await make().visibleText({ text: hostile })).toContain(hostile);
    });
  });
}
