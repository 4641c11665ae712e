/**
 * /graph in a real browser, with every host but the service refused: Yerlan Karin's network
 * drawn with the ties the API answers (her affiliation among them), a tie's evidence shown when
 * it is clicked, the same ties in the table, the search box and the timeline.
 */
import { launchOfflineBrowser, type OfflineBrowser, openOffline } from '../../src/cli/browser/offline-browser';
import { CorpusRepository } from '../../src/repository';
import type { RunningServer } from '../../src/server/http/http-server';
import { startServer } from '../../src/server/servers/graph-server';
import { describeInBrowser, PAGE_TIMEOUT_MS } from '../helpers/pages';
import { loadSeedCorpus } from '../helpers/seeds';

const KARIN = 'person:yerlan-karin';
const OSCE = 'organisation:osce';
const repository = new CorpusRepository(loadSeedCorpus());

interface ApiTie {
  kind: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  evidence: { quote: string }[];
}

/** A tie as the drawing has it: its ends, sorted, and its kind. */
const key = (a: string, b: string, kind: string) => `${[a, b].sort().join(' ~ ')} ${kind}`;

describeInBrowser('/graph, offline', () => {
  let server: RunningServer;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(repository, { production: true, http: { port: 0 } }), launchOfflineBrowser()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
  });

  test("draws Yerlan Karin's ties, and clicking one shows its quotes", async () => {
    const actor = '... on Person { id name } ... on Organisation { id name }';
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ network(seedIds: ["${KARIN}"], hops: 1) { ties { kind from { ${actor} } to { ${actor} } evidence { quote } } } }` }),
    });
    const answer = (await response.json()) as { data?: { network: { ties: ApiTie[] } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    const { ties } = answer.data!.network;

    const { page, refused, errors } = await openOffline(browser.browser, server.url, `/graph?actor=${encodeURIComponent(KARIN)}`);
    await page.waitForFunction('window.cy && window.cy.edges().length > 0', { timeout: PAGE_TIMEOUT_MS });

    // The drawing has every tie the API answers, and hers among them: her affiliation too.
    const drawn = (await page.evaluate('window.cy.edges().map((edge) => [edge.source().id(), edge.target().id()])')) as [string, string][];
    expect(drawn).toHaveLength(ties.length);
    const pairs = new Set(drawn.map(([a, b]) => [a, b].sort().join(' ~ ')));
    for (const tie of ties) expect(pairs).toContain([tie.from.id, tie.to.id].sort().join(' ~ '));
    const hers = ties.filter((tie) => tie.from.id === KARIN || tie.to.id === KARIN);
    expect(hers.length).toBeGreaterThan(0);
    const organisation = repository.affiliations.find((affiliation) => affiliation.personId === KARIN)!.organisationId;
    expect(hers.map((tie) => key(tie.from.id, tie.to.id, tie.kind))).toContain(key(KARIN, organisation, 'AFFILIATED'));

    // Click her ties, one by one, until a click lands on the tie aimed at (edges may cross).
    const box = (await (await page.$('#drawing'))!.boundingBox())!;
    const herEdges = (await page.evaluate(
      `window.cy.edges().filter((edge) => edge.source().id() === '${KARIN}' || edge.target().id() === '${KARIN}').map((edge) => edge.id())`,
    )) as string[];
    let clicked: string | undefined;
    for (const id of herEdges) {
      const { x, y } = (await page.evaluate(`window.cy.getElementById('${id}').renderedMidpoint()`)) as { x: number; y: number };
      await page.mouse.click(box.x + x, box.y + y);
      if ((await page.evaluate(`window.cy.getElementById('${id}').selected()`)) === true) {
        clicked = id;
        break;
      }
    }
    expect(clicked).toBeDefined();
    await page.waitForSelector('#tie-panel blockquote mark', { timeout: PAGE_TIMEOUT_MS });
    const title = await page.$eval('#tie-panel h2', (heading) => heading.textContent ?? '');
    const tie = ties.find((candidate) => `${candidate.from.name} — ${candidate.kind.toLowerCase()} — ${candidate.to.name}` === title);
    expect(tie).toBeDefined();
    expect([tie!.from.id, tie!.to.id]).toContain(KARIN);
    await page.waitForFunction(`document.querySelectorAll('#tie-panel blockquote mark').length === ${tie!.evidence.length}`, { timeout: PAGE_TIMEOUT_MS });
    const quotes = await page.$$eval('#tie-panel blockquote mark', (marks) => marks.map((mark) => mark.textContent));
    expect(quotes).toEqual(tie!.evidence.map((evidence) => evidence.quote));
    // Each quote in its sentence: the blockquote holds more than the quote alone, where the sentence does.
    const links = await page.$$eval('#tie-panel a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.every((href) => href.startsWith('/source?id=source%3A'))).toBe(true);

    // The same ties in the table.
    expect(await page.$$eval('#ties-table tbody tr', (rows) => rows.length)).toBe(ties.length);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test("draws the OSCE's monthly timeline: a mark per month the API answers, and what is dated only to a year in a band of its own", async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ timeline(filter: { actorId: "${OSCE}" }, unit: MONTH) { buckets { period } coarser { period } } }` }),
    });
    const answer = (await response.json()) as { data?: { timeline: { buckets: unknown[]; coarser: unknown[] } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    const { buckets, coarser } = answer.data!.timeline;
    // The OSCE's annotations date things to the day or month, and one only to a year (2009).
    expect(buckets.length).toBeGreaterThan(0);
    expect(coarser.length).toBeGreaterThan(0);

    const { page, refused, errors } = await openOffline(browser.browser, server.url, `/graph?actor=${encodeURIComponent(OSCE)}`);
    await page.waitForSelector('#timeline svg', { timeout: PAGE_TIMEOUT_MS });
    // Vega draws each rect mark as a group of paths: the months first, then the coarser band.
    const marks = await page.$$eval('#timeline svg g.mark-rect', (groups) => groups.map((group) => group.querySelectorAll('path').length));
    expect(marks).toEqual([buckets.length, coarser.length]);
    expect(await page.$$eval('#timeline .error', (found) => found.length)).toBe(0);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('the search box finds an actor by another spelling', async () => {
    const { page, errors } = await openOffline(browser.browser, server.url, `/graph?actor=${encodeURIComponent(KARIN)}`);
    await page.waitForSelector('#actor-search', { timeout: PAGE_TIMEOUT_MS });
    await page.type('#actor-search', 'Erlan Karin');
    await page.keyboard.press('Enter');
    const found = await page.waitForSelector(`#search-results a[href^="/graph?actor=${encodeURIComponent(KARIN)}"]`, { timeout: PAGE_TIMEOUT_MS });
    expect(await found!.evaluate((link) => link.textContent)).toBe('Yerlan Karin');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
