/**
 * Input the API refuses: each answer is a BAD_USER_INPUT error whose message says what was
 * wrong and what to send instead. An id that names nothing is not bad input: it is null.
 */
import type { GraphQLFormattedError } from 'graphql';
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

/** The one error an operation answers; fails the test when it answers data or several errors. */
async function refusal(query: string, variables?: Record<string, unknown>): Promise<GraphQLFormattedError> {
  const result = await api.execute(query, variables);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

describe('page sizes', () => {
  test('first > 100', async () => {
    const error = await refusal('{ people(first: 101) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('first must be at most 100 (got 101); ask for 100 or fewer and page on with `after` where the list has it');
    expect(error.path).toEqual(['people']);
  });

  test('first < 0', async () => {
    const error = await refusal('{ organisations(first: -1) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('first must be 0 or more (got -1); ask for how many items you want, up to 100');
  });

  test('first > 100 on a connection inside an entity, and on search', async () => {
    const nested = await api.execute('{ person(id: "person:nurtai-abykayev") { name statements(first: 500) { totalCount } } }');
    expect(nested.data).toEqual({ person: null });
    expect(nested.errors?.map((e) => [e.extensions?.code, e.path, e.message])).toEqual([
      ['BAD_USER_INPUT', ['person', 'statements'], expect.stringMatching(/^first must be at most 100 \(got 500\); ask for 100 or fewer/)],
    ]);
    const search = await refusal('{ search(text: "OSCE", first: 1000) { score } }');
    expect(search.extensions?.code).toBe('BAD_USER_INPUT');
    expect(search.message).toMatch(/^first must be at most 100 \(got 1000\)/);
  });
});

describe('cursors', () => {
  test('a string that is no cursor of this API', async () => {
    const error = await refusal('{ people(after: "page-2") { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'after is not a cursor of this API (got "page-2"); pass the pageInfo.endCursor of the previous page, or leave it out to start at the beginning',
    );
  });

  test("a cursor past the end of the list: the 30th organisation's, given to the 15 events", async () => {
    const { organisations } = await api.query<{ organisations: { pageInfo: { endCursor: string } } }>(
      '{ organisations(first: 30) { pageInfo { endCursor } } }',
    );
    const error = await refusal('query ($after: String) { events(after: $after) { totalCount } }', { after: organisations.pageInfo.endCursor });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      `after is not a cursor of this list (got ${JSON.stringify(organisations.pageInfo.endCursor)}); pass the pageInfo.endCursor of a page of the same list, or leave it out to start at the beginning`,
    );
    // The same cursor is good on the list it came from.
    const { organisations: rest } = await api.query<{ organisations: { nodes: { name: string }[] } }>(
      'query ($after: String) { organisations(after: $after, first: 1) { nodes { name } } }',
      { after: organisations.pageInfo.endCursor },
    );
    expect(rest.nodes).toEqual([{ name: 'OSCE Programme Office in Astana' }]); // the 31st
  });
});

describe('enum values', () => {
  const KINDS = 'STATE, INTERGOVERNMENTAL, GOVERNMENT_BODY, NON_GOVERNMENTAL, ACADEMIC, MEDIA, ARMED_GROUP, OTHER';

  test('an unknown literal lists the values to send', async () => {
    const error = await refusal('{ organisations(filter: { kind: PLANET }) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`Value "PLANET" does not exist in "OrganisationKind" enum. Send one of: ${KINDS}.`);
  });

  test('an unknown value of a variable lists the values to send', async () => {
    const error = await refusal('query ($kind: OrganisationKind) { organisations(filter: { kind: $kind }) { totalCount } }', { kind: 'state' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(`Variable "$kind" got invalid value "state"; Value "state" does not exist in "OrganisationKind" enum. Send one of: ${KINDS}.`);
  });
});

describe('filters', () => {
  test('a date that is not ISO in filter.from', async () => {
    const error = await refusal('{ events(filter: { from: "June 8, 2017" }) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('filter.from must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2017", "2017-06" or "2017-06-09" (got "June 8, 2017")');
  });

  test('a day that does not exist is not a date: 2017-02-30', async () => {
    const error = await refusal('{ events(filter: { to: "2017-02-30" }) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^filter\.to must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD.*\(got "2017-02-30"\)$/);
  });

  test('from after to', async () => {
    const error = await refusal('{ events(filter: { from: "2018-01", to: "2017-06-09" }) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('filter.from (2018-01) is after filter.to (2017-06-09); give the earlier date as from');
  });

  test('an id of the wrong type: a person id as filter.organisationId', async () => {
    const error = await refusal('{ people(filter: { organisationId: "person:x" }) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('filter.organisationId must be an organisation id like "organisation:lower-case-words-joined-by-hyphens"; got "person:x"');
  });

  test('an id of the wrong type for an actor: an event id as filter.speakerId', async () => {
    const error = await refusal('{ statements(filter: { speakerId: "event:osce-summit-astana-2010" }) { totalCount } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'filter.speakerId must be a person id like "person:lower-case-words-joined-by-hyphens" or an organisation id like "organisation:lower-case-words-joined-by-hyphens"; got "event:osce-summit-astana-2010"',
    );
  });

  test('an over-long text filter', async () => {
    const error = await refusal('query ($text: String) { statements(filter: { text: $text }) { totalCount } }', { text: 'terrorism '.repeat(25) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('filter.text is 250 characters long; send at most 200: a part of a name or a few words');
  });
});

describe('search text', () => {
  test('blank', async () => {
    const error = await refusal('{ search(text: "  \\t ") { score } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('text must contain a word; send a name or a few words to look for');
  });

  test('over-long', async () => {
    const error = await refusal('query ($text: String!) { search(text: $text) { score } }', { text: 'x'.repeat(201) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('text is 201 characters long; send at most 200: a part of a name or a few words');
  });
});

test('an unknown id is null, not an error', async () => {
  expect(await api.execute('{ person(id: "person:nobody") { name } node(id: "organisation:atlantis") { id } }')).toEqual({
    data: { person: null, node: null },
  });
});
