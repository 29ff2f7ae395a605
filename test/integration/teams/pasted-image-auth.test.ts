import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefetchImages } from '../../../adapters/teams/files.ts';
import { createDownloader } from '../../../src/attachments/download.ts';
import { TEAMS_FILE_HOSTS } from '../../../src/attachments/hosts.ts';
import { createLogger } from '../../../src/logger.ts';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.ts';

const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 3)]);
let connector: FakeBotConnector;
let sharepoint: FakeBotConnector; // another allowed origin standing in for a tenant's SharePoint / OneDrive

beforeAll(async () => { [connector, sharepoint] = await Promise.all([startFakeBotConnector(), startFakeBotConnector()]); });
afterAll(async () => { await Promise.all([connector?.close(), sharepoint?.close()]); });

describe('pasted images', () => {
  it("carry the bot's Authorization to the activity's connector only, never to another allowed origin", async () => {
    const download = createDownloader({ allow: { hosts: TEAMS_FILE_HOSTS, origins: [connector.url, sharepoint.url] }, logger: createLogger('silent') });
    const onConnector = connector.serve({ path: '/v3/attachments/img-1/views/original', bytes: PHOTO, contentType: 'image/png' });
    const onSharepoint = sharepoint.serve({ path: '/personal/ana/pasted.png', bytes: PHOTO, contentType: 'image/png' });
    const images = [onConnector, onSharepoint].map((contentUrl) => ({ contentUrl, contentType: 'image/*' }));
    const prefetched = await prefetchImages(images, download, { serviceUrl: `${connector.url}/`, authorization: async () => 'Bearer bot-token' });
    expect([...prefetched.results.values()].map((r) => Buffer.isBuffer(r) && r.equals(PHOTO))).toEqual([true, true]);
    expect(connector.downloads).toEqual([{ path: '/v3/attachments/img-1/views/original', authorization: 'Bearer bot-token' }]);
    expect(sharepoint.downloads).toEqual([{ path: '/personal/ana/pasted.png' }]);
  });
});
