/**
 * /explorer in a real browser, with every host but the service refused: GraphiQL from the
 * service's own bundle opens with the example operations as tabs, runs one and shows its answer,
 * keeps it in its history, and shows the docs only where introspection is answered. And Apollo's
 * landing page at /graphql, offline, points at it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchOfflineBrowser, type OfflineBrowser, openOffline } from '../../src/cli/browser/offline-browser';
import { CorpusRepository } from '../../src/repository';
import type { RunningServer } from '../../src/server/http/http-server';
import { startServer } from '../../src/server/servers/graph-server';
import { describeInBrowser, PAGE_TIMEOUT_MS } from '../helpers/pages';
import { loadSeedCorpus } from '../helpers/seeds';

const OPERATIONS = readdirSync(join(__dirname, '..', '..', 'schema', 'operations'))
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => file.slice(0, -'.graphql'.length))
  .sort();

describeInBrowser('/explorer, offline', () => {
  let production: RunningServer;
  let development: RunningServer;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    const repository = new CorpusRepository(loadSeedCorpus());
    [production, development, browser] = await Promise.all([
      startServer(repository, { production: true, explorer: false, http: { port: 0 } }),
      startServer(repository, { production: false, http: { port: 0 } }),
      launchOfflineBrowser(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), production?.stop(), development?.stop()]);
  });

  /** What GraphiQL's editors hold: the query, the variables and the response, as CodeMirror has them. */
  const editorValue = (selector: string) => `document.querySelector(${JSON.stringify(`${selector} .CodeMirror`)})?.CodeMirror.getValue() ?? ''`;

  test('in production, opens with a tab per example operation, runs one and shows its answer, and keeps it in its history', async () => {
    const { page, refused, errors } = await openOffline(browser.browser, production.url, '/explorer');
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(request.postData() ?? '');
    });
    await page.waitForSelector('.graphiql-tab', { timeout: PAGE_TIMEOUT_MS });
    expect(await page.$$eval('.graphiql-tab-button', (tabs) => tabs.map((tab) => tab.textContent?.trim()))).toEqual(OPERATIONS);

    const tab = await page.waitForSelector('::-p-xpath(//button[contains(@class, "graphiql-tab-button")][text()="PersonStatements"])');
    await tab!.click();
    await page.waitForFunction(`${editorValue('.graphiql-editor-tool')}.includes('person:gyorgy-szabo')`, { timeout: PAGE_TIMEOUT_MS });
    expect(JSON.parse((await page.evaluate(editorValue('.graphiql-editor-tool'))) as string)).toEqual({ id: 'person:gyorgy-szabo' });
    // GraphiQL reads the tab's operation name 100 ms after the change: the history records it.
    await page.waitForFunction(`document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.operationName === 'PersonStatements'`, {
      timeout: PAGE_TIMEOUT_MS,
    });

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`${editorValue('.graphiql-response')}.includes('"name"')`, { timeout: PAGE_TIMEOUT_MS });
    const answer = JSON.parse((await page.evaluate(editorValue('.graphiql-response'))) as string) as {
      data: { person: { name: string; statements: { totalCount: number } } };
    };
    expect(answer).toMatchObject({ data: {} });
    expect(answer.data.person.name).toBe('György Szabó');
    expect(answer.data.person.statements.totalCount).toBeGreaterThan(0);

    // The history lives in the browser's storage.
    const history = JSON.parse(((await page.evaluate("localStorage.getItem('graphiql:queries')")) as string | null) ?? '{}') as {
      queries?: { operationName?: string }[];
    };
    expect(history.queries?.map((query) => query.operationName)).toContain('PersonStatements');

    // Production answers no introspection, and the page asks for none.
    expect(posted.some((body) => body.includes('__schema'))).toBe(false);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  test('in development, the docs explorer shows the schema', async () => {
    const { page, refused, errors } = await openOffline(browser.browser, development.url, '/explorer');
    const docs = await page.waitForSelector('button[aria-label="Show Documentation Explorer"]', { timeout: PAGE_TIMEOUT_MS });
    await docs!.click();
    const root = await page.waitForSelector('.graphiql-doc-explorer .graphiql-doc-explorer-type-name', { timeout: PAGE_TIMEOUT_MS });
    expect(await root!.evaluate((element) => element.textContent)).toBe('Query');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  test("/graphql's landing page, where Apollo's CDN cannot be reached, says so and links to /explorer", async () => {
    const { page, refused } = await openOffline(browser.browser, development.url, '/graphql');
    // Sandbox is still what the page tries first: its script is on Apollo's CDN, refused here.
    expect(refused.some((url) => url.startsWith('https://embeddable-sandbox.cdn.apollographql.com/'))).toBe(true);
    const link = await page.waitForSelector('a#offline-explorer', { visible: true, timeout: PAGE_TIMEOUT_MS });
    expect(await page.$eval('.fallback', (fallback) => fallback.textContent)).toMatch(/Apollo Sandbox cannot be loaded/);
    await Promise.all([page.waitForNavigation(), link!.click()]);
    expect(new URL(page.url()).pathname).toBe('/explorer');
    await page.waitForSelector('.graphiql-tab', { timeout: PAGE_TIMEOUT_MS });
  }, 60_000);
});
