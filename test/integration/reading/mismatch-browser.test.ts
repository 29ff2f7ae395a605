import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { startServer, type RunningServer } from '../../../src/main.ts';
import { VALID_ANSWERS } from '../../dialogs/answers.ts';
import { CHEN, photograph } from '../../fixtures/reading/photos.ts';
import { launchPhoneBrowser, type PhoneBrowser } from '../../support/browser.ts';
import { lastCode, startSmtpSink } from '../../support/smtp-sink.ts';

const dir = mkdtempSync(join(tmpdir(), 'dvbot-reading-e2e-'));
const answers = { ...VALID_ANSWERS.individual_mainland, idNumber: CHEN.idNumber, name: '陈欣琦' };  // one character off the card's 陈欣琪
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let server: RunningServer;
let phone: PhoneBrowser;
const cardPhoto = join(dir, 'IMG_0101.jpg');

beforeAll(async () => {
  smtp = await startSmtpSink();
  const config = loadConfig({ DVBOT_DATA_DIR: join(dir, 'data'), PORT: '0', LOG_LEVEL: 'silent', SMTP_URL: smtp.url });
  server = await startServer(config, createLogger('silent'));
  writeFileSync(cardPhoto, await photograph(CHEN, { tilt: 3 }));
  phone = await launchPhoneBrowser();
  phone.page.setDefaultTimeout(60_000);
}, 120_000);

afterAll(async () => {
  await phone?.close();
  await server?.close();
  await smtp?.close();
  rmSync(dir, { recursive: true, force: true });
});

const answersOnPage = () => phone.page.locator('#log > .msg:not(.user):not(.typing)');

/** Does something on the page and returns the bubbles of the reply. */
async function reply(act: () => Promise<unknown>): Promise<string[]> {
  const before = await answersOnPage().count();
  await act();
  await answersOnPage().nth(before).waitFor();
  return (await answersOnPage().locator('.bubble').allTextContents()).slice(before);
}
const type = (text: string) => reply(async () => {
  await phone.page.getByRole('textbox', { name: 'Message' }).fill(text);
  await phone.page.keyboard.press('Enter');
});
const tap = (name: string | RegExp) => reply(() => phone.page.getByRole('button', { name, exact: typeof name === 'string' }).last().tap());

describe('the card says another name than was typed, in a phone browser through the real bot', () => {
  it('shows both names after the upload, takes the card\'s with one tap, and the summary holds it', async () => {
    await phone.page.goto(server.url);
    await phone.page.getByText('Who is the registrant (the owner of the domain names)?').waitFor();
    await tap('Individual: resident of the Chinese mainland');
    await type('example.cn');
    await tap("I'm ready, let's fill in the profile");
    await tap('ID card (side with photo)');
    for (const field of ['idNumber', 'name', 'region', 'city', 'address', 'postalCode', 'phone', 'email'] as const) await type(answers[field]!);
    await tap('Looks right');
    await tap('All correct');
    expect((await type(lastCode(smtp.messages)))[0]).toBe('Email verified.');

    const shown = await reply(() => phone.page.locator('#camera-input').setInputFiles(cardPhoto));
    expect(shown).toEqual(['Photo accepted.', [
      'The document says something else than you typed:', 'Name: you typed 陈欣琦 · the document says 陈欣琪',
      'The registry compares them and refuses a difference. Which is right?'].join('\n')]);
    const updated = await tap("Use the card's: 陈欣琪");
    expect(updated[0]).toBe("Updated with the document's value. Your profile now reads:");
    const summary = answersOnPage().nth(-2).locator('.summary dd');
    expect(await summary.allTextContents()).toContain('陈欣琪');
    expect(await summary.allTextContents()).not.toContain('陈欣琦');
    expect(updated.at(-1)).toMatch(/^Everything is ready/);
  }, 300_000);
});
