import { channelAdapterContract, CONTRACT_PHOTO } from '../../../contract/channel-adapter.contract.ts';
import { TeamsMessageActivity, toInbound } from '../../../../adapters/teams/normalize.ts';
import { toTeamsActivities, type TeamsActivity } from '../../../../adapters/teams/render.ts';

const activity = (fields: Record<string, unknown>) => ({
  type: 'message', id: 'act-1', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: '29:u', aadObjectId: 'aad-1' }, conversation: { id: 'a:1', conversationType: 'personal' }, ...fields,
});
const DOWNLOAD_URL = 'https://contoso-my.sharepoint.com/personal/ana/_layouts/15/download.aspx?UniqueId=u1';

type Card = { body: { actions: { title: string }[] }[] };
// Text is sent with textFormat plain, so what a person reads is the text itself plus the card's button titles.
const visible = (activities: TeamsActivity[]) => activities.flatMap((a) => [
  a.text ?? '',
  ...(a.attachments ?? []).flatMap((att) => ((att.content as Card | undefined)?.body ?? []).flatMap((set) => set.actions.map((b) => b.title))),
]).join('\n');

channelAdapterContract('teams', () => ({
  channel: 'teams',
  fixtures: {
    text: activity({ text: 'hi' }),
    photo: activity({ attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'id-front.jpg', content: { downloadUrl: DOWNLOAD_URL, fileType: 'jpg' } }] }),
    choice: activity({ value: { dvbotChoice: 'passport' } }),
  },
  normalize: (payload) => toInbound(TeamsMessageActivity.parse(payload), {
    file: async (url) => (url === DOWNLOAD_URL ? CONTRACT_PHOTO : Buffer.alloc(0)),
    image: async () => Buffer.alloc(0),
  }),
  visibleText: (message) => visible(toTeamsActivities(message)),
}));
