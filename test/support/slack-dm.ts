import { randomUUID } from 'node:crypto';
import { signSlackRequest } from './fake-slack-api.ts';

/** What a user types or presses in a Slack DM with the bot: each call posts one signed request and resolves with its status. */
export type SlackDm = { say(text: string): Promise<number>; press(choiceId: string): Promise<number> };

let seq = 0;
const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String((seq += 1)).padStart(6, '0')}`;

/**
 * A user `U1` of team `T1` in DM `channel`, talking to the bot served at `baseUrl` (`/slack/events`, signed with `secret`):
 * a message as an Events API `event_callback`, a button as an Interactivity `block_actions` form post.
 */
export function slackDm(baseUrl: string, secret: string, channel: string): SlackDm {
  const post = async (body: string, contentType: string) => {
    const response = await fetch(`${baseUrl}/slack/events`, { method: 'POST', body, headers: { 'content-type': contentType, ...signSlackRequest(secret, body) } });
    await response.arrayBuffer();
    return response.status;
  };
  return {
    say(text) {
      const ts = nextTs();
      return post(JSON.stringify({
        token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${randomUUID()}`, event_time: 1700000000,
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event: { type: 'message', channel, channel_type: 'im', user: 'U1', ts, event_ts: ts, text },
      }), 'application/json');
    },
    press(choiceId) {
      const payload = {
        type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, api_app_id: 'A1', channel: { id: channel }, trigger_id: `trig-${randomUUID()}`,
        actions: [{ type: 'button', action_id: 'dvbot_choice_0', block_id: 'dvbot_choices_0', value: choiceId, action_ts: nextTs() }],
      };
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    },
  };
}
