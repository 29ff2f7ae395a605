import { channelAdapterContract, CONTRACT_PHOTO } from '../../../contract/channel-adapter.contract.ts';
import { SlackBlockActions, SlackMessageEvent, toInbound, toInboundAction } from '../../../../adapters/slack/normalize.ts';
import { toSlackMessage, type SlackMessage } from '../../../../adapters/slack/render.ts';

const envelope = (event: Record<string, unknown>) => ({
  type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev1',
  event: { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', ts: '1700000000.000100', ...event },
});

/** What a person reads of Block Kit: every text and button label, with mrkdwn entities decoded. */
function visibleSlackText(message: SlackMessage): string {
  const texts = message.blocks.flatMap((block) => {
    if (block.type === 'section') return [block.text?.text ?? '', ...(block.fields ?? []).map((f) => f.text)];
    if (block.type === 'context') return block.elements.map((e) => e.text);
    return block.elements.map((button) => button.text.text);
  });
  return texts.join('\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

channelAdapterContract('slack', () => ({
  channel: 'slack',
  fixtures: {
    text: envelope({ text: 'hi' }),
    photo: envelope({ subtype: 'file_share', text: '', files: [{ id: 'F1', name: 'id-front.jpg', mimetype: 'image/jpeg', size: CONTRACT_PHOTO.length }] }),
    choice: {
      type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, channel: { id: 'D1' },
      actions: [{ type: 'button', action_id: 'dvbot_choice_1', value: 'passport', action_ts: '1700000001.000001' }],
    },
  },
  normalize: (payload) => {
    const p = payload as { type: string; team_id: string; event: unknown };
    if (p.type === 'block_actions') return toInboundAction(SlackBlockActions.parse(payload))!;
    return toInbound(SlackMessageEvent.parse(p.event), p.team_id, async (file) => (file.id === 'F1' ? CONTRACT_PHOTO : Buffer.alloc(0)));
  },
  visibleText: (message) => visibleSlackText(toSlackMessage(message)),
}));
