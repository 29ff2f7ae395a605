import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhoneBrowser, type PhoneBrowser } from '../../support/browser.ts';
import { createTestDialog, startWebChat, type RunningWebChat } from '../web/harness.ts';

let chat: RunningWebChat;
let phone: PhoneBrowser;
beforeAll(async () => {
  chat = await startWebChat(createTestDialog().handle);
  phone = await launchPhoneBrowser();
});
afterAll(async () => {
  await phone?.close();
  await chat?.close();
});

describe('the web chat page and review results with stable ids', () => {
  it('shows a result once, even when a replay from an instance that does not know its last event brings it again', async () => {
    const { page } = phone;
    await page.goto(chat.url);
    const id = `web:${await page.evaluate(() => JSON.parse(localStorage.getItem('dvbot.conversationId')!) as string)}`;
    await expect.poll(() => chat.web.isConnected(id)).toBe(true);
    await chat.web.pushOnce(id, [{ text: 'Good news: your profile passed.' }], ['result-1']);
    await expect.poll(() => page.getByText('Good news: your profile passed.').count()).toBe(1);

    // Another instance's event ids mean nothing here: its replay starts from the beginning of its log.
    await page.evaluate(() => localStorage.removeItem('dvbot.eventId'));
    await page.reload();
    await expect.poll(() => chat.web.isConnected(id)).toBe(true);
    chat.web.push(id, [{ text: 'An agent joined.' }]); // arrives after the replay: once it shows, the replay is done
    await expect.poll(() => page.getByText('An agent joined.').count()).toBe(1);
    expect(await page.getByText('Good news: your profile passed.').count()).toBe(1);
  });
});
