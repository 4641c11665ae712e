/**
 * Issue 9's additions to the API contract (api-contract-next.graphql, the items marked
 * "(issue 9)") served exactly as written there, and with the values the seeds annotate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { GraphQLSchema } from 'graphql';
import { buildClientSchema } from '../../src/graphql/schema';
import { ApiClient, createApiClient } from '../helpers/api-client';
import { additionsOf, changedContract, compare, contractSchema, contractSdl, NEXT_FIXTURE, SHARED_NEXT } from '../helpers/contract-additions';

const ISSUE_9 = [
  'ReviewStatus',
  'AttributionBasis',
  'Attribution',
  'Statement.attribution',
  'Source.url',
  'Source.publishedAt',
  'Source.language',
  'Source.review',
  'AttendanceUnit',
  'Attendance',
  'Event.attendance',
];

describe("issue 9's additions to the contract", () => {
  let contract: GraphQLSchema;
  let served: GraphQLSchema;

  beforeAll(async () => {
    contract = contractSchema();
    served = await buildClientSchema();
  });

  (existsSync(SHARED_NEXT) ? test : test.skip)('the fixture is the shared next contract, byte for byte', () => {
    expect(readFileSync(NEXT_FIXTURE).equals(readFileSync(SHARED_NEXT))).toBe(true);
  });

  test('the markers name the additions: every issue-9 type and field, no other issue', () => {
    expect(additionsOf(contractSdl(), 9)).toEqual(ISSUE_9);
    expect(additionsOf(contractSdl(), 10)).toContain('Query.timeline');
  });

  test.each(ISSUE_9)('%s is served as the contract writes it', (coordinate) => {
    const { contract: stated, served: actual } = compare(contract, served, coordinate);
    expect(actual).toEqual(stated);
  });

  test('a difference would be found (the comparison is not vacuous)', () => {
    const changed = changedContract(['ROLE_ONLY', 'ROLE'], ['review: ReviewStatus!', 'review: ReviewStatus']);
    expect(compare(contract, changed, 'AttributionBasis').served).not.toEqual(compare(contract, contract, 'AttributionBasis').contract);
    expect(compare(contract, changed, 'Source.review').served).not.toEqual(compare(contract, contract, 'Source.review').contract);
    expect(compare(contract, changed, 'Attendance').served).toEqual(compare(contract, contract, 'Attendance').contract);
  });
});

describe("issue 9's fields serve what the seeds annotate", () => {
  let api: ApiClient;

  beforeAll(async () => {
    api = await createApiClient();
  });

  afterAll(async () => {
    await api.stop();
  });

  interface Cue {
    quote: string;
    start: number;
    end: number;
    source: { id: string; text: string };
  }

  const ATTRIBUTION = /* GraphQL */ `
    query ($id: ID!) {
      statement(id: $id) {
        speaker {
          __typename
        }
        speakerRole
        attribution {
          basis
          via
          cue {
            quote
            start
            end
            source {
              id
              text
            }
          }
        }
        corroboration
      }
    }
  `;

  async function attributionOf(id: string) {
    const { statement } = await api.query<{
      statement: { speaker: unknown; speakerRole: string | null; attribution: { basis: string; via: string | null; cue: Cue | null }; corroboration: number };
    }>(ATTRIBUTION, { id });
    const { cue } = statement.attribution;
    // The cue is a span of its article, like evidence.
    if (cue) expect(cue.source.text.slice(cue.start, cue.end)).toBe(cue.quote);
    return { ...statement, attribution: { ...statement.attribution, cue: cue && { quote: cue.quote, source: cue.source.id } } };
  }

  test('second-hand words: Sadykov named, "according to a UN summary"', async () => {
    expect(await attributionOf('statement:barlybay-sadykov-identifies-terrorist-threats')).toEqual({
      speaker: { __typename: 'Person' },
      speakerRole: "Kazakhstan's first deputy permanent representative to the UN",
      attribution: {
        basis: 'NAMED',
        via: 'a UN summary',
        cue: { quote: 'according to a UN summary', source: 'source:kazakhstan-strives-to-become-guarantor-of-security' },
      },
      corroboration: 1,
    });
  });

  test('a role only, first-hand: "is observed by experts"', async () => {
    expect(await attributionOf('statement:experts-conference-important-stage-of-summit-preparation')).toEqual({
      speaker: null,
      speakerRole: null,
      attribution: { basis: 'ROLE_ONLY', via: null, cue: { quote: 'is observed by experts', source: 'source:first-anti-terrorism-osce-conference-in-astana' } },
      corroboration: 1,
    });
  });

  test('every statement has an attribution agreeing with its speaker, and one source', async () => {
    const { statements } = await api.query<{
      statements: { totalCount: number; nodes: { speaker: unknown; attribution: { basis: string }; corroboration: number }[] };
    }>('{ statements(first: 100) { totalCount nodes { speaker { __typename } attribution { basis } corroboration } } }');
    expect(statements.nodes).toHaveLength(statements.totalCount);
    for (const { speaker, attribution, corroboration } of statements.nodes) {
      if (attribution.basis === 'NAMED') expect(speaker).not.toBeNull();
      if (attribution.basis === 'UNNAMED') expect(speaker).toBeNull();
      expect(corroboration).toBe(1);
    }
    const bases = new Set(statements.nodes.map((s) => s.attribution.basis));
    expect(bases).toEqual(new Set(['NAMED', 'ROLE_ONLY', 'UNNAMED']));
  });

  test('attendance units: "Some 100" people, "more than 40 states"', async () => {
    const ATTENDANCE = 'query ($id: ID!) { event(id: $id) { attendance { text count unit approximate } } }';
    const astana = await api.query<{ event: unknown }>(ATTENDANCE, { id: 'event:osce-security-cooperation-conference-astana' });
    expect(astana.event).toEqual({ attendance: { text: 'Some 100', count: 100, unit: 'PEOPLE', approximate: true } });
    const vienna = await api.query<{ event: unknown }>(ATTENDANCE, { id: 'event:osce-review-conference-vienna-2010' });
    expect(vienna.event).toEqual({ attendance: { text: 'more than 40 states', count: 40, unit: 'STATES', approximate: true } });
  });

  test('every article is reviewed and in English; none gives a URL or a date of publication', async () => {
    const { sources } = await api.query<{ sources: { totalCount: number; nodes: unknown[] } }>(
      '{ sources(first: 100) { totalCount nodes { review language url publishedAt { text } } } }',
    );
    expect(sources.totalCount).toBe(5);
    expect(sources.nodes).toEqual(Array.from({ length: 5 }, () => ({ review: 'REVIEWED', language: 'en', url: null, publishedAt: null })));
  });

  test('a commitment is supported by its one article', async () => {
    const { commitment } = await api.query<{ commitment: unknown }>(
      '{ commitment(id: "commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution") { corroboration } }',
    );
    expect(commitment).toEqual({ corroboration: 1 });
  });
});
