/**
 * /source in a real browser, with every host but the service refused: each article's text as
 * the corpus holds it, every evidence span of the corpus in it highlighted, and a span's facts
 * shown when it is hovered.
 */
import { launchOfflineBrowser, type OfflineBrowser, openOffline } from '../../src/cli/browser/offline-browser';
import { CorpusRepository } from '../../src/repository';
import type { RunningServer } from '../../src/server/http/http-server';
import { startServer } from '../../src/server/servers/graph-server';
import { describeInBrowser, PAGE_TIMEOUT_MS } from '../helpers/pages';
import { loadSeedCorpus } from '../helpers/seeds';

const repository = new CorpusRepository(loadSeedCorpus());

/** Every span of evidence the corpus holds: what supports each fact, and where each name is mentioned. */
const EVIDENCE = [
  ...repository.people.flatMap((p) => p.mentions),
  ...repository.organisations.flatMap((o) => o.mentions),
  ...repository.places.flatMap((p) => p.mentions),
  ...repository.affiliations.flatMap((a) => a.evidence),
  ...repository.events.flatMap((e) => [...e.evidence, ...e.participations.flatMap((p) => p.evidence)]),
  ...repository.statements.flatMap((s) => s.evidence),
  ...repository.commitments.flatMap((c) => c.evidence),
];

describeInBrowser('/source, offline', () => {
  let server: RunningServer;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(repository, { production: true, http: { port: 0 } }), launchOfflineBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
  });

  test.each(repository.sources.map((source) => [source.id, source] as const))(
    '%s: the whole text, every evidence span highlighted',
    async (id, source) => {
      const { page, refused, errors } = await openOffline(browser.browser, server.url, `/source?id=${encodeURIComponent(id)}`);
      await page.waitForSelector('#article mark.evidence', { timeout: PAGE_TIMEOUT_MS });
      expect(await page.$eval('#article', (article) => article.textContent)).toBe(source.text);

      const marks = await page.$$eval('#article mark.evidence', (found) =>
        found.map((mark) => [Number(mark.getAttribute('data-start')), Number(mark.getAttribute('data-end'))]),
      );
      const highlighted = new Uint8Array(source.text.length);
      for (const [start, end] of marks) highlighted.fill(1, start, end);
      const spans = EVIDENCE.filter((evidence) => evidence.sourceId === id);
      expect(spans.length).toBeGreaterThan(10);
      const unhighlighted = spans.filter((span) => highlighted.subarray(span.start, span.end).includes(0)).map((span) => span.quote);
      expect(unhighlighted).toEqual([]);

      expect(refused).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );

  test("hovering a statement's span shows the statement and its speaker", async () => {
    const statement = repository.statements.find((s) => s.evidence.length > 0 && s.speakerId?.startsWith('person:'))!;
    const span = statement.evidence[0]!;
    const speaker = repository.people.find((p) => p.id === statement.speakerId)!;
    const { page } = await openOffline(browser.browser, server.url, `/source?id=${encodeURIComponent(span.sourceId)}`);
    await page.waitForSelector('#article mark.evidence', { timeout: PAGE_TIMEOUT_MS });
    const mark = await page.waitForSelector(`#article mark.evidence[data-start="${span.start}"]`);
    await mark!.hover();
    await page.waitForSelector('#span-facts:not([hidden])', { timeout: PAGE_TIMEOUT_MS });
    const facts = await page.$eval('#span-facts', (tip) => tip.textContent ?? '');
    expect(facts).toContain(`${speaker.name}: ${statement.text}`);
    await page.close();

    // A link with &at= (the network page's) opens the article at that span, focused.
    const at = await openOffline(browser.browser, server.url, `/source?id=${encodeURIComponent(span.sourceId)}&at=${span.start}`);
    await at.page.waitForSelector('#article mark.evidence', { timeout: PAGE_TIMEOUT_MS });
    expect(await at.page.evaluate('document.activeElement?.dataset.start')).toBe(String(span.start));
    await at.page.close();
  }, 60_000);
});
