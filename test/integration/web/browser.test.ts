import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPhoneBrowser, type PhoneBrowser } from '../../support/browser.ts';
import { createTestDialog, startWebChat, type RunningWebChat } from './harness.ts';

const PHOTO = fileURLToPath(new URL('./fixtures/card.jpg', import.meta.url));
const dialog = createTestDialog();
let chat: RunningWebChat;
let phone: PhoneBrowser;

beforeAll(async () => {
  chat = await startWebChat(dialog.handle, { uploadLimitBytes: 1024 * 1024 });
  phone = await launchPhoneBrowser();
});
afterAll(async () => {
  await phone?.close();
  await chat?.close();
});

const lastBot = () => phone.page.locator('.msg.bot:not(.typing)').last();
const conversationId = () => phone.page.evaluate(() => JSON.parse(localStorage.getItem('dvbot.conversationId')!) as string);

// One conversation, step by step: each test continues where the previous one left off.
describe('web chat in a phone browser', () => {
  it('greets with choices as labelled buttons in a live log', async () => {
    const { page } = phone;
    await page.goto(chat.url);
    await expect.poll(() => lastBot().locator('.bubble').textContent()).toBe('Hello! I can help you verify your domain name. Who is the registrant?');
    expect(await page.getByRole('log').getAttribute('aria-live')).toBe('polite');
    expect(await page.getByRole('group', { name: 'Choices' }).getByRole('button').allTextContents()).toEqual(['An individual', 'A company']);
    for (const name of ['Take a photo', 'Send a photo or PDF file', 'Send', '切换到中文']) await page.getByRole('button', { name, exact: true }).waitFor();
    expect(await page.locator('#camera-input').getAttribute('capture')).toBe('environment');
  });

  it('answers a tapped choice and shows the checklist and summary as cards', async () => {
    const { page } = phone;
    await page.getByRole('button', { name: 'A company' }).tap();
    await expect.poll(() => lastBot().locator('.bubble').textContent()).toBe('You chose enterprise. Here is what you will need:');
    expect(await lastBot().locator('.checklist h2').allTextContents()).toEqual(['Documents', 'Special qualifications', 'Photo rules']);
    expect(await lastBot().locator('.checklist .title').allTextContents())
      .toEqual(['ID card, front and back', 'Trademark registration certificate', 'JPG or BMP, 55 KB to 5 MB']);
    expect(await lastBot().locator('.summary dt, .summary dd').allTextContents()).toEqual(['Registrant', 'enterprise', 'Email', 'a***@example.com']);
    expect(await page.getByRole('button', { name: 'A company' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.choice:not(:disabled)').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('log');
  });

  it('sends text and shows markup from the user as plain text', async () => {
    const { page } = phone;
    await page.getByRole('textbox', { name: 'Message' }).fill('<b>bold</b> & <img src=x>');
    await page.keyboard.press('Enter');
    await expect.poll(() => lastBot().textContent()).toBe('You said: <b>bold</b> & <img src=x> (message 3)');
    expect(await page.locator('#log b, #log img').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('');
  });

  it('uploads a photo, says it is checking it while the request is in flight, then shows the reply inline', async () => {
    const { page } = phone;
    const release = dialog.holdUploads();
    await page.locator('#camera-input').setInputFiles(PHOTO);
    await page.locator('.msg.typing', { hasText: 'Checking your photo…' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Checking your photo…');
    release();
    await expect.poll(() => lastBot().locator('.bubble').textContent()).toBe('Thanks, your photo looks sharp (4570 bytes).');
    expect(await page.locator('.msg.typing').count()).toBe(0);
    expect(await page.locator('.msg.user').last().textContent()).toBe('Sent: card.jpg');
    expect(await lastBot().getByRole('img', { name: 'id-card.jpg' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    await page.screenshot({ path: '/tmp/dvbot-web-chat.png' });
  });

  it('keeps the transcript and the server-side conversation across a reload', async () => {
    const { page } = phone;
    await page.reload();
    await page.getByText('You said: <b>bold</b> & <img src=x> (message 3)').waitFor();
    expect(await page.locator('.checklist').count()).toBe(1);
    expect(await page.locator('.note').textContent()).toBe('Image "id-card.jpg" (not kept on this device)');
    await page.getByRole('textbox', { name: 'Message' }).fill('still there?');
    await page.getByRole('button', { name: 'Send', exact: true }).tap();
    await expect.poll(() => lastBot().textContent()).toBe('You said: still there? (message 5)');
  });

  it('shows the dialog rejecting a file that is not a photo, a file over the size cap, and a server failure', async () => {
    const { page } = phone;
    await page.locator('#file-input').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
    await expect.poll(() => lastBot().textContent()).toBe('Sorry, "notes.pdf" is not a photo I can read. Please send a JPEG.');
    await page.locator('#file-input').setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(1024 * 1024 + 1) });
    await expect.poll(() => page.locator('.msg.error').last().textContent())
      .toBe('That file is larger than 1 MB, so it was not sent. Please send a smaller photo (a normal phone photo is fine) or a PDF under 1 MB.');
    await page.getByRole('textbox', { name: 'Message' }).fill('boom');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.msg.error').last().textContent())
      .toBe('Something went wrong on our side. What you sent before is kept; please try again.');
  });

  it('delivers proactive messages live and after the page was closed', async () => {
    const { page } = phone;
    const id = `web:${await conversationId()}`;
    await expect.poll(() => chat.web.isConnected(id)).toBe(true);
    chat.web.push(id, [{ text: 'Your profile was approved.' }]);
    await expect.poll(() => lastBot().textContent()).toBe('Your profile was approved.');
    await page.goto('about:blank');
    await expect.poll(() => chat.web.isConnected(id)).toBe(false);
    expect(chat.web.push(id, [{ text: 'example.cn is now verified.' }])).toBe('queued');
    await page.goto(chat.url);
    await expect.poll(() => lastBot().textContent()).toBe('example.cn is now verified.');
    expect(await page.getByText('Your profile was approved.').count()).toBe(1);
  });

  it('switches the page to Chinese and tells the bot', async () => {
    const { page } = phone;
    await page.getByRole('button', { name: '切换到中文' }).tap();
    await expect.poll(() => lastBot().textContent()).toMatch(/^You said: 中文 \(message \d+\)$/);
    expect(await page.getByRole('textbox', { name: '消息' }).getAttribute('placeholder')).toBe('输入消息');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByRole('button', { name: 'Switch to English' }).waitFor();
    expect(dialog.received.at(-1)?.locale).toBe('zh');
  });
});
