/** Spot checks of facts the seed articles hold, read through the repository. */
import { isoOf } from '../../src/domain';
import { loadSeedRepository, SEED_FILES } from '../helpers/seeds';

const repository = loadSeedRepository();

const person = (id: string) => repository.peopleByIds([id])[0]!;
const organisation = (id: string) => repository.organisationsByIds([id])[0]!;
const place = (id: string) => repository.placesByIds([id])[0]!;
const event = (id: string) => repository.eventsByIds([id])[0]!;
const statement = (id: string) => repository.statementsByIds([id])[0]!;
const commitment = (id: string) => repository.commitmentsByIds([id])[0]!;
const seedFileOf = (sourceId: string) => repository.sourcesByIds([sourceId])[0]!.seedFile;

describe('people and their affiliations', () => {
  test('György Szabó is Head of the OSCE Programme Office in Astana, as 000 says', () => {
    const szabo = person('person:gyorgy-szabo');
    expect(szabo.name).toBe('György Szabó');
    expect(repository.affiliationsByPerson([szabo.id])[0]).toEqual([
      {
        personId: 'person:gyorgy-szabo',
        organisationId: 'organisation:osce-programme-office-in-astana',
        role: 'Head',
        evidence: [
          expect.objectContaining({
            sourceId: 'source:kazakhstan-hosts-conference-on-security-cooperation',
            quote: 'György Szabó, the Head of the OSCE Programme Office in Astana',
          }),
        ],
      },
    ]);
  });

  test('Kanat Saudabayev holds two roles, each with its evidence', () => {
    const roles = repository.affiliationsByPerson(['person:kanat-saudabayev'])[0]!.map((a) => [a.organisationId, a.role, a.evidence.length]);
    expect(roles).toEqual([
      ['organisation:osce', 'acting OSCE Chairman', 1],
      ['organisation:kazakhstan-ministry-of-foreign-affairs', 'Foreign Affairs Minister', 2],
    ]);
  });

  test('"Abykyev", the spelling 001 also uses, is an alias of Nurtai Abykayev, beside the spellings of other outlets', () => {
    const abykayev = person('person:nurtai-abykayev');
    expect(abykayev.name).toBe('Nurtai Abykayev');
    expect(abykayev.aliases).toEqual(['Abykyev', 'Nurtai Abykaev', 'Nurtay Abykayev', 'Abykaev']);
    expect(abykayev.mentions.map((m) => m.quote)).toContain('as Abykyev said');
  });
});

describe('organisations and places', () => {
  test('the OSCE Programme Office in Bishkek is part of the OSCE', () => {
    const office = organisation('organisation:osce-programme-office-in-bishkek');
    expect(office.parentId).toBe('organisation:osce');
    expect(office.kind).toBe('INTERGOVERNMENTAL');
    expect(repository.subOrganisationsByParent(['organisation:osce'])[0]!.map((o) => o.id)).toContain(office.id);
  });

  test('Kyrgyzstan has the aliases "Kirgizstan" (001) and "Kyrgyz Republic" (002)', () => {
    expect(organisation('organisation:kyrgyzstan').aliases).toEqual(['Kirgizstan', 'Kyrgyz Republic']);
  });

  test('Astana, in Kazakhstan, is also Nur-Sultan', () => {
    const astana = place('place:astana');
    expect(astana.aliases).toEqual(['Nur-Sultan']);
    expect(astana.countryId).toBe('organisation:kazakhstan');
  });

  test('the OSCE, annotated in 000, 001 and 002, is one organisation with the mentions and aliases of all three', () => {
    const osce = organisation('organisation:osce');
    expect(osce.name).toBe('Organization for Security and Co-operation in Europe');
    expect(osce.aliases).toEqual(['OSCE', 'Organization for Cooperation and Security in Europe']);
    expect([...new Set(osce.mentions.map((m) => seedFileOf(m.sourceId)))]).toEqual([SEED_FILES['000'], SEED_FILES['001'], SEED_FILES['002']]);
    expect(repository.sourcesByEntity([osce.id])[0]!.map((s) => s.seedFile)).toEqual([SEED_FILES['000'], SEED_FILES['001'], SEED_FILES['002']]);
  });
});

describe('events', () => {
  test('the Astana conference of 000 was on 26 October, a year the article does not give', () => {
    const conference = event('event:osce-security-cooperation-conference-astana');
    expect(conference.startDate).toEqual({ text: '26 October', month: 10, day: 26, precision: 'DAY' });
    expect(conference.startDate!.year).toBeUndefined();
    expect(isoOf(conference.startDate!)).toBeNull();
    expect(conference.attendance).toEqual({ text: 'Some 100', count: 100, unit: 'PEOPLE', approximate: true });
    expect(conference.organiserIds).toEqual([
      'organisation:osce-programme-office-in-astana',
      'organisation:friedrich-ebert-foundation',
      'organisation:kazakhstan-council-on-international-relations',
    ]);
  });

  test('the border services met on June 27-29 in Issyk-Kul province, 35 senior representatives', () => {
    const meeting = event('event:central-asian-border-services-regional-meeting-issyk-kul');
    expect(meeting.kind).toBe('MEETING');
    expect(meeting.startDate).toEqual({ text: 'June 27-29', month: 6, day: 27, precision: 'DAY' });
    expect(meeting.endDate).toEqual({ text: 'June 27-29', month: 6, day: 29, precision: 'DAY' });
    expect(meeting.placeId).toBe('place:issyk-kul-province');
    expect(meeting.attendance).toEqual({ text: '35 senior representatives', count: 35, unit: 'PEOPLE', approximate: false });
    expect(meeting.organiserIds).toEqual(['organisation:kyrgyzstan-border-service', 'organisation:osce-programme-office-in-bishkek']);
  });

  test('the anti-terrorism conference of 001 carries the year 2010 with the reason it was inferred', () => {
    const conference = event('event:osce-counter-terrorism-conference-astana-2010');
    expect(conference.startDate).toMatchObject({ text: 'October 14th', year: 2010, month: 10, day: 14, precision: 'DAY' });
    expect(conference.startDate!.inferredBecause).toMatch(/^The article gives no year\./);
    expect(conference.startDate!.inferredBecause).toContain('the OSCE Astana Summit took place in December 2010');
    expect(conference.endDate).toMatchObject({ text: '15th', year: 2010, month: 10, day: 15 });
    expect(isoOf(conference.startDate!)).toBe('2010-10-14');
  });

  test('"last year" of the Athens Ministerial Council is 2009, at the precision of a year', () => {
    const athens = event('event:osce-ministerial-council-athens-2009');
    expect(athens.startDate).toMatchObject({ text: 'last year', year: 2009, precision: 'YEAR' });
    expect(athens.startDate!.inferredBecause).toContain('"adopted last year"');
    expect(athens.placeId).toBe('place:athens');
  });

  test('a date stated with its year, April 2016, has nothing inferred', () => {
    const training = event('event:knb-special-forces-training-almaty-province-2016');
    expect(training.startDate).toEqual({ text: 'April 2016', year: 2016, month: 4, precision: 'MONTH' });
  });
});

describe('statements', () => {
  test('Szabó’s words at the Astana conference are a direct quote, word for word', () => {
    const words = statement('statement:gyorgy-szabo-osce-promotes-co-operation');
    expect(words).toMatchObject({
      kind: 'DIRECT_QUOTE',
      speakerId: 'person:gyorgy-szabo',
      speakerRole: 'Head of the OSCE Programme Office in Astana',
      eventId: 'event:osce-security-cooperation-conference-astana',
    });
    expect(words.text).toMatch(/^The OSCE promotes co-operation not only among participating States/);
  });

  test('the direct speech of 003, whose speaker the article does not name, has no speaker', () => {
    const words = statement('statement:kazakhstan-practical-assistance-afghan-students-program');
    expect(seedFileOf(words.sourceId)).toBe(SEED_FILES['003']);
    expect(words.kind).toBe('DIRECT_QUOTE');
    expect(words.speakerId).toBeUndefined();
    expect(words.speakerRole).toBeUndefined();
    expect(words.text).toContain('an educational program worth 50 million U.S. dollars');
  });
});

describe('commitments', () => {
  test('Kazakhstan’s $300,000 (96.1 million KZT) to the UN Counter-Terrorism Trust Fund', () => {
    const contribution = commitment('commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution');
    expect(contribution.kind).toBe('FUNDING');
    expect(contribution.actorIds).toEqual(['organisation:kazakhstan']);
    expect(contribution.beneficiaryIds).toEqual(['organisation:un-counter-terrorism-trust-fund']);
    expect(contribution.amounts).toEqual([
      { value: 300000, currency: 'USD', text: '$300,000' },
      { value: 96100000, currency: 'KZT', text: '96.1 million KZT' },
    ]);
    expect(contribution.eventId).toBe('event:un-security-council-session-on-is-and-al-qaeda-2017');
    expect(contribution.statementId).toBe('statement:yerzhan-ashikbayev-announces-trust-fund-contribution');
  });

  test('the regional UN hub in Almaty is due in 2020, a date of year precision', () => {
    expect(commitment('commitment:kazakhstan-plan-un-regional-hub-in-almaty').dueDate).toEqual({ text: '2020', year: 2020, precision: 'YEAR' });
  });
});
