import { describe, expect, it } from 'vitest';
import { inlineImages, TeamsMessageActivity, toInbound } from '../../../../adapters/teams/normalize.ts';

const readers = { file: async (url: string) => Buffer.from(`file:${url}`), image: async (url: string) => Buffer.from(`image:${url}`) };
const activity = (fields: Record<string, unknown>) => TeamsMessageActivity.parse({
  type: 'message', id: 'act-1', from: { id: '29:u' }, conversation: { id: 'a:1', conversationType: 'personal' }, ...fields,
});

describe('Teams normalize', () => {
  it('strips mentions and keys the message by conversation and activity id', () => {
    expect(toInbound(activity({ text: '<at>dvbot</at> hello ', locale: 'zh-CN' }), readers)).toMatchInlineSnapshot(`
      {
        "attachments": [],
        "channel": "teams",
        "conversationId": "teams:a:1",
        "id": "teams:a:1:act-1",
        "locale": "zh-CN",
        "text": "hello",
        "userId": "teams:29:u",
      }
    `);
  });

  it('reads files by their download URL and pasted images by their content URL, dropping the html copy and cards', async () => {
    const msg = toInbound(activity({
      attachments: [
        { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/1/views/original' },
        { contentType: 'text/html', content: '<img>' },
        { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'a.pdf', content: { downloadUrl: 'https://x.sharepoint.com/a' } },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'broken.pdf', content: {} },
      ],
    }), readers);
    expect(msg.attachments?.map((a) => [a.name, a.contentType])).toEqual([['a.pdf', undefined], [undefined, undefined]]);
    expect(await Promise.all(msg.attachments!.map(async (a) => String(await a.read())))).toEqual([
      'file:https://x.sharepoint.com/a', 'image:https://smba.trafficmanager.net/amer/v3/attachments/1/views/original',
    ]);
  });

  it('lists pasted images with their declared type', () => {
    expect(inlineImages(activity({ attachments: [{ contentType: 'image/png', contentUrl: 'https://u/1', name: 'p.png' }, { contentType: 'image/jpeg' }] })))
      .toEqual([{ contentUrl: 'https://u/1', contentType: 'image/png', name: 'p.png' }]);
  });

  it('takes only our card submits as choices', () => {
    expect(toInbound(activity({ value: { dvbotChoice: 'passport' } }), readers).action).toEqual({ id: 'passport' });
    expect(toInbound(activity({ value: { other: 'x' } }), readers).action).toBeUndefined();
    expect(toInbound(activity({ value: { dvbotChoice: '' } }), readers).action).toBeUndefined();
  });
});
