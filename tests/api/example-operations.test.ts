/**
 * The named example operations of schema/operations/, each run with its default variables
 * and checked against the articles. An operation added there must be covered here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { ApiClient, createApiClient } from '../helpers/api-client';

const OPERATIONS_DIR = join(__dirname, '..', '..', 'schema', 'operations');

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

const UN_SESSION = 'UN Security Council session on fighting the Islamic State, al-Qaeda and affiliated individuals, groups and organisations';

/** What each operation, by name, must answer with its default variables. */
const EXPECTATIONS: Record<string, (data: never) => void | Promise<void>> = {
  PersonStatements(data: { person: unknown }) {
    expect(data.person).toEqual({
      id: 'person:gyorgy-szabo',
      name: 'György Szabó',
      aliases: [],
      affiliations: [{ role: 'Head', organisation: { id: 'organisation:osce-programme-office-in-astana', name: 'OSCE Programme Office in Astana' } }],
      statements: {
        totalCount: 1,
        nodes: [
          {
            kind: 'DIRECT_QUOTE',
            text: expect.stringMatching(/^The OSCE promotes co-operation not only among participating States/),
            speakerRole: 'Head of the OSCE Programme Office in Astana',
            event: {
              name: 'International conference on security co-operation in Central Asia',
              startDate: { text: '26 October', iso: null },
              location: 'Astana',
            },
            evidence: [
              {
                quote: expect.stringMatching(/^“The OSCE promotes co-operation.*,” said György Szabó, the Head of the OSCE Programme Office in Astana\.$/),
                start: expect.any(Number),
                end: expect.any(Number),
                source: { title: 'Kazakhstan hosts conference on security cooperation in Central Asia' },
              },
            ],
          },
        ],
      },
    });
  },

  EventStatements(data: { event: unknown }) {
    expect(data.event).toEqual({
      name: UN_SESSION,
      kind: 'SESSION',
      startDate: { text: 'June 8', iso: '2017-06-08', inferred: true },
      location: null,
      participants: [
        { role: 'delegation (Security Council member)', actor: { name: 'Kazakhstan', kind: 'STATE' } },
        { role: 'speaker', actor: { name: 'Barlybay Sadykov' } },
        { role: 'speaker', actor: { name: 'Yerzhan Ashikbayev' } },
        { role: 'speaker', actor: { name: 'Jehangir Khan' } },
      ],
      statements: {
        totalCount: 6,
        nodes: [
          {
            kind: 'REPORTED',
            text: 'identified various threats posed by terrorist groups',
            speakerRole: "Kazakhstan's first deputy permanent representative to the UN",
            speaker: { id: 'person:barlybay-sadykov', name: 'Barlybay Sadykov' },
          },
          {
            kind: 'DIRECT_QUOTE',
            text: 'the illegal transport of hydrocarbons, as well as the smuggling of artefacts and other valuables from Syria and Iraq',
            speakerRole: "Kazakhstan's first deputy permanent representative to the UN",
            speaker: { id: 'person:barlybay-sadykov', name: 'Barlybay Sadykov' },
          },
          {
            kind: 'DIRECT_QUOTE',
            text: 'false propaganda utilising sophisticated digital technologies and social media',
            speakerRole: "Kazakhstan's first deputy permanent representative to the UN",
            speaker: { id: 'person:barlybay-sadykov', name: 'Barlybay Sadykov' },
          },
          {
            kind: 'REPORTED',
            text: "announced Astana's $300,000 (96.1 million KZT) contribution to the UN's Counter-Terrorism Trust Fund",
            speakerRole: 'Deputy Foreign Minister',
            speaker: { id: 'person:yerzhan-ashikbayev', name: 'Yerzhan Ashikbayev' },
          },
          {
            kind: 'DIRECT_QUOTE',
            text: 'countering terrorism and preventing violent extremism',
            speakerRole: 'director of the UN Counter-Terrorism Implementation Task Force',
            speaker: { id: 'person:jehangir-khan', name: 'Jehangir Khan' },
          },
          {
            kind: 'DIRECT_QUOTE',
            text: 'promoting inter-cultural tolerance and harmony',
            speakerRole: 'director of the UN Counter-Terrorism Implementation Task Force',
            speaker: { id: 'person:jehangir-khan', name: 'Jehangir Khan' },
          },
        ],
      },
    });
  },

  async CommitmentEvidence(data: { commitment: { evidence: { quote: string; start: number; end: number; source: { id: string; title: string } }[] } }) {
    expect(data.commitment).toEqual({
      kind: 'FUNDING',
      description: expect.stringMatching(/^Kazakhstan's contribution to the UN Counter-Terrorism Trust Fund/),
      actors: [{ name: 'Kazakhstan' }],
      beneficiaries: [{ name: 'United Nations Counter-Terrorism Trust Fund' }],
      amounts: [
        { value: 300000, currency: 'USD', text: '$300,000' },
        { value: 96100000, currency: 'KZT', text: '96.1 million KZT' },
      ],
      event: { name: UN_SESSION },
      evidence: [
        "Deputy Foreign Minister Yerzhan Ashikbayev announced Astana's $300,000 (96.1 million KZT) contribution to the UN's Counter-Terrorism Trust Fund",
        "Kazakhstan has become the first country in the region to donate to the programme, providing more than 10% of the project's financing",
        'The funds will be used to support the Implementation of the Joint Plan of Action for the United Nations Global Counter Terrorism Strategy in Central Asia',
      ].map((quote) => ({
        quote,
        start: expect.any(Number),
        end: expect.any(Number),
        source: { id: 'source:kazakhstan-strives-to-become-guarantor-of-security', title: "Kazakhstan strives to become Central Asia's guarantor of security" },
      })),
    });
    const { source } = await api.query<{ source: { text: string } }>('{ source(id: "source:kazakhstan-strives-to-become-guarantor-of-security") { text } }');
    for (const { quote, start, end } of data.commitment.evidence) expect(source.text.slice(start, end)).toBe(quote);
  },

  OrganisationPeople(data: { organisation: unknown; people: unknown }) {
    expect(data.organisation).toEqual({
      name: 'Organization for Security and Co-operation in Europe',
      aliases: ['OSCE', 'Organization for Cooperation and Security in Europe'],
      kind: 'INTERGOVERNMENTAL',
      subOrganisations: [
        { id: 'organisation:osce-anti-terror-department', name: 'OSCE Action against Terrorism Unit' },
        { id: 'organisation:osce-ministerial-council', name: 'OSCE Ministerial Council' },
        { id: 'organisation:osce-programme-office-in-astana', name: 'OSCE Programme Office in Astana' },
        { id: 'organisation:osce-programme-office-in-bishkek', name: 'OSCE Programme Office in Bishkek' },
        { id: 'organisation:osce-programme-office-in-dushanbe', name: 'OSCE Programme Office in Dushanbe' },
        { id: 'organisation:osce-project-co-ordinator-in-uzbekistan', name: 'OSCE Project Co-ordinator in Uzbekistan' },
      ],
    });
    // Only Saudabayev is affiliated with the OSCE itself; the others with its offices.
    expect(data.people).toEqual({
      totalCount: 4,
      nodes: [
        { name: 'Alexey Rogov', affiliations: [{ role: 'Head', organisation: { name: 'OSCE Programme Office in Bishkek' } }] },
        { name: 'György Szabó', affiliations: [{ role: 'Head', organisation: { name: 'OSCE Programme Office in Astana' } }] },
        {
          name: 'Kanat Saudabayev',
          affiliations: [
            { role: 'acting OSCE Chairman', organisation: { name: 'Organization for Security and Co-operation in Europe' } },
            { role: 'Foreign Affairs Minister', organisation: { name: 'Ministry of Foreign Affairs of Kazakhstan' } },
          ],
        },
        { name: 'Raphael Perl', affiliations: [{ role: 'Head', organisation: { name: 'OSCE Action against Terrorism Unit' } }] },
      ],
    });
  },

  EventsInRange(data: { events: unknown }) {
    // 2017-01-01 to 2018-01-31: not the KNB training of April 2016, nor any event without a year.
    expect(data.events).toEqual({
      totalCount: 4,
      nodes: [
        {
          id: 'event:un-security-council-session-on-is-and-al-qaeda-2017',
          name: UN_SESSION,
          kind: 'SESSION',
          startDate: { text: 'June 8', iso: '2017-06-08', precision: 'DAY', inferred: true },
          location: null,
        },
        {
          id: 'event:guterres-nazarbayev-meeting-astana-2017',
          name: 'Meeting of UN Secretary-General António Guterres and President Nursultan Nazarbayev in Astana',
          kind: 'MEETING',
          startDate: { text: 'June 9', iso: '2017-06-09', precision: 'DAY', inferred: true },
          location: 'Astana',
        },
        {
          id: 'event:security-council-officials-visit-kazakhstan-july-2017',
          name: "Visit of Security Council member states' officials to Kazakhstan",
          kind: 'VISIT',
          startDate: { text: 'July', iso: '2017-07', precision: 'MONTH', inferred: true },
          location: 'Kazakhstan',
        },
        {
          id: 'event:kazakhstan-un-security-council-presidency-january-2018',
          name: "Kazakhstan's presidency of the UN Security Council",
          kind: 'OTHER',
          startDate: { text: 'January 2018', iso: '2018-01', precision: 'MONTH', inferred: false },
          location: null,
        },
      ],
    });
  },

  Search(data: { search: { score: number; snippet: string; node: Record<string, string> }[] }) {
    // "Abykyev", as one article misspells him, finds Nurtai Abykayev, then that article.
    expect(data.search.map((hit) => hit.node)).toEqual([
      { __typename: 'Person', id: 'person:nurtai-abykayev', name: 'Nurtai Abykayev' },
      {
        __typename: 'Source',
        id: 'source:first-anti-terrorism-osce-conference-in-astana',
        title: 'The First Anti-Terrorism OSCE Conference Took Place In The Capital Of Kazakhstan',
      },
    ]);
    expect(data.search[0]!.snippet).toMatch(/^Nurtai Abykayev\b.*\bAbykyev\b.*Chairman of the Kazakhstan National Security Committee$/);
    expect(data.search[1]!.snippet).toContain('National Security Committee Nurtai Abykayev noted, that terrorism threats are pretty real');
    expect(data.search[0]!.score).toBeGreaterThan(data.search[1]!.score);
  },

  Timeline(data: {
    timeline: { unit: string; buckets: { period: string; count: number; inferred: number; items: unknown[] }[]; coarser: unknown[]; undated: number };
  }) {
    const { timeline } = data;
    expect(timeline.unit).toBe('MONTH');
    expect(timeline.buckets.map((bucket) => bucket.period)).toEqual(Array.from({ length: 12 }, (_, month) => `2010-${String(month + 1).padStart(2, '0')}`));
    // The anti-terrorism conference of 14 October with 15 statements and 2 proposals; the summit, known to its month.
    expect(timeline.buckets.filter((bucket) => bucket.count > 0).map(({ period, count, inferred }) => ({ period, count, inferred }))).toEqual([
      { period: '2010-10', count: 18, inferred: 18 },
      { period: '2010-12', count: 1, inferred: 1 },
    ]);
    expect(timeline.buckets[9]!.items[0]).toEqual({
      __typename: 'Event',
      id: 'event:osce-counter-terrorism-conference-astana-2010',
      name: 'Expert anti-terrorism OSCE Conference in Astana',
    });
    expect(timeline.coarser).toEqual([]);
    expect(timeline.undated).toBe(46);
  },

  CommitmentTotals(data: { commitments: unknown }) {
    expect(data.commitments).toEqual({
      totalCount: 13,
      totals: [
        { currency: 'KZT', value: 96_100_000, commitments: 1 },
        { currency: 'USD', value: 50_300_000, commitments: 2 },
      ],
      facets: {
        kind: [
          { value: 'AGREEMENT', count: 3 },
          { value: 'OFFER', count: 3 },
          { value: 'FUNDING', count: 2 },
        ],
        actor: [
          { value: 'organisation:kazakhstan', label: 'Kazakhstan', count: 6 },
          { value: 'organisation:european-commission', label: 'European Commission', count: 2 },
          { value: 'organisation:united-states', label: 'United States', count: 2 },
        ],
        currency: [
          { value: 'USD', count: 2 },
          { value: 'KZT', count: 1 },
        ],
      },
    });
  },
};

const OPERATION_FILES = readdirSync(OPERATIONS_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort();

test('every operation in schema/operations/ is covered by this file', () => {
  const names = OPERATION_FILES.map((file) => basename(file, '.graphql'));
  expect(names).toEqual(Object.keys(EXPECTATIONS).sort());
});

test.each(OPERATION_FILES)('%s answers what the articles say', async (file) => {
  const document = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
  const name = getOperationAST(parse(document))?.name?.value;
  expect(name).toBe(basename(file, '.graphql'));
  const check = EXPECTATIONS[name!];
  if (!check) throw new Error(`${file} has no expectations in tests/api/example-operations.test.ts; add them`);
  await check((await api.query(document)) as never);
});
