import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { blur, shoot } from '../../fixtures/photos/scene.ts';
import { VALID_ANSWERS } from '../../dialogs/answers.ts';
import { launchPhoneBrowser, type PhoneBrowser } from '../../support/browser.ts';

// Two real pages at once: a user in the phone web chat and a support agent in the console, both on one real bot.
const dir = mkdtempSync(join(tmpdir(), 'dvbot-desk-browser-'));
// Screenshots stay after the run (outside the repo) for a person to look at.
const shots = mkdtempSync(join(tmpdir(), 'dvbot-desk-shots-'));
const env = { DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', DVBOT_DATA_KEY: 'e'.repeat(64) };
const answers = VALID_ANSWERS.individual_mainland;
let server: RunningServer;
let phone: PhoneBrowser;
let desk: PhoneBrowser;
let token: string;
let blurry: string;

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['bin/dvbot.js', 'agents', 'add', 'Li Na', '--json'], { env: { ...process.env, ...env } });
  token = (JSON.parse(stdout) as { token: string }).token;
  server = await startServer(loadConfig(env), createLogger('silent'));
  blurry = join(dir, 'IMG_0001.jpg');
  writeFileSync(blurry, await shoot({}, blur(6)));
  [phone, desk] = await Promise.all([launchPhoneBrowser(), launchPhoneBrowser()]);
  await desk.page.setViewportSize({ width: 1280, height: 900 });
  for (const { page } of [phone, desk]) page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await phone?.close();
  await desk?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const userPage = () => phone.page;
const agentPage = () => desk.page;
const botBubbles = () => userPage().locator('#log > .msg:not(.user):not(.typing) .bubble');
const transcript = () => agentPage().locator('#transcript li');

/** Sends a text in the web chat and waits until the page shows the user's own bubble. */
async function type(text: string): Promise<void> {
  const sent = await userPage().locator('.msg.user').count();
  await userPage().getByRole('textbox', { name: 'Message' }).fill(text);
  await userPage().keyboard.press('Enter');
  await userPage().locator('.msg.user').nth(sent).waitFor();
}

/** Sends a text and waits for the bot's next bubble. */
async function ask(text: string): Promise<string> {
  const before = await botBubbles().count();
  await type(text);
  return (await botBubbles().nth(before).textContent()) ?? '';
}

describe('a web chat user and an agent in the console, in one real browser each', () => {
  it('the agent signs in with the token (a wrong one is refused) and sees an empty queue', async () => {
    const page = agentPage();
    await page.goto(`${server.url}/agent`);
    await page.getByLabel('Sign-in token').fill('dva_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).not.toBe('');
    expect(await page.locator('#desk').isHidden()).toBe(true);
    await page.getByLabel('Sign-in token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as Li Na').waitFor();
    expect(await page.locator('#queue li').count()).toBe(0);
    // Marks this page load: a reload would lose it, so the queue below must arrive live.
    await page.evaluate(() => Object.assign(window, { sameLoad: true }));
  });

  it('the user reaches mid-profile and asks for a person; the agent sees it arrive without a reload', async () => {
    await userPage().goto(server.url);
    await userPage().getByRole('button', { name: 'Individual: resident of the Chinese mainland', exact: true }).tap();
    await userPage().getByText(/^Which domain names are we verifying\?/).waitFor();
    await ask('example.cn');
    await userPage().getByRole('button', { name: "I'm ready, let's fill in the profile", exact: true }).tap();
    await userPage().getByRole('button', { name: 'ID card (side with photo)', exact: true }).tap();
    await userPage().getByText(/^What is the ID number/).waitFor();
    expect(await ask(answers.idNumber!)).toMatch(/^What is your name/);
    expect(await ask(answers.name!)).toMatch(/^Which province/);
    expect(await ask('human')).toMatch(/number 1 in the queue/);
    const waiting = agentPage().locator('#queue li.waiting').getByRole('button');
    await waiting.waitFor();
    expect(await waiting.textContent()).toMatch(/^web chat · English \(en\) · asked for a person · waiting since .+ · Individual: resident of the Chinese mainland · example\.cn$/);
    expect(await agentPage().evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
  });

  it('the agent opens the conversation from the keyboard, sees the masked summary, and claims it', async () => {
    const page = agentPage();
    await page.locator('#queue li.waiting').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await page.locator('#conversation').waitFor();
    const summary = await page.locator('#summary').textContent();
    expect(summary).toContain('1101**********002X');
    expect(summary).not.toContain(answers.idNumber);
    expect(summary).toContain('Registrant type');
    expect(await page.locator('#conv-title').textContent()).toContain('English (en) · asked for a person · step: entering the profile (collectingProfile)');
    expect(await page.locator('#resumes').textContent()).toBe('When handed back, the dialog resumes at: entering the profile (collectingProfile)');
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#conv-title', { hasText: 'claimed (Li Na)' }).waitFor();
    await userPage().getByText('Li Na from the support team is here and can see our conversation.').waitFor();
  });

  it('messages go both ways, HTML shown as text on both pages', async () => {
    await agentPage().getByPlaceholder('Message to the user').fill('Hello <b>there</b>, which province?');
    await agentPage().getByRole('button', { name: 'Send' }).click();
    await userPage().getByText('Hello <b>there</b>, which province?').waitFor();
    expect(await userPage().locator('#log b').count()).toBe(0);
    await type('I am not sure, my phone is 13812345678');
    await transcript().filter({ hasText: 'I am not sure, my phone is 138******78' }).waitFor();
    expect(await agentPage().locator('#transcript b').count()).toBe(0);
  });

  it('the user sends a photo the bot warns about; the agent sees it and accepts it with a reason', async () => {
    const before = await botBubbles().count();
    await userPage().locator('#camera-input').setInputFiles(blurry);
    await botBubbles().nth(before).waitFor();
    expect((await botBubbles().allTextContents()).slice(before).join('\n')).toMatch(/support agent can see this photo/);
    const photoLine = transcript().filter({ has: agentPage().locator('img') });
    await photoLine.waitFor();
    expect(await photoLine.locator('.problems').textContent()).toMatch(/blur/i);
    expect(await photoLine.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    agentPage().once('dialog', (dialog) => void dialog.accept('the blur does not hide the number'));
    await photoLine.getByRole('button', { name: 'Accept this photo' }).click();
    await transcript().filter({ hasText: '(accepted a flagged photo as an agent override: the blur does not hide the number)' }).waitFor();
    await userPage().getByText('The support agent accepted your document photo.').waitFor();
    await photoLine.getByText('Accepted by you.').waitFor();
    expect(await photoLine.getByRole('button', { name: 'Accept this photo' }).count()).toBe(0);
  });

  it('screenshots both pages, hands back with a note, and the user resumes at the same field with every answer intact', async () => {
    const images = [await userPage().screenshot({ path: join(shots, 'user-with-agent.png') }), await agentPage().screenshot({ path: join(shots, 'agent-console.png'), fullPage: true })];
    for (const image of images) expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
    await agentPage().getByPlaceholder('Note for the user (optional)').fill('Please go on with the bot');
    await agentPage().getByRole('button', { name: 'Hand back' }).click();
    await userPage().getByText(/Note from the support agent: Please go on with the bot/).waitFor();
    await expect.poll(async () => (await botBubbles().last().textContent()) ?? '').toMatch(/^Which province/);
    await agentPage().locator('#queue li').first().waitFor({ state: 'detached' });
    expect(await ask(answers.region!)).toMatch(/^Which city/);
    for (const field of ['city', 'address', 'postalCode', 'phone'] as const) await ask(answers[field]!);
    expect(await ask(answers.email!)).toMatch(/^I filled in the English profile from the Chinese one\./);
    await userPage().getByRole('button', { name: 'Looks right', exact: true }).tap();
    // The English profile is a summary card too: wait for the one the tap brings, not the one already on the page.
    const summary = userPage().locator('.summary').last();
    await expect.poll(async () => summary.locator('dd').first().textContent()).toBe('ID card (side with photo)');
    const values = await summary.locator('dd').allTextContents();
    expect(values.slice(0, 4)).toEqual(['ID card (side with photo)', answers.idNumber, answers.name, 'Zhejiang']);
    expect(values).toContain(answers.email);
  });
});
