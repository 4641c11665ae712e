/**
 * Every field of the public contract, resolved over the seed corpus through Apollo's
 * executeOperation (one new context per operation), checked against what the articles say.
 */
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

describe('lookups by id', () => {
  test('node(id) answers each Node type with its __typename', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        source: node(id: "source:osce-promotes-border-security-cooperation") {
          __typename
          id
          ... on Source {
            title
          }
        }
        place: node(id: "place:astana") {
          __typename
          id
          ... on Place {
            name
          }
        }
        person: node(id: "person:gyorgy-szabo") {
          __typename
          id
          ... on Person {
            name
          }
        }
        organisation: node(id: "organisation:osce") {
          __typename
          id
          ... on Organisation {
            name
          }
        }
        event: node(id: "event:osce-summit-astana-2010") {
          __typename
          id
          ... on Event {
            name
          }
        }
        statement: node(id: "statement:alexey-rogov-osce-region-borders-begin-in-central-asia") {
          __typename
          id
          ... on Statement {
            kind
          }
        }
        commitment: node(id: "commitment:uzbekistan-platform-for-afghan-direct-talks") {
          __typename
          id
          ... on Commitment {
            kind
          }
        }
      }
    `);
    expect(data).toEqual({
      source: {
        __typename: 'Source',
        id: 'source:osce-promotes-border-security-cooperation',
        title: 'OSCE promotes enhanced co-operation on border security in Central Asia',
      },
      place: { __typename: 'Place', id: 'place:astana', name: 'Astana' },
      person: { __typename: 'Person', id: 'person:gyorgy-szabo', name: 'György Szabó' },
      organisation: { __typename: 'Organisation', id: 'organisation:osce', name: 'Organization for Security and Co-operation in Europe' },
      event: { __typename: 'Event', id: 'event:osce-summit-astana-2010', name: 'OSCE Summit in Astana' },
      statement: { __typename: 'Statement', id: 'statement:alexey-rogov-osce-region-borders-begin-in-central-asia', kind: 'DIRECT_QUOTE' },
      commitment: { __typename: 'Commitment', id: 'commitment:uzbekistan-platform-for-afghan-direct-talks', kind: 'OFFER' },
    });
  });

  test('each root field finds its own type by id', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        person(id: "person:yerlan-karin") {
          name
        }
        organisation(id: "organisation:kazakhstan-national-security-committee") {
          name
        }
        event(id: "event:tashkent-conference-on-afghanistan") {
          name
        }
        statement(id: "statement:vladimir-chizhov-should-not-stop-at-achievements") {
          text
        }
        commitment(id: "commitment:kazakhstan-educational-program-for-afghan-students") {
          kind
        }
        source(id: "source:regional-security-top-priority-for-central-asia") {
          title
        }
      }
    `);
    expect(data).toEqual({
      person: { name: 'Yerlan Karin' },
      organisation: { name: 'National Security Committee of Kazakhstan' },
      event: { name: 'Tashkent conference on Afghanistan' },
      statement: { text: 'they shouldn’t stop in the achievements' },
      commitment: { kind: 'FUNDING' },
      source: { title: 'Regional security is a top priority for Central Asian countries' },
    });
  });

  test('an unknown id, or the id of another type, is null and no error', async () => {
    const result = await api.execute(/* GraphQL */ `
      {
        node(id: "person:nobody-of-that-name") {
          id
        }
        person(id: "organisation:osce") {
          name
        }
        organisation(id: "organisation:atlantis") {
          name
        }
        event(id: "not an id") {
          name
        }
        statement(id: "statement:gyorgy-szabo") {
          text
        }
        commitment(id: "person:gyorgy-szabo") {
          kind
        }
        source(id: "source:000_150700d15ac01610") {
          title
        }
      }
    `);
    expect(result).toEqual({
      data: { node: null, person: null, organisation: null, event: null, statement: null, commitment: null, source: null },
    });
  });
});

describe('Person', () => {
  test('Nurtai Abykayev: name, the misspelling as alias, role, what he said, where and in which article', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        person(id: "person:nurtai-abykayev") {
          id
          name
          aliases
          affiliations {
            role
            person {
              id
            }
            organisation {
              id
              name
            }
            evidence {
              quote
              source {
                id
              }
            }
          }
          events {
            totalCount
            nodes {
              id
            }
          }
          statements {
            totalCount
            nodes {
              id
              kind
            }
          }
          commitments {
            totalCount
          }
          sources {
            id
          }
          mentions {
            quote
          }
        }
      }
    `);
    expect(data).toEqual({
      person: {
        id: 'person:nurtai-abykayev',
        name: 'Nurtai Abykayev',
        aliases: ['Abykyev', 'Nurtai Abykaev', 'Nurtay Abykayev', 'Abykaev'],
        affiliations: [
          {
            role: 'Chairman',
            person: { id: 'person:nurtai-abykayev' },
            organisation: { id: 'organisation:kazakhstan-national-security-committee', name: 'National Security Committee of Kazakhstan' },
            evidence: [
              {
                quote: 'the Chairman of the Kazakhstan National Security Committee Nurtai Abykayev',
                source: { id: 'source:first-anti-terrorism-osce-conference-in-astana' },
              },
            ],
          },
        ],
        events: { totalCount: 1, nodes: [{ id: 'event:osce-counter-terrorism-conference-astana-2010' }] },
        statements: {
          totalCount: 4,
          nodes: [
            { id: 'statement:nurtai-abykayev-terrorism-threats-pretty-real', kind: 'REPORTED' },
            { id: 'statement:nurtai-abykayev-terrorist-groups-getting-closer', kind: 'DIRECT_QUOTE' },
            { id: 'statement:nurtai-abykayev-kazakh-involvement-and-radical-ideology', kind: 'REPORTED' },
            { id: 'statement:nurtai-abykayev-courts-banned-14-organisations', kind: 'REPORTED' },
          ],
        },
        commitments: { totalCount: 0 },
        sources: [{ id: 'source:first-anti-terrorism-osce-conference-in-astana' }],
        mentions: [
          { quote: 'the Chairman of the Kazakhstan National Security Committee Nurtai Abykayev' },
          { quote: 'explained Nurtai Abykayev' },
          { quote: 'as Abykyev said' },
        ],
      },
    });
  });

  test('Kanat Saudabayev holds two roles, each with its organisation', async () => {
    const data = await api.query<{ person: { affiliations: unknown[] } }>(/* GraphQL */ `
      {
        person(id: "person:kanat-saudabayev") {
          affiliations {
            role
            organisation {
              id
            }
          }
        }
      }
    `);
    expect(data.person.affiliations).toEqual([
      { role: 'acting OSCE Chairman', organisation: { id: 'organisation:osce' } },
      { role: 'Foreign Affairs Minister', organisation: { id: 'organisation:kazakhstan-ministry-of-foreign-affairs' } },
    ]);
  });

  test('Ian Kelly said what should be done, and made no commitment: what he considers is a statement only', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        person(id: "person:ian-kelly") {
          statements {
            totalCount
            nodes {
              id
              kind
            }
          }
          commitments {
            totalCount
            nodes {
              id
            }
          }
        }
      }
    `);
    expect(data).toEqual({
      person: {
        statements: {
          totalCount: 2,
          nodes: [
            { id: 'statement:ian-kelly-joint-programmes-borders-adapt-organisation', kind: 'DIRECT_QUOTE' },
            { id: 'statement:ian-kelly-usa-new-plan-of-actions-december', kind: 'REPORTED' },
          ],
        },
        commitments: { totalCount: 0, nodes: [] },
      },
    });
  });
});

describe('Organisation', () => {
  test('the OSCE: kind, no parent, its offices, its member, the events it organised or took part in, its articles', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        organisation(id: "organisation:osce") {
          name
          aliases
          kind
          parent {
            id
          }
          subOrganisations {
            id
          }
          members {
            role
            person {
              name
            }
            organisation {
              id
            }
            evidence {
              quote
            }
          }
          events {
            totalCount
            nodes {
              id
            }
          }
          organisedEvents {
            totalCount
            nodes {
              id
            }
          }
          statements {
            totalCount
          }
          commitments {
            totalCount
          }
          sources {
            id
          }
          mentions {
            quote
          }
        }
      }
    `);
    expect(data).toEqual({
      organisation: {
        name: 'Organization for Security and Co-operation in Europe',
        aliases: ['OSCE', 'Organization for Cooperation and Security in Europe'],
        kind: 'INTERGOVERNMENTAL',
        parent: null,
        subOrganisations: [
          { id: 'organisation:osce-anti-terror-department' },
          { id: 'organisation:osce-ministerial-council' },
          { id: 'organisation:osce-programme-office-in-astana' },
          { id: 'organisation:osce-programme-office-in-bishkek' },
          { id: 'organisation:osce-programme-office-in-dushanbe' },
          { id: 'organisation:osce-project-co-ordinator-in-uzbekistan' },
        ],
        members: [
          {
            role: 'acting OSCE Chairman',
            person: { name: 'Kanat Saudabayev' },
            organisation: { id: 'organisation:osce' },
            // The article has a no-break space and a space before the dash.
            evidence: [{ quote: 'the acting OSCE Chairman\u00a0 - Foreign Affairs Minister Kanat Saudabayev' }],
          },
        ],
        // Date order; the two events without a known year come last.
        events: {
          totalCount: 5,
          nodes: [
            { id: 'event:osce-ministerial-council-athens-2009' },
            { id: 'event:osce-counter-terrorism-conference-astana-2010' },
            { id: 'event:osce-summit-astana-2010' },
            { id: 'event:osce-security-cooperation-conference-astana' },
            { id: 'event:osce-review-conference-vienna-2010' },
          ],
        },
        // It supported the Astana security conference of 26 October, but did not organise it.
        organisedEvents: {
          totalCount: 4,
          nodes: [
            { id: 'event:osce-ministerial-council-athens-2009' },
            { id: 'event:osce-counter-terrorism-conference-astana-2010' },
            { id: 'event:osce-summit-astana-2010' },
            { id: 'event:osce-review-conference-vienna-2010' },
          ],
        },
        statements: { totalCount: 0 },
        commitments: { totalCount: 0 },
        sources: [
          { id: 'source:kazakhstan-hosts-conference-on-security-cooperation' },
          { id: 'source:first-anti-terrorism-osce-conference-in-astana' },
          { id: 'source:osce-promotes-border-security-cooperation' },
        ],
        mentions: expect.arrayContaining([
          { quote: 'an OSCE-supported international conference' },
          { quote: 'the Organization for Cooperation and Security in Europe' },
          { quote: 'The borders of the OSCE region' },
        ]),
      },
    });
  });

  test('the OSCE Programme Office in Astana: its parent, its head, the conference it co-organised', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        organisation(id: "organisation:osce-programme-office-in-astana") {
          aliases
          parent {
            id
            kind
          }
          subOrganisations {
            id
          }
          members {
            role
            person {
              id
            }
          }
          organisedEvents {
            nodes {
              name
            }
          }
        }
      }
    `);
    expect(data).toEqual({
      organisation: {
        aliases: ['OSCE Programme Office in Nur-Sultan'],
        parent: { id: 'organisation:osce', kind: 'INTERGOVERNMENTAL' },
        subOrganisations: [],
        members: [{ role: 'Head', person: { id: 'person:gyorgy-szabo' } }],
        organisedEvents: { nodes: [{ name: 'International conference on security co-operation in Central Asia' }] },
      },
    });
  });

  test('Kazakhstan speaks and commits as a state', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        organisation(id: "organisation:kazakhstan") {
          kind
          statements {
            totalCount
            nodes {
              id
            }
          }
          commitments(first: 2) {
            totalCount
            nodes {
              id
            }
          }
        }
      }
    `);
    expect(data).toEqual({
      organisation: {
        kind: 'STATE',
        statements: {
          totalCount: 3,
          nodes: [
            { id: 'statement:kazakhstan-advocates-interaction-of-international-bodies' },
            { id: 'statement:kazakhstan-government-no-direct-prerequisites-for-terrorism' },
            { id: 'statement:kazakhstan-suggests-annual-osce-terrorism-prevention-conferences' },
          ],
        },
        commitments: {
          totalCount: 6,
          nodes: [
            { id: 'commitment:kazakhstan-proposal-annual-osce-terrorism-prevention-conferences' },
            { id: 'commitment:central-asian-border-services-key-measures-against-transnational-threats' },
          ],
        },
      },
    });
  });
});

describe('Event', () => {
  test('the 2010 anti-terrorism conference in Astana, with inferred day-precision dates', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        event(id: "event:osce-counter-terrorism-conference-astana-2010") {
          name
          kind
          description
          startDate {
            text
            year
            month
            day
            precision
            iso
            inferred
          }
          endDate {
            text
            year
            month
            day
            precision
            iso
            inferred
          }
          location
          organisers {
            id
          }
          participants {
            role
            actor {
              __typename
              ... on Person {
                id
                name
              }
              ... on Organisation {
                id
                kind
              }
            }
            evidence {
              quote
            }
          }
          statements(first: 2) {
            totalCount
            nodes {
              id
            }
          }
          commitments {
            totalCount
            nodes {
              id
            }
          }
          sources {
            id
          }
          evidence {
            quote
          }
        }
      }
    `);
    expect(data).toEqual({
      event: {
        name: 'Expert anti-terrorism OSCE Conference in Astana',
        kind: 'CONFERENCE',
        description: expect.stringContaining('Two-day expert OSCE conference on terrorism prevention, the first of its kind'),
        startDate: { text: 'October 14th', year: 2010, month: 10, day: 14, precision: 'DAY', iso: '2010-10-14', inferred: true },
        endDate: { text: '15th', year: 2010, month: 10, day: 15, precision: 'DAY', iso: '2010-10-15', inferred: true },
        location: 'Astana',
        organisers: [{ id: 'organisation:osce' }],
        participants: [
          {
            role: 'host country; proposed annual OSCE conferences on terrorism prevention',
            actor: { __typename: 'Organisation', id: 'organisation:kazakhstan', kind: 'STATE' },
            evidence: [
              { quote: 'The Conference was held in the capital of Kazakhstan' },
              { quote: 'Kazakhstan has also suggested holding the kind of OSCE Conferences on terrorism prevention annually.' },
            ],
          },
          {
            role: 'speaker (address)',
            actor: { __typename: 'Person', id: 'person:nurtai-abykayev', name: 'Nurtai Abykayev' },
            evidence: [{ quote: 'during his address the Chairman of the Kazakhstan National Security Committee Nurtai Abykayev noted' }],
          },
          {
            role: 'speaker',
            actor: { __typename: 'Person', id: 'person:kanat-saudabayev', name: 'Kanat Saudabayev' },
            evidence: [{ quote: 'the acting OSCE Chairman\u00a0 - Foreign Affairs Minister Kanat Saudabayev noted' }],
          },
          {
            role: "representatives; supported Kazakhstan's initiative",
            actor: { __typename: 'Organisation', id: 'organisation:russia-ministry-of-foreign-affairs', kind: 'GOVERNMENT_BODY' },
            evidence: [{ quote: 'This initiative was supported by the representatives of the Russian Foreign Affairs Ministry.' }],
          },
          {
            role: 'Russian Foreign Affairs Ministry representative; briefed journalists after the closed session',
            actor: { __typename: 'Person', id: 'person:ilya-rogachev', name: 'Ilya Rogachev' },
            evidence: [{ quote: 'After the end of the closed session he reported to the journalists' }],
          },
          {
            role: 'spoke to reporters on the sidelines',
            actor: { __typename: 'Person', id: 'person:raphael-perl', name: 'Raphael Perl' },
            evidence: [
              {
                quote: 'The Head of Anti-Terror Department of the OSCE Raphael Perl in the behind-the-scenes of the Conference stated to the reporters',
              },
            ],
          },
        ],
        statements: {
          totalCount: 15,
          nodes: [
            { id: 'statement:kazakhstan-advocates-interaction-of-international-bodies' },
            { id: 'statement:experts-conference-important-stage-of-summit-preparation' },
          ],
        },
        commitments: {
          totalCount: 1,
          nodes: [{ id: 'commitment:kazakhstan-proposal-annual-osce-terrorism-prevention-conferences' }],
        },
        sources: [{ id: 'source:first-anti-terrorism-osce-conference-in-astana' }],
        evidence: [
          { quote: 'This was covered during the expert anti-terrorism OSCE Conference in Astana.' },
          {
            quote:
              'The Conference was held in the capital of Kazakhstan October 14th – 15th in accordance with the decision of the Foreign Affairs Ministers Council of the OSCE member-states, adopted last year in Athens',
          },
          { quote: 'discussed the issues on terrorism prevention during two days' },
        ],
      },
    });
  });

  test('dates at month precision, and a date whose year the source does not give', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        summit: event(id: "event:osce-summit-astana-2010") {
          startDate {
            text
            year
            month
            day
            precision
            iso
            inferred
          }
          endDate {
            text
          }
        }
        conference: event(id: "event:osce-security-cooperation-conference-astana") {
          startDate {
            text
            year
            month
            day
            precision
            iso
            inferred
          }
          location
          organisers {
            name
          }
        }
        vienna: event(id: "event:osce-review-conference-vienna-2010") {
          startDate {
            text
          }
          location
        }
      }
    `);
    expect(data).toEqual({
      summit: {
        startDate: { text: 'December', year: 2010, month: 12, day: null, precision: 'MONTH', iso: '2010-12', inferred: true },
        endDate: null,
      },
      conference: {
        startDate: { text: '26 October', year: null, month: 10, day: 26, precision: 'DAY', iso: null, inferred: false },
        location: 'Astana',
        organisers: [
          { name: 'OSCE Programme Office in Astana' },
          { name: 'Friedrich-Ebert-Stiftung' },
          { name: 'Kazakhstan Council on International Relations' },
        ],
      },
      vienna: { startDate: null, location: 'Vienna' },
    });
  });

  test('a date the source gives with its year is not inferred: KNB training in April 2016', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        event(id: "event:knb-special-forces-training-almaty-province-2016") {
          kind
          startDate {
            text
            precision
            iso
            inferred
          }
          location
        }
      }
    `);
    expect(data).toEqual({
      event: { kind: 'TRAINING', startDate: { text: 'April 2016', precision: 'MONTH', iso: '2016-04', inferred: false }, location: 'Almaty Province' },
    });
  });
});

describe('Statement', () => {
  test('a person quoted at an event: György Szabó at the Astana security conference', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        statement(id: "statement:gyorgy-szabo-osce-promotes-co-operation") {
          text
          kind
          speaker {
            __typename
            ... on Person {
              id
              name
            }
          }
          speakerRole
          event {
            id
          }
          date {
            text
          }
          source {
            id
          }
          evidence {
            quote
          }
        }
      }
    `);
    expect(data).toEqual({
      statement: {
        text: 'The OSCE promotes co-operation not only among participating States, but also between institutions, to develop new ideas and plans for further partnership to help address growing security challenges',
        kind: 'DIRECT_QUOTE',
        speaker: { __typename: 'Person', id: 'person:gyorgy-szabo', name: 'György Szabó' },
        speakerRole: 'Head of the OSCE Programme Office in Astana',
        event: { id: 'event:osce-security-cooperation-conference-astana' },
        date: null,
        source: { id: 'source:kazakhstan-hosts-conference-on-security-cooperation' },
        evidence: [
          {
            quote:
              '“The OSCE promotes co-operation not only among participating States, but also between institutions, to develop new ideas and plans for further partnership to help address growing security challenges,” said György Szabó, the Head of the OSCE Programme Office in Astana.',
          },
        ],
      },
    });
  });

  test('an organisation as speaker, and a statement whose speaker the source does not name', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        byState: statement(id: "statement:kazakhstan-advocates-interaction-of-international-bodies") {
          kind
          speaker {
            __typename
            ... on Organisation {
              id
              kind
            }
          }
          speakerRole
          event {
            name
          }
        }
        unattributed: statement(id: "statement:experts-conference-important-stage-of-summit-preparation") {
          text
          speaker {
            __typename
          }
          speakerRole
          event {
            id
          }
        }
      }
    `);
    expect(data).toEqual({
      byState: {
        kind: 'REPORTED',
        speaker: { __typename: 'Organisation', id: 'organisation:kazakhstan', kind: 'STATE' },
        speakerRole: null,
        event: { name: 'Expert anti-terrorism OSCE Conference in Astana' },
      },
      unattributed: {
        text: 'an important stage of preparation for the oncoming OSCE Summit in Astana',
        speaker: null,
        speakerRole: null,
        event: { id: 'event:osce-counter-terrorism-conference-astana-2010' },
      },
    });
  });
});

describe('Commitment', () => {
  test("Kazakhstan's contribution to the UN Counter-Terrorism Trust Fund: one sum in two currencies", async () => {
    const data = await api.query(/* GraphQL */ `
      {
        commitment(id: "commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution") {
          kind
          description
          actors {
            __typename
            ... on Organisation {
              id
            }
          }
          beneficiaries {
            __typename
            ... on Organisation {
              id
              name
            }
          }
          amounts {
            value
            currency
            text
          }
          dueDate {
            text
          }
          event {
            id
          }
          statement {
            id
            speaker {
              ... on Person {
                name
              }
            }
          }
          source {
            id
          }
          evidence {
            quote
          }
        }
      }
    `);
    expect(data).toEqual({
      commitment: {
        kind: 'FUNDING',
        description: expect.stringMatching(
          /^Kazakhstan's contribution to the UN Counter-Terrorism Trust Fund, announced by Deputy Foreign Minister Yerzhan Ashikbayev/,
        ),
        actors: [{ __typename: 'Organisation', id: 'organisation:kazakhstan' }],
        beneficiaries: [
          { __typename: 'Organisation', id: 'organisation:un-counter-terrorism-trust-fund', name: 'United Nations Counter-Terrorism Trust Fund' },
        ],
        amounts: [
          { value: 300000, currency: 'USD', text: '$300,000' },
          { value: 96100000, currency: 'KZT', text: '96.1 million KZT' },
        ],
        dueDate: null,
        event: { id: 'event:un-security-council-session-on-is-and-al-qaeda-2017' },
        statement: { id: 'statement:yerzhan-ashikbayev-announces-trust-fund-contribution', speaker: { name: 'Yerzhan Ashikbayev' } },
        source: { id: 'source:kazakhstan-strives-to-become-guarantor-of-security' },
        evidence: [
          {
            quote: expect.stringContaining("Deputy Foreign Minister Yerzhan Ashikbayev announced Astana's $300,000 (96.1 million KZT) contribution"),
          },
          { quote: expect.stringContaining('Kazakhstan has become the first country in the region to donate to the programme') },
          { quote: expect.stringContaining('The funds will be used to support the Implementation of the Joint Plan of Action') },
        ],
      },
    });
  });

  test('an opinion is a statement, not a commitment; a due date with an inferred year', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        perl: commitment(id: "commitment:raphael-perl-cooperation-bridges-proposal") {
          id
        }
        perlsView: statement(id: "statement:raphael-perl-cooperation-bridges-central-asia-europe") {
          speaker {
            __typename
            ... on Person {
              id
            }
          }
          commitments {
            totalCount
          }
        }
        usPlan: commitment(id: "commitment:usa-new-osce-plan-of-actions-december") {
          kind
          actors {
            ... on Organisation {
              name
            }
          }
          dueDate {
            text
            year
            month
            precision
            iso
            inferred
          }
          statement {
            speaker {
              ... on Person {
                name
              }
            }
          }
        }
      }
    `);
    expect(data).toEqual({
      perl: null,
      perlsView: { speaker: { __typename: 'Person', id: 'person:raphael-perl' }, commitments: { totalCount: 0 } },
      usPlan: {
        kind: 'PLAN',
        actors: [{ name: 'United States' }],
        dueDate: { text: 'December', year: 2010, month: 12, precision: 'MONTH', iso: '2010-12', inferred: true },
        statement: { speaker: { name: 'Ian Kelly' } },
      },
    });
  });
});

describe('Source', () => {
  test('the border-security article: no publisher, and everything it reports', async () => {
    const data = await api.query(/* GraphQL */ `
      {
        source(id: "source:osce-promotes-border-security-cooperation") {
          title
          publisher
          seedFile
          people {
            id
          }
          organisations {
            id
          }
          events {
            id
          }
          statements {
            id
          }
          commitments {
            id
          }
        }
      }
    `);
    expect(data).toEqual({
      source: {
        title: 'OSCE promotes enhanced co-operation on border security in Central Asia',
        publisher: null,
        seedFile: '002_cbbf1589787f8c83.txt',
        people: [{ id: 'person:alexey-rogov' }, { id: 'person:marat-maralbaev' }],
        organisations: [
          { id: 'organisation:afghanistan' },
          { id: 'organisation:kyrgyzstan-border-service' },
          { id: 'organisation:kazakhstan' },
          { id: 'organisation:kyrgyzstan' },
          { id: 'organisation:osce' },
          { id: 'organisation:osce-programme-office-in-astana' },
          { id: 'organisation:osce-programme-office-in-bishkek' },
          { id: 'organisation:osce-programme-office-in-dushanbe' },
          { id: 'organisation:osce-project-co-ordinator-in-uzbekistan' },
          { id: 'organisation:kyrgyzstan-state-committee-for-national-security' },
          { id: 'organisation:tajikistan' },
          { id: 'organisation:uzbekistan' },
        ],
        events: [{ id: 'event:central-asian-border-services-regional-meeting-issyk-kul' }],
        statements: [
          { id: 'statement:regional-meeting-key-message-transnational-threats-need-co-operation' },
          { id: 'statement:marat-maralbaev-border-service-will-ensure-citizens-security' },
          { id: 'statement:alexey-rogov-osce-region-borders-begin-in-central-asia' },
        ],
        commitments: [
          { id: 'commitment:central-asian-border-services-key-measures-against-transnational-threats' },
          { id: 'commitment:kyrgyzstan-border-service-pledge-citizens-security' },
        ],
      },
    });
  });

  test('the Times of Central Asia article: publisher and the text of the article', async () => {
    const data = await api.query<{ source: { publisher: string; seedFile: string; text: string } }>(/* GraphQL */ `
      {
        source(id: "source:kazakhstan-hosts-conference-on-security-cooperation") {
          publisher
          seedFile
          text
        }
      }
    `);
    expect(data.source.publisher).toBe('Times of Central Asia');
    expect(data.source.seedFile).toBe('000_150700d15ac01610.txt');
    expect(data.source.text.startsWith('Kazakhstan hosts conference on security cooperation in Central Asia\n')).toBe(true);
    expect(data.source.text).toContain('said György Szabó, the Head of the OSCE Programme Office in Astana.');
  });
});

describe('Evidence', () => {
  interface Span {
    start: number;
    end: number;
    quote: string;
    source: { id: string };
  }

  test('every quote the API gives is the slice [start, end) of its source text, as the API gives it', async () => {
    const data = await api.query<{
      sources: { nodes: { id: string; text: string }[] };
      statements: { nodes: { evidence: Span[] }[] };
      commitments: { nodes: { evidence: Span[] }[] };
      events: { nodes: { evidence: Span[]; participants: { evidence: Span[] }[] }[] };
      people: { nodes: { mentions: Span[]; affiliations: { evidence: Span[] }[] }[] };
      organisations: { nodes: { mentions: Span[] }[] };
    }>(/* GraphQL */ `
      fragment Span on Evidence {
        start
        end
        quote
        source {
          id
        }
      }
      {
        sources {
          nodes {
            id
            text
          }
        }
        statements(first: 100) {
          nodes {
            evidence {
              ...Span
            }
          }
        }
        commitments(first: 100) {
          nodes {
            evidence {
              ...Span
            }
          }
        }
        events(first: 100) {
          nodes {
            evidence {
              ...Span
            }
            participants {
              evidence {
                ...Span
              }
            }
          }
        }
        people(first: 100) {
          nodes {
            mentions {
              ...Span
            }
            affiliations {
              evidence {
                ...Span
              }
            }
          }
        }
        organisations(first: 100) {
          nodes {
            mentions {
              ...Span
            }
          }
        }
      }
    `);
    const texts = new Map(data.sources.nodes.map((source) => [source.id, source.text]));
    const spans = [
      ...data.statements.nodes.flatMap((s) => s.evidence),
      ...data.commitments.nodes.flatMap((c) => c.evidence),
      ...data.events.nodes.flatMap((e) => [...e.evidence, ...e.participants.flatMap((p) => p.evidence)]),
      ...data.people.nodes.flatMap((p) => [...p.mentions, ...p.affiliations.flatMap((a) => a.evidence)]),
      ...data.organisations.nodes.flatMap((o) => o.mentions),
    ];
    const mismatched = spans.filter((span) => texts.get(span.source.id)?.slice(span.start, span.end) !== span.quote);
    expect(mismatched).toEqual([]);
    // All five articles and hundreds of spans were checked, not an empty list.
    expect(texts.size).toBe(5);
    expect(new Set(spans.map((span) => span.source.id)).size).toBe(5);
    expect(spans.length).toBeGreaterThan(300);
  });

  test("Ashikbayev's announcement: offsets into the article of 2017", async () => {
    const data = await api.query<{ statement: { evidence: Span[] } }>(/* GraphQL */ `
      {
        statement(id: "statement:yerzhan-ashikbayev-announces-trust-fund-contribution") {
          evidence {
            start
            end
            quote
            source {
              id
            }
          }
        }
      }
    `);
    const [evidence] = data.statement.evidence;
    const { source } = await api.query<{ source: { text: string } }>(
      /* GraphQL */ `
        query ($id: ID!) {
          source(id: $id) {
            text
          }
        }
      `,
      { id: evidence!.source.id },
    );
    expect(evidence!.source.id).toBe('source:kazakhstan-strives-to-become-guarantor-of-security');
    expect(evidence!.quote).toContain("announced Astana's $300,000 (96.1 million KZT) contribution");
    expect(source.text.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
    expect(evidence!.end - evidence!.start).toBe(evidence!.quote.length);
  });
});
