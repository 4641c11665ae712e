/**
 * A living corpus (issue 15), on a temporary copy of the seeds with a server running: an
 * article is added as a machine draft (a hand-written one, tests/fixtures/draft-article/), a
 * broken edit is refused, the draft is published, and no request fails meanwhile.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addArticle } from '../../src/draft/add-article';
import { type ClientServer, startServer } from '../../src/server/servers/graph-server';
import { copyOfSeeds, loggerToLines, waitUntil } from '../helpers/corpus-copy';
import { type GraphQLBody, postJson } from '../helpers/http';

const FIXTURE = join(__dirname, '..', 'fixtures', 'draft-article');
const ARTICLE = '900_khorog.txt';
const ANNOTATION = '900_khorog.yaml';
const DRAFT_SOURCE = 'source:border-experts-meet-in-khorog';
const DRAFT_YAML = readFileSync(join(FIXTURE, ANNOTATION), 'utf8');
/** An article written for the tests, which the drafter has never been fitted to. */
const UNSEEN_ARTICLE = join(__dirname, '..', 'fixtures', 'articles', 'khujand-border-talks.txt');

interface Served {
  server: ClientServer;
  directory: string;
  logLines: string[];
  query<T = GraphQLBody['data']>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function serveCopy(): Promise<Served> {
  const directory = copyOfSeeds();
  const { logger, logLines } = loggerToLines();
  const server = await startServer(
    { directory },
    { production: false, http: { port: 0, corsOrigins: [] }, corpus: { watch: true, reloadDebounceMs: 150 }, logger, env: { LOG_LEVEL: 'info' } },
  );
  await server.ready;
  const query = async <T>(text: string, variables?: Record<string, unknown>): Promise<T> => {
    const { status, body } = await postJson(server.url, { query: text, variables });
    if (status !== 200 || body.errors) throw new Error(`the query failed (${status}): ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  return { server, directory, logLines, query };
}

/** A server over a copy of the seeds for the enclosing block's tests: started before them, stopped and its copy removed after. */
function serveCopyAround(): () => Served {
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serveCopy();
  }, 30_000);
  afterAll(async () => {
    if (!served) return;
    await served.server.stop();
    rmSync(served.directory, { recursive: true, force: true });
  });
  return () => {
    if (!served) throw new Error('the server copy is not started: use it inside a test');
    return served;
  };
}

interface CorpusInfo {
  version: string;
  loadedAt: string;
  articles: number;
  drafts: number;
  rejected: string[];
}

const CORPUS = '{ corpus { version loadedAt articles drafts rejected } }';

/**
 * Requests in a loop, two at a time, until stopped (or 3,000 requests, or 60 s): every answer
 * must be a 200 without errors, whatever version serves it.
 */
function backgroundRequests(url: string) {
  const failures: string[] = [];
  let answered = 0;
  let stopped = false;
  const started = Date.now();
  const QUERY = '{ corpus { version } people(first: 3) { totalCount nodes { name } } search(text: "border", first: 3) { score } }';
  const loop = async () => {
    while (!stopped && answered < 3_000 && Date.now() - started < 60_000) {
      try {
        const { status, body } = await postJson(url, { query: QUERY });
        if (status !== 200 || body.errors) failures.push(`${status} ${JSON.stringify(body.errors)}`);
      } catch (error) {
        failures.push(String(error));
      }
      answered++;
    }
  };
  const loops = Promise.all([loop(), loop()]);
  return {
    async stop() {
      stopped = true;
      await loops;
      return { failures, answered };
    },
  };
}

describe('adding an article while the server runs', () => {
  const served = serveCopyAround();

  test('a draft is served only where asked, exactly; a broken edit is refused; review: reviewed publishes it; no request fails', async () => {
    const { query, directory, server } = served();
    const requests = backgroundRequests(server.url);

    // The seeds, as served at start.
    const seeds = (await query<{ corpus: CorpusInfo }>(CORPUS)).corpus;
    expect(seeds).toEqual({ version: expect.stringMatching(/^[0-9a-f]{64}$/), loadedAt: expect.any(String), articles: 5, drafts: 0, rejected: [] });
    const karinBefore = await query<{ person: { statements: { totalCount: number }; sources: { id: string }[] } }>(
      '{ person(id: "person:yerlan-karin") { statements { totalCount } sources { id } } }',
    );

    // 1. The article and its machine draft arrive.
    copyFileSync(join(FIXTURE, ARTICLE), join(directory, ARTICLE));
    writeFileSync(join(directory, ANNOTATION), DRAFT_YAML);
    const withDraft = await waitUntil('the draft is served', async () => {
      const { corpus } = await query<{ corpus: CorpusInfo }>(CORPUS);
      return corpus.version !== seeds.version ? corpus : undefined;
    });
    expect(withDraft).toMatchObject({ articles: 6, drafts: 1, rejected: [] });
    expect(Date.parse(withDraft.loadedAt)).toBeGreaterThanOrEqual(Date.parse(seeds.loadedAt));

    // Lists, search and relations leave the draft out by default; includeDrafts brings it in.
    const LISTS = /* GraphQL */ `
      query ($drafts: Boolean) {
        sources(first: 100, includeDrafts: $drafts) {
          totalCount
          nodes {
            id
            review
          }
        }
        people(filter: { name: "Nazarova" }, includeDrafts: $drafts) {
          nodes {
            id
          }
        }
        events(filter: { location: "Khorog" }, includeDrafts: $drafts) {
          nodes {
            id
          }
        }
        statements(filter: { text: "trained guards" }, includeDrafts: $drafts) {
          nodes {
            id
          }
        }
        search(text: "Khorog", includeDrafts: $drafts) {
          node {
            ... on Node {
              id
            }
          }
        }
      }
    `;
    const reviewedOnly = await query<{ sources: { totalCount: number; nodes: { id: string; review: string }[] } }>(LISTS, {});
    expect(reviewedOnly).toEqual({
      sources: { totalCount: 5, nodes: expect.not.arrayContaining([expect.objectContaining({ id: DRAFT_SOURCE })]) },
      people: { nodes: [] },
      events: { nodes: [] },
      statements: { nodes: [] },
      search: [],
    });
    const drafts = await query<{ sources: { totalCount: number; nodes: { id: string; review: string }[] }; search: { node: { id: string } }[] }>(LISTS, {
      drafts: true,
    });
    expect(drafts.sources.totalCount).toBe(6);
    expect(drafts.sources.nodes).toContainEqual({ id: DRAFT_SOURCE, review: 'DRAFT' });
    expect(drafts).toMatchObject({
      people: { nodes: [{ id: 'person:zarina-nazarova' }] },
      events: { nodes: [{ id: 'event:khorog-border-seminar-2019' }] },
      statements: { nodes: [{ id: 'statement:zarina-nazarova-open-borders-need-trained-guards' }] },
    });
    expect(drafts.search.map((hit) => hit.node.id)).toEqual(expect.arrayContaining(['place:khorog', 'event:khorog-border-seminar-2019']));

    // A reviewed entity the draft names too: by id, its reviewed facts only; listed with drafts, the draft's too.
    const karinReviewed = await query('{ person(id: "person:yerlan-karin") { statements { totalCount } sources { id } } }');
    expect(karinReviewed).toEqual(karinBefore);
    const karinWithDrafts = await query<{ people: { nodes: { statements: { totalCount: number }; sources: { id: string }[] }[] } }>(
      '{ people(filter: { name: "Yerlan Karin" }, includeDrafts: true) { nodes { statements { totalCount } sources { id } } } }',
    );
    expect(karinWithDrafts.people.nodes[0]!.statements.totalCount).toBe(karinBefore.person.statements.totalCount + 1);
    expect(karinWithDrafts.people.nodes[0]!.sources.map((s) => s.id)).toEqual([...karinBefore.person.sources.map((s) => s.id), DRAFT_SOURCE]);
    const osce = await query<{ organisation: { mentions: { source: { id: string } }[] } }>(
      '{ organisation(id: "organisation:osce") { mentions(first: 500) { source { id } } } }',
    );
    expect(osce.organisation.mentions.map((m) => m.source.id)).not.toContain(DRAFT_SOURCE);

    // A draft found by id shows its draft facts: the event its draft organiser.
    const seminar = await query('{ event(id: "event:khorog-border-seminar-2019") { organisers { id } statements { totalCount } sources { review } } }');
    expect(seminar).toEqual({
      event: { organisers: [{ id: 'organisation:pamir-border-institute' }], statements: { totalCount: 2 }, sources: [{ review: 'DRAFT' }] },
    });

    // Every offset of the draft is exact: each quote is its article's text from start to end.
    const EVIDENCE = 'start end quote source { id text }';
    const article = await query<{ source: Record<string, unknown> }>(`{
      source(id: "${DRAFT_SOURCE}") {
        people { mentions { ${EVIDENCE} } affiliations { evidence { ${EVIDENCE} } } }
        organisations { mentions(first: 500) { ${EVIDENCE} } }
        places { mentions { ${EVIDENCE} } }
        events { evidence { ${EVIDENCE} } participants { evidence { ${EVIDENCE} } } }
        statements { evidence { ${EVIDENCE} } attribution { cue { ${EVIDENCE} } } }
      }
    }`);
    const spans: { start: number; end: number; quote: string; source: { id: string; text: string } }[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        if ('quote' in value) spans.push(value as (typeof spans)[number]);
        else Object.values(value).forEach(collect);
      }
    };
    collect(article.source);
    const text = readFileSync(join(FIXTURE, ARTICLE), 'utf8');
    const ofDraft = spans.filter((span) => span.source.id === DRAFT_SOURCE);
    // Every span the annotation gives: 8 mentions, an affiliation's, the event's, a participation's, 2 statements' and their 2 cues.
    expect(ofDraft).toHaveLength(14);
    for (const span of ofDraft) {
      expect(span.source.text).toBe(text);
      expect({ quote: span.quote, at: text.slice(span.start, span.end) }).toEqual({ quote: span.quote, at: span.quote });
    }

    // 2. A broken edit: a statement's speaker nobody defines. Refused; the last good version answers.
    writeFileSync(join(directory, ANNOTATION), DRAFT_YAML.replace('speaker: person:zarina-nazarova', 'speaker: person:zarina-nazarowa'));
    const refused = await waitUntil('the edit is refused', async () => {
      const { corpus } = await query<{ corpus: CorpusInfo }>(CORPUS);
      return corpus.rejected.length > 0 ? corpus : undefined;
    });
    expect(refused).toEqual({
      ...withDraft,
      rejected: [
        expect.stringMatching(
          /^900_khorog\.yaml › statements\[0\] \(statement:zarina-nazarova-open-borders-need-trained-guards\)\.speaker: unknown person person:zarina-nazarowa/,
        ),
      ],
    });
    expect((await fetch(new URL('/ready', server.url))).status).toBe(200);
    expect(await query(LISTS, { drafts: true })).toEqual(drafts);
    expect(served().logLines.join('')).toContain(
      'corpus rejected: 900_khorog.yaml › statements[0] (statement:zarina-nazarova-open-borders-need-trained-guards).speaker',
    );

    // 3. The reviewer fixes it and publishes: review: reviewed.
    writeFileSync(join(directory, ANNOTATION), DRAFT_YAML.replace('review: draft', 'review: reviewed'));
    const published = await waitUntil('the article is published', async () => {
      const { corpus } = await query<{ corpus: CorpusInfo }>(CORPUS);
      return corpus.version !== withDraft.version && corpus.rejected.length === 0 ? corpus : undefined;
    });
    expect(published).toMatchObject({ articles: 6, drafts: 0, rejected: [] });
    const afterPublishing = await query<{ sources: { totalCount: number } }>(LISTS, {});
    expect(afterPublishing).toEqual({ ...drafts, sources: { ...drafts.sources, nodes: drafts.sources.nodes.map((s) => ({ ...s, review: 'REVIEWED' })) } });
    expect(await query('{ person(id: "person:yerlan-karin") { statements { totalCount } } }')).toEqual({
      person: { statements: { totalCount: karinBefore.person.statements.totalCount + 1 } },
    });

    const { failures, answered } = await requests.stop();
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(10);

    const metrics = await (await fetch(new URL('/metrics', server.url))).text();
    expect(metrics).toMatch(/^corpus_reloads_total\{outcome="applied"\} 2$/m);
    expect(metrics).toMatch(/^corpus_reloads_total\{outcome="rejected"\} 1$/m);
    expect(metrics).toContain(`corpus_version_info{version="${published.version}"} 1`);
    expect(metrics).toMatch(/^corpus_rejected_problems 0$/m);
  }, 60_000);

  test('answers cached for one version are not served for the next, and their ETags differ', async () => {
    const { directory, server } = served();
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${server.url}?query=${encodeURIComponent('{ sources { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
    const first = await get();
    const before = (await first.json()) as GraphQLBody;
    const etag = first.headers.get('etag')!;
    expect((await get()).headers.get('x-cache')).toBe('HIT');
    expect((await get({ 'if-none-match': etag })).status).toBe(304);

    const { version } = served().server.corpus.served;
    writeFileSync(join(directory, '901_khorog-copy.txt'), readFileSync(join(FIXTURE, ARTICLE), 'utf8'));
    writeFileSync(
      join(directory, '901_khorog-copy.yaml'),
      'review: draft\nsource:\n  id: source:border-experts-meet-in-khorog-again\n  title: Border experts meet in Khorog, again\n',
    );
    await waitUntil('the new version is served', async () => (served().server.corpus.served.version !== version ? true : undefined));
    const after = await get({ 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.headers.get('etag')).not.toBe(etag);
    // The draft is not counted by default: the answer is the same, but it is the new version's.
    expect(await after.json()).toEqual(before);
    unlinkSync(join(directory, '901_khorog-copy.yaml'));
    unlinkSync(join(directory, '901_khorog-copy.txt'));
  }, 60_000);

  test('article:add drafts an article it has never seen into the running corpus: served only where asked, every span exact, published on review', async () => {
    const { query, directory, server } = served();
    const requests = backgroundRequests(server.url);
    // What the directory holds now, once served (the previous test's last edit may still be reloading).
    const onDisk = () => readdirSync(directory).filter((name) => name.endsWith('.txt')).length;
    const before = await waitUntil('the directory as it is is served', async () => {
      const { corpus } = await query<{ corpus: CorpusInfo }>(CORPUS);
      return corpus.articles === onDisk() ? corpus : undefined;
    });

    const added = addArticle({ file: UNSEEN_ARTICLE, corpusDir: directory, published: '2025-11-18' });
    const sourceId = added.draft.annotation.source.id;
    const drafted = await waitUntil('the machine draft is served', async () => {
      const { corpus } = await query<{ corpus: CorpusInfo }>(CORPUS);
      return corpus.articles === before.articles + 1 ? corpus : undefined;
    });
    expect(drafted).toMatchObject({ articles: before.articles + 1, drafts: before.drafts + 1, rejected: [] });

    const SOURCE = `query ($id: ID!, $drafts: Boolean) {
      sources(first: 100, includeDrafts: $drafts) { nodes { id } }
      source(id: $id) { review text }
      statements(filter: { sourceId: $id }, first: 100, includeDrafts: $drafts) { nodes { evidence { quote start end } attribution { cue { quote start end } } } }
      events(first: 100, includeDrafts: $drafts) { nodes { evidence { quote start end source { id } } } } }`;
    type Span = { quote: string; start: number; end: number; source?: { id: string } };
    type Answer = {
      sources: { nodes: { id: string }[] };
      source: { review: string; text: string };
      statements: { nodes: { evidence: Span[]; attribution: { cue: Span | null } }[] };
      events: { nodes: { evidence: Span[] }[] };
    };
    const reviewedOnly = await query<Answer>(SOURCE, { id: sourceId });
    expect(reviewedOnly.sources.nodes.map((source) => source.id)).not.toContain(sourceId);
    expect(reviewedOnly.statements.nodes).toEqual([]);
    const withDrafts = await query<Answer>(SOURCE, { id: sourceId, drafts: true });
    expect(withDrafts.sources.nodes.map((source) => source.id)).toContain(sourceId);
    expect(withDrafts.source.review).toBe('DRAFT');
    const spans = [
      ...withDrafts.statements.nodes.flatMap((statement) => [...statement.evidence, ...(statement.attribution.cue ? [statement.attribution.cue] : [])]),
      ...withDrafts.events.nodes.flatMap((event) => event.evidence).filter((span) => span.source!.id === sourceId),
    ];
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(withDrafts.source.text.slice(span.start, span.end)).toBe(span.quote);

    // The reviewer publishes it.
    const annotation = readFileSync(join(directory, added.annotationFile), 'utf8');
    expect(annotation).toMatch(/^review: draft$/m);
    writeFileSync(join(directory, added.annotationFile), annotation.replace(/^review: draft$/m, 'review: reviewed'));
    await waitUntil('the reviewed article is served', async () => {
      const { corpus } = await query<{ corpus: CorpusInfo }>(CORPUS);
      return corpus.drafts === before.drafts && corpus.version !== drafted.version ? corpus : undefined;
    });
    const published = await query<Answer>(SOURCE, { id: sourceId });
    expect(published.sources.nodes.map((source) => source.id)).toContain(sourceId);
    expect(published.source.review).toBe('REVIEWED');
    expect(published.statements.nodes.length).toBe(withDrafts.statements.nodes.length);

    const { failures, answered } = await requests.stop();
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(0);
    unlinkSync(join(directory, added.annotationFile));
    unlinkSync(join(directory, added.textFile));
  }, 60_000);
});

describe('GET /corpus/changes', () => {
  const served = serveCopyAround();

  test('one event per new version, listing the ids added, changed and removed', async () => {
    const { directory, server } = served();
    const controller = new AbortController();
    const response = await fetch(new URL('/corpus/changes', server.url), { signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    let buffered = '';
    /** The next message of the stream (events and comments end with a blank line). */
    const next = async (): Promise<string> => {
      for (let reads = 0; reads < 100; reads++) {
        const end = buffered.indexOf('\n\n');
        if (end >= 0) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          return message;
        }
        const { value, done } = await reader.read();
        if (done) break;
        buffered += Buffer.from(value).toString('utf8');
      }
      throw new Error(`no complete message; got ${JSON.stringify(buffered)}`);
    };
    const { version } = server.corpus.served;
    expect(await next()).toBe(`: serving ${version}`);

    copyFileSync(join(FIXTURE, ARTICLE), join(directory, ARTICLE));
    writeFileSync(join(directory, ANNOTATION), DRAFT_YAML);
    const added = await next();
    const [eventLine, idLine, dataLine] = added.split('\n');
    const change = JSON.parse(dataLine!.replace(/^data: /, '')) as {
      version: string;
      previousVersion: string;
      added: string[];
      changed: string[];
      removed: string[];
    };
    expect(eventLine).toBe('event: corpus');
    expect(idLine).toBe(`id: ${change.version}`);
    expect(change).toEqual({
      version: server.corpus.served.version,
      previousVersion: version,
      added: [
        'event:khorog-border-seminar-2019',
        'organisation:pamir-border-institute',
        'person:zarina-nazarova',
        'place:khorog',
        DRAFT_SOURCE,
        'statement:yerlan-karin-regional-training-best-investment',
        'statement:zarina-nazarova-open-borders-need-trained-guards',
      ],
      // Each entity the draft names besides: its mentions are the draft's too.
      changed: ['organisation:osce', 'person:yerlan-karin'],
      removed: [],
    });

    unlinkSync(join(directory, ANNOTATION));
    unlinkSync(join(directory, ARTICLE));
    const removed = JSON.parse((await next()).split('\n')[2]!.replace(/^data: /, '')) as typeof change;
    expect(removed).toMatchObject({ previousVersion: change.version, version, added: [], changed: change.changed, removed: change.added });
    controller.abort();
  }, 60_000);
});
