import { describe, expect, it } from 'vitest';
import { isBotFrameworkUrl } from '../../../../adapters/teams/files.ts';

describe('isBotFrameworkUrl', () => {
  it("allows the bot's token to Bot Framework hosts and the activity's connector, over HTTPS, and nowhere else", () => {
    const serviceUrl = 'https://smba.trafficmanager.net/emea/';
    const urls = {
      'https://smba.trafficmanager.net/amer/v3/attachments/1/views/original': true,
      'https://eu.api.asm.skype.com/v1/objects/0-weu-d1/views/imgo': true,
      'https://api.botframework.com/v3/attachments/1': true,
      'http://smba.trafficmanager.net/amer/v3/attachments/1': false,
      'https://contoso.sharepoint.com/personal/ana/Documents/id.jpg': false,
      'https://contoso-my.sharepoint.com/personal/ana/_layouts/15/download.aspx?share=x': false,
      'https://graph.microsoft.com/v1.0/drives/1/items/2/content': false,
      'https://botframework.com.evil.example/x': false,
      'not a url': false,
    };
    expect(Object.fromEntries(Object.keys(urls).map((url) => [url, isBotFrameworkUrl(url, serviceUrl)]))).toEqual(urls);
  });

  it("treats the activity's own serviceUrl origin as the connector, whatever its host", () => {
    expect(isBotFrameworkUrl('http://127.0.0.1:3978/v3/attachments/1', 'http://127.0.0.1:3978/')).toBe(true);
    expect(isBotFrameworkUrl('http://127.0.0.1:3979/v3/attachments/1', 'http://127.0.0.1:3978/')).toBe(false);
    expect(isBotFrameworkUrl('http://127.0.0.1:3978/v3/attachments/1', undefined)).toBe(false);
  });
});
