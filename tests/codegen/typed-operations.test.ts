/**
 * The example operations over HTTP through the typed documents codegen writes: each answer
 * is read with the generated types, so a type that no longer matches the data breaks the
 * type check (npm test runs tsc), and the values are checked here.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  CommitmentEvidenceDocument,
  EventStatementsDocument,
  EventsInRangeDocument,
  OrganisationPeopleDocument,
  PersonStatementsDocument,
  SearchDocument,
} from '../../client/generated/graphql';
import type { ClientServer } from '../../src/server/servers/graph-server';
import { startServer } from '../../src/server/servers/graph-server';
import { loadSeedRepository } from '../helpers/seeds';

let server: ClientServer;
beforeAll(async () => {
  server = await startServer(loadSeedRepository(), { production: true, http: { port: 0, corsOrigins: [] }, env: { LOG_LEVEL: 'silent' } });
});
afterAll(() => server.stop());

/** Sends a typed document (its own default variables unless given) and returns its typed data. */
async function run<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

test('PersonStatements', async () => {
  const { person } = await run(PersonStatementsDocument);
  expect(person?.name).toBe('György Szabó');
  expect(person?.affiliations.map((a) => `${a.role} of ${a.organisation.name}`)).toEqual(['Head of OSCE Programme Office in Astana']);
  const [statement] = person?.statements.nodes ?? [];
  expect(statement?.event?.startDate).toEqual({ text: '26 October', iso: null });
  expect(statement?.evidence[0]?.quote).toContain(statement?.text);
});

test('EventStatements', async () => {
  const { event } = await run(EventStatementsDocument);
  expect(event?.startDate).toEqual({ text: 'June 8', iso: '2017-06-08', inferred: true });
  const speakers = event?.statements.nodes.map((s) => (s.speaker && 'name' in s.speaker ? s.speaker.name : null));
  expect(speakers).toContain('Barlybay Sadykov');
});

test('CommitmentEvidence', async () => {
  const { commitment } = await run(CommitmentEvidenceDocument);
  expect(commitment?.amounts.map((a) => `${a.value} ${a.currency}`)).toEqual(['300000 USD', '96100000 KZT']);
  expect(commitment?.actors.map((a) => a.name)).toEqual(['Kazakhstan']);
});

test('OrganisationPeople', async () => {
  const { organisation, people } = await run(OrganisationPeopleDocument, { id: 'organisation:osce-programme-office-in-bishkek' });
  expect(organisation?.name).toBe('OSCE Programme Office in Bishkek');
  expect(people.nodes.map((p) => p.name)).toEqual(['Alexey Rogov']);
});

test('EventsInRange', async () => {
  const { events } = await run(EventsInRangeDocument, { from: '2010', to: '2010' });
  expect(events.nodes.every((e) => e.startDate?.iso?.startsWith('2010'))).toBe(true);
  expect(events.nodes.map((e) => e.id)).toContain('event:osce-summit-astana-2010');
});

test('Search', async () => {
  const { search } = await run(SearchDocument, { text: 'Kirgizstan', first: 3 });
  const [best] = search;
  expect(best?.node.__typename).toBe('Organisation');
  expect(best?.node.__typename === 'Organisation' ? best.node.name : null).toBe('Kyrgyzstan');
});
