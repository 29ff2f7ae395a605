import { describe, expect, it } from 'vitest';
import { SlackBlockActions, SlackMessageEvent, toInbound, toInboundAction, toPlainText } from '../../../../adapters/slack/normalize.ts';

const noFiles = async () => Buffer.alloc(0);
const event = (fields: Record<string, unknown>) => ({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', ts: '1.2', ...fields });

describe('Slack normalize', () => {
  it('maps a DM to a message keyed by workspace, channel and timestamp', () => {
    expect(toInbound(SlackMessageEvent.parse(event({ text: ' hello ' })), 'T1', noFiles)).toMatchInlineSnapshot(`
      {
        "attachments": [],
        "channel": "slack",
        "conversationId": "slack:T1:D1",
        "id": "slack:T1:D1:1.2",
        "text": "hello",
        "userId": "slack:T1:U1",
      }
    `);
  });

  it('turns Slack links, mentions and entities back into what was typed', () => {
    expect(toPlainText('<mailto:ana@example.com|ana@example.com> &amp; <https://x.cn|x.cn> <https://y.cn> <@U1> <!here> <#C1|general> a&lt;b&gt;'))
      .toBe('ana@example.com & x.cn https://y.cn @U1 @here #general a<b>');
  });

  it('keeps Slack Connect files that carry no URL, for files.info to resolve', async () => {
    const seen: string[] = [];
    const msg = toInbound(SlackMessageEvent.parse(event({ subtype: 'file_share', files: [{ id: 'F2', mode: 'file_access', file_access: 'check_file_info' }] })), 'T1',
      async (file) => { seen.push(`${file.id}:${file.file_access}`); return Buffer.from('x'); });
    expect(msg.attachments).toHaveLength(1);
    expect(msg.attachments?.[0]?.name).toBeUndefined();
    await msg.attachments?.[0]?.read();
    expect(seen).toEqual(['F2:check_file_info']);
  });

  it('refuses messages that are not a person writing in a DM', () => {
    expect(SlackMessageEvent.safeParse(event({ channel_type: 'channel' })).success).toBe(false);
    expect(SlackMessageEvent.safeParse(event({ subtype: 'message_changed' })).success).toBe(false);
    expect(SlackMessageEvent.safeParse(event({ subtype: 'bot_message' })).success).toBe(false);
  });

  it('ignores buttons that are not choices', () => {
    const body = (actionId: string, value?: string) => SlackBlockActions.parse({
      type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, channel: { id: 'D1' }, actions: [{ action_id: actionId, value, action_ts: '9.9' }],
    });
    expect(toInboundAction(body('other', 'x'))).toBeUndefined();
    expect(toInboundAction(body('dvbot_choice_0'))).toBeUndefined();
    expect(toInboundAction(body('dvbot_choice_0', 'person'))).toMatchObject({ id: 'slack:T1:D1:action:9.9', action: { id: 'person' } });
  });
});
