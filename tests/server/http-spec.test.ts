import { print } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ClientServer } from '../../src/server/servers/graph-server';
import { startServer } from '../../src/server/servers/graph-server';
import { documentIdOf } from '../../src/server/plugins/trusted-documents';
import { postJson, getJson } from '../helpers/http';
import { httpProtocolTests } from '../helpers/http-protocol';
import { loadSeedRepository } from '../helpers/seeds';
import * as generated from '../../client/generated/graphql';

const MANIFEST = JSON.parse(readFileSync(join(__dirname, '..', '..', 'client', 'generated', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
const SEARCH_ID = Object.keys(MANIFEST).find((id) => MANIFEST[id]!.startsWith('query Search'))!;
const OPERATIONS_DIR = join(__dirname, '..', '..', 'schema', 'operations');
const OPERATION_FILES = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql'));

describe('HTTP, as the GraphQL over HTTP specification has it', () => {
  const repository = loadSeedRepository();
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(repository, { production: false, http: { port: 0, corsOrigins: [], bodyLimit: '2kb' } });
  });
  afterAll(() => server.stop());

  httpProtocolTests(() => server);

  test('a gzip-compressed body, or one in another charset, is answered with its cost', async () => {
    const query = JSON.stringify({ query: '{ person(id: "person:gyorgy-szabo") { name } }' });
    const answers = await Promise.all([
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(query) }),
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16le' }, body: Buffer.from(query, 'utf16le') }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { person: { name: 'György Szabó' } }, extensions: { cost: { requested: 1, limit: 10_000 } } });
    }
  });

  test('a persisted document runs by its id, over POST and GET', async () => {
    const byPost = await postJson(server.url, { documentId: SEARCH_ID });
    expect(byPost.status).toBe(200);
    expect(byPost.body.data.search[0].node.name).toBe('Nurtai Abykayev');

    const byGet = await getJson(`${server.url}?documentId=${encodeURIComponent(SEARCH_ID)}`, { 'apollo-require-preflight': 'true' });
    expect(byGet.body.data.search[0].node.name).toBe('Nurtai Abykayev');

    const unknown = await postJson(server.url, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('HTTP batching, when enabled', () => {
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(loadSeedRepository(), { production: false, http: { port: 0, corsOrigins: [], httpBatching: true } });
  });
  afterAll(() => server.stop());

  test('answers each operation of a batch in order', async () => {
    const result = await postJson(server.url, [
      { query: '{ person(id: "person:yerlan-karin") { name } }' },
      { query: '{ organisation(id: "organisation:osce") { aliases } }' },
    ]);
    const answers = result.body as unknown as { data: Record<string, unknown> }[];
    expect(answers.map((a) => a.data)).toEqual([{ person: { name: 'Yerlan Karin' } }, { organisation: { aliases: expect.arrayContaining(['OSCE']) } }]);
  });
});

async function postText(url: string, body: unknown): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.text();
}

describe('trusted-documents mode (TRUSTED_DOCUMENTS_ONLY=1)', () => {
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [] }, trustedDocuments: { trustedOnly: true } });
  });
  afterAll(() => server.stop());

  test('runs the operations of the manifest, by id or by their exact text', async () => {
    const byId = await postJson(server.url, { documentId: SEARCH_ID });
    expect(byId.body.data.search[0].node.id).toBe('person:nurtai-abykayev');

    const byText = await postJson(server.url, { query: MANIFEST[SEARCH_ID] });
    expect(documentIdOf(MANIFEST[SEARCH_ID]!)).toBe(SEARCH_ID);
    expect(byText.body.data.search[0].node.id).toBe('person:nurtai-abykayev');

    const byApolloHash = await postJson(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash: SEARCH_ID.slice('sha256:'.length) } } });
    expect(byApolloHash.body.data.search[0].node.id).toBe('person:nurtai-abykayev');
  });

  test('refuses any other operation, and says what to send', async () => {
    const result = await postJson(server.url, { query: '{ people { totalCount } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    expect(result.body.errors?.[0]?.message).toContain('documentId');
    expect(result.body.data).toBeUndefined();

    const get = await getJson(`${server.url}?query=${encodeURIComponent('{ people { totalCount } }')}`, { 'apollo-require-preflight': 'true' });
    expect(get.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
  });

  test.each(OPERATION_FILES)('runs %s as written (comments, field order, layout), by POST and GET', async (file) => {
    const text = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
    expect(Object.values(MANIFEST)).not.toContain(text);
    const posted = await postJson(server.url, { query: text });
    expect([posted.status, posted.body.errors]).toEqual([200, undefined]);
    expect(posted.body.data).toEqual(expect.any(Object));
    const got = await getJson(`${server.url}?query=${encodeURIComponent(text)}`, { 'apollo-require-preflight': 'true' });
    expect(got.body).toEqual(posted.body);
    // What runs is the manifest's document: the answer is the one its id gets, byte for byte.
    const id = Object.keys(MANIFEST).find((key) => MANIFEST[key]!.startsWith(`query ${file.replace('.graphql', '')}(`))!;
    const [sent, named] = await Promise.all([{ query: text }, { documentId: id }].map((body) => postText(server.url, body)));
    expect(sent).toBe(named);
  });

  test("runs the codegen documents as README's consumer snippet sends them: print(Document)", async () => {
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document'));
    expect(documents).toHaveLength(OPERATION_FILES.length);
    for (const [, document] of documents) {
      const result = await postJson(server.url, { query: print(document as Parameters<typeof print>[0]) });
      expect([result.status, result.body.errors]).toEqual([200, undefined]);
    }
  });

  test('refuses an operation file changed in any way that matters: a field, an argument, a default', async () => {
    const text = readFileSync(join(OPERATIONS_DIR, 'PersonStatements.graphql'), 'utf8');
    for (const changed of [
      text.replace('aliases', 'aliases\n    mentions { quote }'),
      text.replace('statements(first: 10)', 'statements(first: 100)'),
      text.replace('person:gyorgy-szabo', 'person:nurtai-abykayev'),
      `${text}\nquery Extra { people { totalCount } }`,
    ]) {
      expect(changed).not.toBe(text);
      const result = await postJson(server.url, { query: changed });
      expect([result.status, result.body.errors?.[0]?.extensions?.code]).toEqual([400, 'OPERATION_NOT_TRUSTED']);
    }
  });
});

describe('trusted-documents mode with HTTP batching on (HTTP_BATCHING=1)', () => {
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(loadSeedRepository(), {
      production: true,
      http: { port: 0, corsOrigins: [], httpBatching: true },
      trustedDocuments: { trustedOnly: true },
    });
  });
  afterAll(() => server.stop());

  test('a batch runs only when every operation in it is trusted, each as its manifest document', async () => {
    const text = readFileSync(join(OPERATIONS_DIR, 'Search.graphql'), 'utf8');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ documentId: SEARCH_ID }, { query: text }]),
    });
    expect(response.status).toBe(200);
    const answers = (await response.json()) as { data: { search: { node: { id: string } }[] } }[];
    expect(answers.map((answer) => answer.data.search[0]!.node.id)).toEqual(['person:nurtai-abykayev', 'person:nurtai-abykayev']);
  });

  test('an untrusted operation wrapped in a batch is refused, with the batch, naming its place', async () => {
    for (const batch of [[{ query: '{ people { totalCount } }' }], [{ documentId: SEARCH_ID }, { query: '{ people { totalCount } }' }]]) {
      const result = await postJson(server.url, batch);
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
      expect(result.body.errors?.[0]?.message).toMatch(new RegExp(`^Operation ${batch.length - 1} of the batch: This server runs only trusted documents`));
    }
  });
});

describe('MAX_BATCH_SIZE: the operations one batch may carry (with HTTP_BATCHING=1)', () => {
  let server: ClientServer;
  beforeAll(async () => {
    server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [], httpBatching: true, maxBatchSize: 3 } });
  });
  afterAll(() => server.stop());

  const batchOf = (size: number) => Array.from({ length: size }, (_, i) => ({ query: `{ people(first: ${i}) { totalCount } }` }));

  test('a batch within the limit is answered, operation by operation', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batchOf(3)) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as unknown[]).length).toBe(3);
  });

  test('a larger one is refused before any of it runs, saying how many it may carry', async () => {
    const result = await postJson(server.url, batchOf(4));
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: 'The batch has 4 operations; this API accepts at most 3 in one request. Send fewer operations per batch, or several requests.',
        extensions: expect.objectContaining({ code: 'BATCH_LIMIT_EXCEEDED' }),
      }),
    ]);
  });
});
