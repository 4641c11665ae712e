/**
 * Headless Chromium (Debian's `chromium` package) driven by puppeteer-core, as the page tests
 * and `npm run screenshots` use it: a fresh profile, nothing of Chromium's own traffic, and
 * every request to a host other than the service refused and noted, so a page that needs a
 * CDN fails instead of quietly using one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium; CHROMIUM_PATH names another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumIsInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** A browser on its own throw-away profile; close() ends it and removes the profile. */
export interface OfflineBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  if (!chromiumIsInstalled()) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page of the service, and what it tried that it should not have. */
export interface OfflinePage {
  readonly page: Page;
  /** Requests to other hosts, refused. */
  readonly refused: string[];
  /** Script errors, console errors (CSP refusals among them) and failed requests to the service. */
  readonly errors: string[];
}

/**
 * Opens `path` of the service at `serviceUrl`, every other host refused.
 */
export async function openOffline(browser: Browser, serviceUrl: string, path: string): Promise<OfflinePage> {
  const origin = new URL(serviceUrl).origin;
  const page = await browser.newPage();
  const refused: string[] = [];
  const errors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return void request.continue();
    refused.push(url);
    void request.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
  return { page, refused, errors };
}
