import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { blur, shoot } from '../../fixtures/photos/scene.ts';
import { photograph } from '../../fixtures/reading/photos.ts';
import { VALID_ANSWERS } from '../../dialogs/answers.ts';
import { launchPhoneBrowser, type PhoneBrowser } from '../../support/browser.ts';
import { lastCode, startSmtpSink } from '../../support/smtp-sink.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-web-e2e-'));
const answers = VALID_ANSWERS.individual_mainland;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let serverClosed = false;
let phone: PhoneBrowser;
let photos: { good: string; blurry: string };

beforeAll(async () => {
  smtp = await startSmtpSink();
  const config = loadConfig({ DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', SIMULATED_REVIEW_SECONDS: '1', LOG_LEVEL: 'silent', SMTP_URL: smtp.url });
  server = await startServer(config, createLogger('silent'), { reviewPollMs: 250 });
  photos = { good: join(dir, 'IMG_0002.jpg'), blurry: join(dir, 'IMG_0001.jpg') };
  // The registrant's own card, its type rendered from a font shipped as an npm package: the bot reads it and compares.
  writeFileSync(photos.good, await photograph({
    name: answers.name!, sex: '女', ethnicity: '汉', birth: [1949, 12, 31], address: ['浙江省杭州市西湖区文三路90号'], idNumber: answers.idNumber!,
  }, { tilt: 2 }));
  writeFileSync(photos.blurry, await shoot({}, blur(6)));
  phone = await launchPhoneBrowser();
  phone.page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await phone?.close();
  if (!serverClosed) await server?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Bot messages and error notes, not the transient "Typing…" / "Checking your photo…" bubble.
const answersOnPage = () => phone.page.locator('#log > .msg:not(.user):not(.typing)');
const texts = async (from: number) => (await answersOnPage().locator('.bubble').allTextContents()).slice(from);
const button = (name: string) => phone.page.getByRole('button', { name, exact: true });

/** Does something on the page and returns the bubbles of the reply (every message of one response arrives at once). */
async function reply(act: () => Promise<unknown>): Promise<string[]> {
  const before = await answersOnPage().count();
  await act();
  await answersOnPage().nth(before).waitFor();
  return texts(before);
}

async function type(text: string): Promise<string[]> {
  return reply(async () => {
    await phone.page.getByRole('textbox', { name: 'Message' }).fill(text);
    await phone.page.keyboard.press('Enter');
  });
}

const tap = (name: string) => reply(() => button(name).tap());
const upload = (path: string) => reply(() => phone.page.locator('#camera-input').setInputFiles(path));

// One verification, as a person on a phone does it; each test continues where the previous one stopped.
describe('a whole verification in a phone browser, through the real bot', () => {
  it('greets, takes the registrant kind and domains, and shows the checklist card', async () => {
    const { page } = phone;
    await page.goto(server.url);
    await page.getByText('Who is the registrant (the owner of the domain names)?').waitFor();
    expect(await page.getByRole('group', { name: 'Choices' }).getByRole('button').count()).toBe(6);
    expect(await tap('Individual: resident of the Chinese mainland')).toEqual([
      'Which domain names are we verifying? Send one or more, separated by commas or spaces, e.g. example.com, example.cn',
    ]);
    expect(await type('example.cn')).toEqual(['Here is what to prepare for example.cn. Having it ready makes the review much faster:']);
    const card = answersOnPage().last().locator('.checklist');
    expect(await card.locator('h2').allTextContents()).toEqual(['Documents', 'Special qualifications', 'Photo rules']);
    expect(await card.locator('.title').first().textContent()).toBe('ID card (side with photo)');
    await card.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await phone.page.screenshot({ path: '/tmp/dvbot-real-checklist.png' });
  });

  it('asks every profile field, with buttons where there are choices', async () => {
    expect(await tap("I'm ready, let's fill in the profile")).toEqual(['Which identity document will you upload? For example: ID card.']);
    expect(await tap('ID card (side with photo)')).toEqual([expect.stringMatching(/^What is the ID number \(18 digits\)/)]);
    expect(await type('1101051949123100')).toEqual([
      'An ID card number has 18 characters; you entered 16. Example: 11010519491231002X.',
      'What is the ID number (18 digits) on your ID card (side with photo)? For example: 11010519491231002X.',
    ]);
    expect(await type(answers.idNumber!)).toEqual(['What is your name, exactly as on your document? For example: 张三.']);
    expect(await type(answers.name!)).toEqual(['Which province in the Chinese mainland is your mailing address in? For example: Zhejiang.']);
    expect(await type(answers.region!)).toEqual(['Which city? For example: 杭州市.']);
  });

  it('keeps the transcript across a reload and continues with the right question', async () => {
    const { page } = phone;
    const shown = await page.locator('#log .bubble').allTextContents();
    await page.reload();
    await page.getByText('Which city? For example: 杭州市.').waitFor();
    expect(await page.locator('#log .bubble').allTextContents()).toEqual(shown);
    expect(await page.locator('.choice:not(:disabled)').count()).toBe(0);
    expect(await type(answers.city!)).toEqual(['What is the full mailing address? For example: 浙江省杭州市西湖区文三路 90 号.']);
    expect(await type(answers.address!)).toEqual(['What is the postal code? For example: 310012.']);
    expect(await type(answers.postalCode!)).toEqual([expect.stringMatching(/^What phone number can the registry reach you on\?/)]);
    expect(await type(answers.phone!)).toEqual(['What is your email address? For example: name@example.com.']);
    expect(await type(answers.email!)).toEqual([expect.stringMatching(/^I filled in the English profile from the Chinese one\./)]);
    expect(await answersOnPage().last().locator('.summary dd').allTextContents()).toContain('Zhang San');
  });

  it('confirms the English profile and the summary, then checks the emailed code', async () => {
    expect(await tap('Looks right')).toEqual(['Here is your registrant profile. Is everything exactly as on your document?']);
    const summary = answersOnPage().last().locator('.summary');
    const rows = await summary.locator('dt, dd').allTextContents();
    expect(rows.slice(0, 4)).toEqual(['Document type', 'ID card (side with photo)', 'ID number (18 digits)', answers.idNumber]);
    // On a phone a label sits above its value, so an ID number or email gets the card's whole width.
    const [card, value] = await Promise.all([summary.boundingBox(), summary.locator('dd').nth(1).boundingBox()]);
    expect(value!.width).toBeGreaterThan(card!.width * 0.8);
    await summary.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await phone.page.screenshot({ path: '/tmp/dvbot-real-summary.png' });
    expect(await tap('All correct')).toEqual(['I sent a 6-digit code to z***@example.com. Please type it here (it is valid for 10 minutes).']);
    expect(smtp.messages.at(-1)!.to).toEqual([answers.email]);
    const verified = await type(lastCode(smtp.messages));
    expect(verified[0]).toBe('Email verified.');
    expect(verified[1]).toMatch(/^Now send a photo or scan of your ID card/);
  });

  it('explains why a blurred photo cannot be used, then accepts a sharp one after saying it is checking it', async () => {
    const { page } = phone;
    const refused = await upload(photos.blurry);
    expect(refused[0]).toMatch(/^This photo cannot be used yet:\n• The photo is blurry/);
    expect(await page.locator('.msg.user .bubble').last().textContent()).toBe('Sent: IMG_0001.jpg');

    // The check may finish in a blink: record every transient bubble rather than racing to see it.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { transientBubbles: seen });
      new MutationObserver((changes) => {
        for (const change of changes) {
          change.addedNodes.forEach((node) => { if (node instanceof HTMLElement && node.classList.contains('typing')) seen.push(node.dataset.text ?? ''); });
        }
      }).observe(document.getElementById('log')!, { childList: true });
    });
    const accepted = await upload(photos.good);
    expect(accepted).toEqual(['Photo accepted.', 'The card matches what you typed.',
      expect.stringMatching(/^Everything is ready: profile checked, email verified, document photo accepted\./)]);
    expect(await page.evaluate(() => (window as unknown as { transientBubbles: string[] }).transientBubbles)).toContain('Checking your photo…');
    expect(await page.locator('.msg.typing').count()).toBe(0);
  });

  it('submits, and tells the user unprompted when the reviews finish', async () => {
    const { page } = phone;
    const submitted = await tap('Submit');
    expect(submitted.at(-1)).toMatch(/^Submitted\. The registrant profile is now in review/);
    await page.getByText(/^Good news: your registrant profile passed identity verification\./).waitFor();
    await page.getByText(/^All done! example\.cn passed identity verification/).waitFor();
    expect(await server.bot.registrar.getDomain('example.cn')).toMatchObject({ domainStatus: 'Normal' });
    await page.screenshot({ path: '/tmp/dvbot-real-done.png' });
  });

  it('stops the server cleanly while the page is still open', async () => {
    const url = server.url;
    serverClosed = true;
    await server.close();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
