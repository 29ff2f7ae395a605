import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`); playwright's own browser downloads are never used. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** A phone-sized browser page; `close()` also deletes its fresh profile directory. */
export type PhoneBrowser = { page: Page; context: BrowserContext; close(): Promise<void> };

/**
 * Launches chromium with a fresh profile at a phone viewport (390×844, touch, mobile) and returns one page.
 * @example const { page, close } = await launchPhoneBrowser(); await page.goto(url); … await close();
 */
export async function launchPhoneBrowser(options: { locale?: string } = {}): Promise<PhoneBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'dvbot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
