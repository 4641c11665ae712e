import { gzipSync } from 'node:zlib';
import { getJson, postJson } from './http';

/** A server under test: its API's URL (started with a 2kb body limit, HTTP batching off). */
export interface ServerUnderTest {
  readonly url: string;
}

/**
 * The GraphQL over HTTP rules every public server follows, the client graph (`npm start`) and
 * the gateway alike (issue 17): run inside a describe, against the server `server()` returns.
 */
export function httpProtocolTests(server: () => ServerUnderTest): void {
  test('a request error is 200 with application/json, 400 with application/graphql-response+json', async () => {
    const legacy = await postJson(server().url, { query: '{ nope }' }, { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
    expect(legacy.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const modern = await postJson(server().url, { query: '{ nope }' }, { accept: 'application/graphql-response+json' });
    expect(modern.status).toBe(400);
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);

    const unparsable = await postJson(server().url, { query: '{ people(' }, { accept: 'application/graphql-response+json' });
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a successful answer uses the media type the client asked for', async () => {
    const answer = await postJson(server().url, { query: '{ person(id: "person:yerlan-karin") { name } }' }, { accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(answer.body.data.person.name).toBe('Yerlan Karin');
  });

  test('an Accept the server cannot satisfy is 406', async () => {
    const response = await fetch(server().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/csv' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(406);
  });

  test('an over-size body is 413 with a GraphQL-style error', async () => {
    const result = await postJson(server().url, { query: `{ __typename ${' '.repeat(4000)}}` });
    expect(result.status).toBe(413);
    expect(result.body.errors?.[0]).toEqual({
      message: 'The request body is larger than 2kb; send a smaller query (or a trusted document id)',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  test('malformed JSON is 400 and says what to send', async () => {
    const result = await postJson(server().url, '{"query": "{ __typename }"');
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(result.body.errors?.[0]?.message).toMatch(/^The body is not valid JSON .*; send \{"query"/);
  });

  test('a missing query is 400', async () => {
    const result = await postJson(server().url, { variables: {} });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  test('a body that is not JSON is 415 and never runs', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']) {
      const response = await fetch(server().url, { method: 'POST', headers: { 'content-type': type }, body: '{ __typename }' });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(response.status).toBe(415);
      expect(body.errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(body.errors[0]!.message).toContain('Content-Type: application/json');
    }
  });

  test('a mutation over GET is 405', async () => {
    const result = await getJson(`${server().url}?query=${encodeURIComponent('mutation { x }')}`, { 'apollo-require-preflight': 'true' });
    expect(result.status).toBe(405);
  });

  test('a mutation or subscription (the API is read-only) is a request error that says so', async () => {
    for (const query of ['mutation { people { totalCount } }', 'subscription { people { totalCount } }']) {
      const modern = await postJson(server().url, { query }, { accept: 'application/graphql-response+json' });
      expect(modern.status).toBe(400);
      expect(modern.body.errors?.[0]).toMatchObject({
        message: 'This API is read-only: it has no mutations or subscriptions. Send a query operation.',
        extensions: { code: 'OPERATION_NOT_SUPPORTED' },
      });
      expect((await postJson(server().url, { query })).status).toBe(200);
    }
  });

  test('an unknown or missing operationName is a request error: 400, or 200 with application/json', async () => {
    const document = 'query A { __typename } query B { __typename }';
    for (const body of [{ query: document }, { query: document, operationName: 'C' }, { query: '{ __typename }', operationName: 'C' }]) {
      const modern = await postJson(server().url, body, { accept: 'application/graphql-response+json' });
      expect([modern.status, modern.body.errors?.[0]?.extensions?.code]).toEqual([400, 'OPERATION_RESOLUTION_FAILURE']);
      const legacy = await postJson(server().url, body);
      expect([legacy.status, legacy.body.errors?.[0]?.extensions?.code]).toEqual([200, 'OPERATION_RESOLUTION_FAILURE']);
    }
  });

  test('a body that does not decompress is 400 with a GraphQL-style error', async () => {
    const result = await postJson(server().url, 'not gzip', { 'content-encoding': 'gzip' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(result.body.errors?.[0]?.message).toMatch(/^The request body could not be read/);
  });

  test('a gzip-compressed body, or one in another charset, is read and answered like plain UTF-8 JSON', async () => {
    const query = JSON.stringify({ query: '{ person(id: "person:gyorgy-szabo") { name } }' });
    const answers = await Promise.all([
      fetch(server().url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(query) }),
      fetch(server().url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-16le' }, body: Buffer.from(query, 'utf16le') }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { data: unknown }).data).toEqual({ person: { name: 'György Szabó' } });
    }
  });

  test('a charset body-parser cannot read is 415 and says to send UTF-8', async () => {
    const result = await postJson(server().url, '{"query": "{ people { totalCount } }"}', { 'content-type': 'application/json; charset=klingon' });
    expect(result.status).toBe(415);
    expect(result.body.errors?.[0]?.message).toMatch(/send the body as UTF-8 JSON$/);
  });

  test('a URL too long for the HTTP parser is 431 with a GraphQL-style error', async () => {
    const response = await fetch(`${server().url}?query=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  test('HTTP batching is off by default', async () => {
    const result = await postJson(server().url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toBe('Operation batching disabled.');
  });
}
