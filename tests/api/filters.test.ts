/** The `filter` arguments of the root lists, over the seed corpus. */
import { ApiClient, createApiClient } from '../helpers/api-client';

let api: ApiClient;

beforeAll(async () => {
  api = await createApiClient();
});

afterAll(async () => {
  await api.stop();
});

type List = 'people' | 'organisations' | 'events' | 'statements' | 'commitments';

/** The ids a root list answers for a filter (the whole list: first 100), and its totalCount. */
async function idsOf(list: List, filter: Record<string, unknown>): Promise<string[]> {
  const data = await api.query<Record<List, { totalCount: number; nodes: { id: string }[] }>>(
    `query ($filter: ${FILTER_TYPES[list]}) { ${list}(filter: $filter, first: 100) { totalCount nodes { id } } }`,
    { filter },
  );
  const { totalCount, nodes } = data[list];
  expect(totalCount).toBe(nodes.length);
  return nodes.map((node) => node.id);
}

const FILTER_TYPES: Record<List, string> = {
  people: 'PersonFilter',
  organisations: 'OrganisationFilter',
  events: 'EventFilter',
  statements: 'StatementFilter',
  commitments: 'CommitmentFilter',
};

describe('people', () => {
  test('a name without its accents finds it: "gyorgy szabo", "szabó"', async () => {
    expect(await idsOf('people', { name: 'gyorgy szabo' })).toEqual(['person:gyorgy-szabo']);
    expect(await idsOf('people', { name: 'SZABÓ' })).toEqual(['person:gyorgy-szabo']);
  });

  test('the misspelling an article uses finds the person: "Abykyev"', async () => {
    expect(await idsOf('people', { name: 'Abykyev' })).toEqual(['person:nurtai-abykayev']);
  });

  test('organisationId takes in the people of its offices: the OSCE', async () => {
    // Saudabayev is affiliated with the OSCE itself; Perl with its Anti-Terror Department;
    // Rogov and Szabó with its Programme Offices in Bishkek and Astana.
    expect(await idsOf('people', { organisationId: 'organisation:osce' })).toEqual([
      'person:alexey-rogov',
      'person:gyorgy-szabo',
      'person:kanat-saudabayev',
      'person:raphael-perl',
    ]);
  });

  test('organisationId reaches two levels down: Kyrgyzstan → its SCNS → its Border Service', async () => {
    expect(await idsOf('people', { organisationId: 'organisation:kyrgyzstan' })).toEqual(['person:marat-maralbaev']);
  });

  test('organisationId and name together must both match; an unknown organisation has nobody', async () => {
    expect(await idsOf('people', { organisationId: 'organisation:osce', name: 'szabo' })).toEqual(['person:gyorgy-szabo']);
    expect(await idsOf('people', { organisationId: 'organisation:kazakhstan', name: 'szabo' })).toEqual([]);
    expect(await idsOf('people', { organisationId: 'organisation:atlantis' })).toEqual([]);
  });
});

describe('organisations', () => {
  test('an acronym finds the National Security Committee, first as its alias is the whole acronym, then the bodies named after it: "KNB"', async () => {
    expect(await idsOf('organisations', { name: 'KNB' })).toEqual([
      'organisation:kazakhstan-national-security-committee',
      'organisation:kazakhstan-national-security-committee-press-office',
      'organisation:kazakhstan-national-security-committee-special-forces',
    ]);
  });

  test('a former name and an old spelling find the organisation: "Nur-Sultan", "kirgizstan"', async () => {
    expect(await idsOf('organisations', { name: 'nur-sultan' })).toEqual(['organisation:osce-programme-office-in-astana']);
    expect(await idsOf('organisations', { name: 'kirgizstan' })).toEqual(['organisation:kyrgyzstan']);
  });

  test('kind, alone and with a name', async () => {
    expect(await idsOf('organisations', { kind: 'ARMED_GROUP' })).toEqual([
      'organisation:al-qaeda',
      'organisation:islamic-state',
      'organisation:taliban',
    ]);
    expect(await idsOf('organisations', { kind: 'MEDIA' })).toEqual([
      'organisation:caravanserai',
      'organisation:times-of-central-asia',
      'organisation:world-media-monitoring',
    ]);
    // "Kyrgyz" is in the names of the state and of two of its bodies; only the state is a STATE.
    expect(await idsOf('organisations', { kind: 'STATE', name: 'kyrgyz' })).toEqual(['organisation:kyrgyzstan']);
  });
});

describe('events', () => {
  const ASTANA_EVENTS = [
    'event:osce-counter-terrorism-conference-astana-2010',
    'event:osce-summit-astana-2010',
    'event:guterres-nazarbayev-meeting-astana-2017',
    'event:osce-counter-terrorism-conference-astana-2010-closed-session',
    'event:osce-security-cooperation-conference-astana',
  ];

  test('location "Nur-Sultan", the later name of Astana, finds the events held in Astana', async () => {
    expect(await idsOf('events', { location: 'Nur-Sultan' })).toEqual(ASTANA_EVENTS);
    expect(await idsOf('events', { location: 'astana' })).toEqual(ASTANA_EVENTS);
  });

  test('organiserId: the events the OSCE organised', async () => {
    expect(await idsOf('events', { organiserId: 'organisation:osce' })).toEqual([
      'event:osce-ministerial-council-athens-2009',
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-summit-astana-2010',
      'event:osce-review-conference-vienna-2010',
    ]);
  });

  test('participantId: a person, and a state that also organised', async () => {
    expect(await idsOf('events', { participantId: 'person:ilya-rogachev' })).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-counter-terrorism-conference-astana-2010-closed-session',
    ]);
    expect(await idsOf('events', { participantId: 'organisation:kazakhstan', organiserId: 'organisation:kazakhstan' })).toEqual([
      'event:un-security-council-ministerial-debates-on-afghanistan',
    ]);
  });

  test('a YEAR range: 2010', async () => {
    expect(await idsOf('events', { from: '2010', to: '2010' })).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-summit-astana-2010',
    ]);
  });

  test('a MONTH range: June 2017 holds the Security Council session of June 8 and the meeting of June 9', async () => {
    expect(await idsOf('events', { from: '2017-06', to: '2017-06' })).toEqual([
      'event:un-security-council-session-on-is-and-al-qaeda-2017',
      'event:guterres-nazarbayev-meeting-astana-2017',
    ]);
  });

  test('a DAY range: June 9, 2017 holds only the Guterres–Nazarbayev meeting', async () => {
    expect(await idsOf('events', { from: '2017-06-09', to: '2017-06-09' })).toEqual(['event:guterres-nazarbayev-meeting-astana-2017']);
  });

  test('an event of several days matches a range that overlaps any of its days', async () => {
    // The conference ran October 14–15, 2010; the OSCE Summit was in December 2010.
    expect(await idsOf('events', { from: '2010-10-15', to: '2010-10-15' })).toEqual(['event:osce-counter-terrorism-conference-astana-2010']);
    expect(await idsOf('events', { from: '2010-10-16', to: '2010-11-30' })).toEqual([]);
  });

  test('open ranges: only from, only to', async () => {
    expect(await idsOf('events', { from: '2017-07' })).toEqual([
      'event:security-council-officials-visit-kazakhstan-july-2017',
      'event:kazakhstan-un-security-council-presidency-january-2018',
    ]);
    expect(await idsOf('events', { to: '2010-10-14' })).toEqual([
      'event:osce-ministerial-council-athens-2009',
      'event:osce-counter-terrorism-conference-astana-2010',
    ]);
  });

  test('an event with no known year never matches a date range, but is listed without one', async () => {
    const undated = 'event:osce-security-cooperation-conference-astana'; // "26 October", year not given
    expect(await idsOf('events', { location: 'Astana' })).toContain(undated);
    expect(await idsOf('events', { location: 'Astana', from: '1000' })).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-summit-astana-2010',
      'event:guterres-nazarbayev-meeting-astana-2017',
    ]);
    expect(await idsOf('events', { location: 'Astana', to: '9999' })).not.toContain(undated);

    const all = await idsOf('events', {});
    const everRanged = await idsOf('events', { from: '1000', to: '9999-12-31' });
    expect(all).toHaveLength(17);
    // Nine events have no known year (among them "This fall"'s conference on Afghan women).
    expect(all.filter((id) => !everRanged.includes(id))).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010-closed-session',
      'event:osce-security-cooperation-conference-astana',
      'event:international-experts-discussion-of-astana-summit-issues',
      'event:kazakhstan-courts-ban-14-terrorist-organisations',
      'event:un-security-council-ministerial-debates-on-afghanistan',
      'event:osce-review-conference-vienna-2010',
      'event:central-asian-border-services-regional-meeting-issyk-kul',
      'event:conference-on-rights-of-afghan-women',
      'event:tashkent-conference-on-afghanistan',
    ]);
  });

  test('name, location and date together', async () => {
    expect(await idsOf('events', { name: 'osce', location: 'astana', to: '2010-11' })).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
    ]);
  });
});

describe('statements', () => {
  test('speakerId: an organisation speaks too', async () => {
    expect(await idsOf('statements', { speakerId: 'organisation:kazakhstan-ministry-of-foreign-affairs' })).toEqual([
      'statement:kazakh-foreign-ministry-40-states-confirmed-participation',
      'statement:kazakhstan-foreign-ministry-first-donor-in-region',
    ]);
  });

  test('eventId: what was said at the Security Council session of June 8, 2017', async () => {
    expect(await idsOf('statements', { eventId: 'event:un-security-council-session-on-is-and-al-qaeda-2017' })).toEqual([
      'statement:barlybay-sadykov-identifies-terrorist-threats',
      'statement:barlybay-sadykov-warns-of-smuggling-and-propaganda',
      'statement:yerzhan-ashikbayev-announces-trust-fund-contribution',
      'statement:jehangir-khan-praises-kazakhstan-countering-terrorism',
    ]);
  });

  test('text ignores typographic quotes ("shouldn\'t" finds "shouldn’t"), and combines with sourceId', async () => {
    expect(await idsOf('statements', { text: "shouldn't stop" })).toEqual(['statement:vladimir-chizhov-should-not-stop-at-achievements']);
    expect(await idsOf('statements', { sourceId: 'source:osce-promotes-border-security-cooperation', text: 'co-operation' })).toEqual([
      'statement:regional-meeting-key-message-transnational-threats-need-co-operation',
      'statement:alexey-rogov-osce-region-borders-begin-in-central-asia',
    ]);
  });

  test('speakerId and eventId that never meet match nothing', async () => {
    expect(await idsOf('statements', { speakerId: 'person:gyorgy-szabo', eventId: 'event:osce-summit-astana-2010' })).toEqual([]);
  });
});

describe('commitments', () => {
  test('kind: the two FUNDING commitments, both Kazakhstan\'s', async () => {
    expect(await idsOf('commitments', { kind: 'FUNDING' })).toEqual([
      'commitment:kazakhstan-educational-program-for-afghan-students',
      'commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution',
    ]);
  });

  test('actorId and beneficiaryId', async () => {
    expect(await idsOf('commitments', { actorId: 'organisation:european-commission' })).toEqual([
      'commitment:european-commission-diplomatic-assistance-on-sanctions',
      'commitment:european-commission-reintegration-of-disarmed-fighters',
    ]);
    expect(await idsOf('commitments', { beneficiaryId: 'organisation:taliban' })).toEqual([
      'commitment:uzbekistan-platform-for-afghan-direct-talks',
      'commitment:tashkent-declaration-direct-political-dialogue',
    ]);
  });

  test('eventId with kind: the offers made at the Tashkent conference', async () => {
    expect(await idsOf('commitments', { eventId: 'event:tashkent-conference-on-afghanistan', kind: 'OFFER' })).toEqual([
      'commitment:international-community-support-in-all-areas',
      'commitment:european-commission-diplomatic-assistance-on-sanctions',
      'commitment:european-commission-reintegration-of-disarmed-fighters',
    ]);
  });
});
