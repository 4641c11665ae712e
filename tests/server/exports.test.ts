/**
 * The exports beside /graphql (issue 14), each read back by a parser independent of the one
 * that wrote it: the network as GraphML (graphology-graphml) and GEXF (fast-xml-parser)
 * holding exactly what network(seedIds, hops) answers; the lists as CSV (csv-parse); every
 * evidence span as a W3C Web Annotation (jsonld's expansion, with the anno context served
 * locally). Bad parameters get 400 JSON errors, and answers are cached like the API's GETs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { MultiUndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { CorpusRepository } from '../../src/repository';
import { startServer } from '../../src/server/servers/graph-server';
import { createApiClient, type ApiClient } from '../helpers/api-client';
import { loadSeedCorpus } from '../helpers/seeds';

/** The W3C anno context's terms (tests/fixtures/anno-context.jsonld): served to jsonld locally, as tests use no network. */
const ANNO_CONTEXT = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'anno-context.jsonld'), 'utf8')) as RemoteDocument['document'];
const KARIN = 'person:yerlan-karin';

let server: Awaited<ReturnType<typeof startServer>>;
let base: string;
let api: ApiClient;
const repository = new CorpusRepository(loadSeedCorpus());

beforeAll(async () => {
  server = await startServer(repository, { production: false, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
  base = server.url.replace(/\/graphql$/, '');
  api = await createApiClient(repository);
});

afterAll(async () => {
  await Promise.all([server?.stop(), api?.stop()]);
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

interface ApiNetwork {
  actors: { id: string; name: string }[];
  ties: { kind: string; weight: number; from: { id: string }; to: { id: string }; evidence: { quote: string }[] }[];
}

async function apiNetwork(seedIds: string[], hops: number): Promise<ApiNetwork> {
  const actor = '... on Person { id name } ... on Organisation { id name }';
  const { network } = await api.query<{ network: ApiNetwork }>(
    `query ($seeds: [ID!]!, $hops: Int) { network(seedIds: $seeds, hops: $hops) { actors { ${actor} } ties { kind weight from { ${actor} } to { ${actor} } evidence { quote } } } }`,
    { seeds: seedIds, hops },
  );
  return network;
}

/** A network as comparable rows: actors with names, ties with kinds, weights and quotes. */
function rowsOf(network: ApiNetwork) {
  return {
    actors: network.actors.map((a) => `${a.id} ${a.name}`),
    ties: network.ties.map((t) => `${t.kind} ${t.from.id} ${t.to.id} ${t.weight} ${t.evidence.map((e) => e.quote).join(' | ')}`).sort(),
  };
}

describe('the network as GraphML and GEXF', () => {
  test('GraphML holds exactly network(seedIds: [Karin], hops: 2), read by graphology-graphml', async () => {
    const { status, headers, bytes } = await get(`/export/network.graphml?seed=${KARIN}&hops=2`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const graph = parseGraphml(MultiUndirectedGraph, bytes.toString('utf8'));
    const expected = rowsOf(await apiNetwork([KARIN], 2));
    expect({
      actors: graph.mapNodes((id, a) => `${id} ${a.label}`),
      ties: graph.mapEdges((_e, a, source, target) => `${a.kind} ${source} ${target} ${a.weight} ${a.evidence}`).sort(),
    }).toEqual(expected);
    expect(expected.ties.length).toBeGreaterThan(40);
    expect(graph.getNodeAttributes(KARIN)).toEqual(expect.objectContaining({ type: 'person', distance: 0 }));
  });

  test('GEXF, with several seeds, holds exactly network(seedIds, hops: 1), read by fast-xml-parser', async () => {
    const seeds = [KARIN, 'person:alexey-rogov'];
    const { status, headers, bytes } = await get(`/export/network.gexf?seed=${seeds[0]}&seed=${seeds[1]}&hops=1`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['node', 'edge', 'attvalue', 'attribute'].includes(name),
    }).parse(bytes.toString('utf8'));
    const graph = xml.gexf.graph;
    const titles = (kind: 'node' | 'edge') =>
      new Map<string, string>(
        (graph.attributes as { class: string; attribute: { id: string; title: string }[] }[])
          .find((a) => a.class === kind)!
          .attribute.map((a) => [a.id, a.title]),
      );
    const values = (element: { attvalues?: { attvalue: { for: string; value: string }[] } }, kind: 'node' | 'edge') =>
      Object.fromEntries((element.attvalues?.attvalue ?? []).map((v) => [titles(kind).get(v.for), String(v.value)]));
    const expected = rowsOf(await apiNetwork(seeds, 1));
    const edges = graph.edges.edge as { source: string; target: string; kind: string; weight: string }[];
    expect({
      actors: (graph.nodes.node as { id: string; label: string }[]).map((n) => `${n.id} ${n.label}`),
      ties: edges.map((e) => `${e.kind} ${e.source} ${e.target} ${Number(e.weight)} ${values(e as never, 'edge').evidence}`).sort(),
    }).toEqual(expected);
    expect(values(graph.nodes.node[0], 'node')).toEqual(expect.objectContaining({ type: 'person', distance: '0' }));
  });

  test('bad parameters get a 400 JSON error saying what to send', async () => {
    const cases: [string, string][] = [
      ['/export/network.graphml', 'seed is missing'],
      ['/export/network.graphml?seed=person:nobody', 'seed: no person or organisation has the id "person:nobody"'],
      ['/export/network.gexf?seed=event:osce-review-conference-vienna-2010', 'seed must be a person or organisation id'],
      [`/export/network.gexf?seed=${KARIN}&hops=9`, 'hops must be one whole number from 0 to 3 (got "9")'],
      [`/export/network.gexf?seed=${KARIN}&maxActors=501`, 'maxActors must be one whole number from 1 to 500'],
      [`/export/network.gexf?seed=${KARIN}&hop=2`, 'network.gexf does not take "hop"; it takes seed, hops, maxActors'],
      ['/export/events.csv?first=10', 'events.csv does not take "first"; it takes no parameters'],
    ];
    for (const [path, message] of cases) {
      const { status, headers, bytes } = await get(path);
      expect({ path, status, type: headers.get('content-type') }).toEqual({ path, status: 400, type: 'application/json; charset=utf-8' });
      const body = JSON.parse(bytes.toString('utf8')) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.message).toContain(message);
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await get('/export/network.dot?seed=x');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.bytes.toString('utf8')).errors[0].message).toContain('/export/network.graphml');
  });

  test('a repeated export is answered from the cache, with an ETag a client can revalidate', async () => {
    const path = `/export/network.graphml?hops=1&seed=${KARIN}`;
    const first = await get(path);
    const again = await get(`/export/network.graphml?seed=${KARIN}&hops=1`);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.bytes.equals(first.bytes)).toBe(true);
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const revalidated = await get(path, { 'if-none-match': again.headers.get('etag')! });
    expect(revalidated.status).toBe(304);
  });
});

describe('the lists as CSV', () => {
  const LISTS = {
    events: repository.events,
    statements: repository.statements,
    commitments: repository.commitments,
    people: repository.people,
    organisations: repository.organisations,
  };

  test.each(Object.keys(LISTS) as (keyof typeof LISTS)[])('%s.csv: UTF-8 with a BOM, a row per span of evidence, each span exact', async (list) => {
    const { status, headers, bytes } = await get(`/export/${list}.csv`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const items = LISTS[list] as readonly { id: string; evidence?: readonly unknown[]; mentions?: readonly unknown[] }[];
    const spans = (item: (typeof items)[number]) => (item.evidence ?? item.mentions)!.length;
    expect(rows).toHaveLength(items.reduce((sum, item) => sum + Math.max(1, spans(item)), 0));
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(items.map((item) => item.id)));
    const sources = new Map(repository.sources.map((source) => [source.id, source.text]));
    for (const row of rows.filter((r) => r.quote !== '')) {
      expect(sources.get(row.source!)!.slice(Number(row.start), Number(row.end))).toBe(row.quote);
    }
  });

  test('quotes, commas and line breaks survive: a statement quoted in full, “curly quotes” and all', async () => {
    const rows = parseCsv((await get('/export/statements.csv')).bytes, { bom: true, columns: true }) as Record<string, string>[];
    const szabo = repository.statements.find((s) => s.id === 'statement:gyorgy-szabo-osce-promotes-co-operation')!;
    expect(rows.find((row) => row.id === szabo.id)).toEqual(
      expect.objectContaining({ text: szabo.text, speaker: 'person:gyorgy-szabo', quote: szabo.evidence[0]!.quote, start: String(szabo.evidence[0]!.start) }),
    );
    expect(rows.some((row) => /[",\n]/.test(row.quote!))).toBe(true);
  });
});

describe('the evidence as W3C Web Annotations', () => {
  test('every span is an annotation whose target selects it in its source, by quote and by position', async () => {
    const { status, headers, bytes } = await get('/export/annotations.jsonld');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const document = JSON.parse(bytes.toString('utf8')) as RemoteDocument['document'];
    const documentLoader = async (url: string): Promise<RemoteDocument> => {
      if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no network in tests: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT };
    };
    const [collection] = (await jsonld.expand(document, { documentLoader })) as unknown as Record<string, unknown>[];
    const OA = 'http://www.w3.org/ns/oa#';
    const AS = 'http://www.w3.org/ns/activitystreams#';
    expect(collection!['@type']).toEqual([`${AS}OrderedCollection`]);
    const page = (collection![`${AS}first`] as Record<string, unknown>[])[0]!;
    const items = (page[`${AS}items`] as { '@list': Record<string, unknown>[] }[])[0]!['@list'];
    const texts = new Map(repository.sources.map((source) => [`urn:casg:${source.id}`, source.text]));
    const value = (node: Record<string, unknown>, term: string) => (node[term] as { '@value': unknown }[])[0]!['@value'];

    const named = [...repository.people, ...repository.organisations, ...repository.places].reduce((sum, n) => sum + n.mentions.length, 0);
    const facts =
      repository.affiliations.reduce((sum, a) => sum + a.evidence.length, 0) +
      repository.events.reduce((sum, e) => sum + e.evidence.length + e.participations.reduce((s, p) => s + p.evidence.length, 0), 0) +
      repository.statements.reduce((sum, s) => sum + s.evidence.length + (s.attribution.cue ? 1 : 0), 0) +
      repository.commitments.reduce((sum, c) => sum + c.evidence.length, 0);
    expect(items).toHaveLength(named + facts);
    expect(Number(value(collection!, `${AS}totalItems`))).toBe(items.length);

    for (const item of items) {
      expect(item['@type']).toEqual([`${OA}Annotation`]);
      const [target] = item[`${OA}hasTarget`] as Record<string, unknown>[];
      const text = texts.get((target![`${OA}hasSource`] as { '@id': string }[])[0]!['@id'])!;
      const selectors = target![`${OA}hasSelector`] as Record<string, unknown>[];
      const quote = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextQuoteSelector`)!;
      const position = selectors.find((s) => (s['@type'] as string[])[0] === `${OA}TextPositionSelector`)!;
      const [start, end] = [Number(value(position, `${OA}start`)), Number(value(position, `${OA}end`))];
      expect(text.slice(start, end)).toBe(value(quote, `${OA}exact`));
      expect(text.slice(0, start).endsWith(value(quote, `${OA}prefix`) as string)).toBe(true);
      const bodies = item[`${OA}hasBody`] as Record<string, unknown>[];
      expect(bodies.map((b) => b['@id']).filter(Boolean)).toHaveLength(1);
    }
    // Karin's affiliation is one of them: the fact, and the words that state it.
    const affiliation = items.find((item) =>
      (item[`${OA}hasBody`] as { '@id'?: string }[]).some(
        (b) => b['@id'] === 'urn:casg:affiliation:person:yerlan-karin:organisation:kazakhstan-council-on-international-relations',
      ),
    );
    expect(affiliation).toBeDefined();
  });
});
