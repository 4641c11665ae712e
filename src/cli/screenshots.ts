/**
 * `npm run screenshots`: pictures of the pages for README, taken with the browser the page tests
 * use (Debian's Chromium, every other host refused) from a production server on a free port:
 * /explorer with an answer, /graph with a tie's evidence open, /source with a span's facts.
 * Writes docs/screenshots/*.png.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { loadCorpus } from '../loader';
import { PROJECT_DIR, SEEDS_DIR } from '../paths';
import { CorpusRepository } from '../repository';
import { startServer } from '../server/servers/graph-server';
import { launchOfflineBrowser, openOffline } from './browser/offline-browser';

const OUT_DIR = join(PROJECT_DIR, 'docs', 'screenshots');
const WAIT_MS = 20_000;

/** Each picture: the page, what to do before taking it, and the file. */
const SHOTS: { file: string; path: string; prepare(page: Page): Promise<void> }[] = [
  {
    file: 'explorer.png',
    path: '/explorer',
    async prepare(page) {
      const tab = await page.waitForSelector('::-p-xpath(//button[contains(@class, "graphiql-tab-button")][text()="PersonStatements"])', { timeout: WAIT_MS });
      await tab!.click();
      // GraphiQL reads the tab's operation name 100 ms after the change of tab.
      await page.waitForFunction(`document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.operationName === 'PersonStatements'`, {
        timeout: WAIT_MS,
      });
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(`document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue().includes('"data"')`, { timeout: WAIT_MS });
    },
  },
  {
    file: 'graph.png',
    path: '/graph?actor=person%3Ayerlan-karin',
    async prepare(page) {
      await page.waitForFunction('window.cy && window.cy.edges().length > 0', { timeout: WAIT_MS });
      // Open the evidence of her heaviest tie, as a click would.
      await page.evaluate(
        "window.cy.edges(\"[source = 'person:yerlan-karin'], [target = 'person:yerlan-karin']\").max((edge) => edge.data('weight')).ele.select().emit('tap')",
      );
      await page.waitForSelector('#tie-panel blockquote mark', { timeout: WAIT_MS });
    },
  },
  {
    file: 'source.png',
    path: '/source?id=source%3Akazakhstan-hosts-conference-on-security-cooperation',
    async prepare(page) {
      const mark = await page.waitForSelector('::-p-xpath(//mark[contains(@class, "evidence")][contains(., "György Szabó")])', { timeout: WAIT_MS });
      await mark!.hover();
      await page.waitForSelector('#span-facts:not([hidden])', { timeout: WAIT_MS });
    },
  },
];

async function main(): Promise<void> {
  const repository = new CorpusRepository(loadCorpus(SEEDS_DIR));
  const server = await startServer(repository, { production: true, http: { port: 0 }, env: { LOG_LEVEL: 'warn' } });
  const browser = await launchOfflineBrowser();
  mkdirSync(OUT_DIR, { recursive: true });
  try {
    for (const shot of SHOTS) {
      const { page, refused, errors } = await openOffline(browser.browser, server.url, shot.path);
      await shot.prepare(page);
      if (refused.length || errors.length) throw new Error(`${shot.path}: ${[...refused.map((url) => `refused ${url}`), ...errors].join('; ')}`);
      await page.screenshot({ path: join(OUT_DIR, shot.file) as `${string}.png` });
      await page.close();
      console.log(`wrote ${join(OUT_DIR, shot.file)}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
