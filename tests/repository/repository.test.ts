/** The repository against the seed corpus: batches, typed lookups, filters, search and order. */
import { CorpusRepository } from '../../src/repository';
import { loadSeedCorpus, SEED_FILES } from '../helpers/seeds';

const corpus = loadSeedCorpus();
const repository = new CorpusRepository(corpus);

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

const SZABO = 'person:gyorgy-szabo';
const KARIN = 'person:yerlan-karin';
const UNKNOWN_PERSON = 'person:nobody-of-that-name';

describe('batch methods', () => {
  test('answer in key order, with an empty list for an unknown key', () => {
    expect(repository.statementsBySpeaker([SZABO, UNKNOWN_PERSON, KARIN]).map(ids)).toEqual([
      ['statement:gyorgy-szabo-osce-promotes-co-operation'],
      [],
      ['statement:yerlan-karin-middle-east-conflict-new-aspects-of-radicalization'],
    ]);
    expect(repository.statementsBySpeaker([KARIN, SZABO]).map(ids)).toEqual([
      ['statement:yerlan-karin-middle-east-conflict-new-aspects-of-radicalization'],
      ['statement:gyorgy-szabo-osce-promotes-co-operation'],
    ]);
  });

  test('answer for a key given twice, twice', () => {
    const [first, unknown, second] = repository.affiliationsByPerson([SZABO, 'organisation:osce', SZABO]);
    expect(first!.map((a) => a.organisationId)).toEqual(['organisation:osce-programme-office-in-astana']);
    expect(unknown).toEqual([]);
    expect(second).toEqual(first);
  });

  test('commitmentsByBeneficiary and placesByCountry file each item under each key it names', () => {
    // Uzbekistan's offer names both parties to the talks: it is filed under each.
    const beneficiaries = ['organisation:taliban', 'organisation:government-of-afghanistan', 'organisation:un-counter-terrorism-trust-fund'];
    expect(repository.commitmentsByBeneficiary(beneficiaries).map(ids)).toEqual([
      ['commitment:uzbekistan-platform-for-afghan-direct-talks'],
      ['commitment:uzbekistan-platform-for-afghan-direct-talks'],
      ['commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution'],
    ]);
    expect(repository.placesByCountry(['organisation:kyrgyzstan', 'organisation:germany']).map(ids)).toEqual([
      ['place:bishkek', 'place:issyk-kul-province'],
      [],
    ]);
  });
});

describe('lookups by id', () => {
  test('answer in key order, undefined for an unknown id', () => {
    expect(repository.entitiesByIds(['place:astana', UNKNOWN_PERSON, 'event:osce-summit-astana-2010']).map((e) => e?.id)).toEqual([
      'place:astana',
      undefined,
      'event:osce-summit-astana-2010',
    ]);
  });

  test('of a type answer undefined for an id of another type', () => {
    expect(repository.peopleByIds(['organisation:osce', SZABO]).map((p) => p?.name)).toEqual([undefined, 'György Szabó']);
    expect(repository.organisationsByIds([SZABO, 'organisation:osce']).map((o) => o?.id)).toEqual([undefined, 'organisation:osce']);
    expect(repository.eventsByIds(['statement:gyorgy-szabo-osce-promotes-co-operation'])).toEqual([undefined]);
    expect(repository.placesByIds(['organisation:kazakhstan'])).toEqual([undefined]);
    expect(repository.actorsByIds(['place:astana', SZABO, 'organisation:osce', 'event:osce-summit-astana-2010']).map((a) => a?.id)).toEqual([
      undefined,
      SZABO,
      'organisation:osce',
      undefined,
    ]);
  });

  test('answer undefined for a malformed id, whatever its prefix', () => {
    const malformed = ['person:', 'person', ':person:gyorgy-szabo', 'person:Gyorgy-Szabo', 'person:gyorgy-szabo ', 'gyorgy-szabo', ''];
    expect(repository.peopleByIds(malformed)).toEqual(malformed.map(() => undefined));
    expect(repository.actorsByIds(malformed)).toEqual(malformed.map(() => undefined));
    expect(repository.entitiesByIds(malformed)).toEqual(malformed.map(() => undefined));
  });
});

describe('findPeople', () => {
  test('matches names folded: case and diacritics do not count', () => {
    expect(ids(repository.findPeople({ name: 'gyorgy szabo' }))).toEqual([SZABO]);
    expect(ids(repository.findPeople({ name: 'ANTONIO' }))).toEqual(['person:antonio-guterres']);
  });

  test('matches aliases', () => {
    expect(ids(repository.findPeople({ name: 'Abykyev' }))).toEqual(['person:nurtai-abykayev']);
  });

  test('by organisation includes the people of its sub-organisations, by name', () => {
    expect(repository.findPeople({ organisationId: 'organisation:osce' }).map((p) => p.name)).toEqual([
      'Alexey Rogov', // Head of the OSCE Programme Office in Bishkek
      'György Szabó', // Head of the OSCE Programme Office in Astana
      'Kanat Saudabayev', // acting OSCE Chairman, affiliated with the OSCE itself
      'Raphael Perl', // Head of the Anti-Terror Department of the OSCE
    ]);
    expect(ids(repository.findPeople({ organisationId: 'organisation:osce', name: 'szabo' }))).toEqual([SZABO]);
    expect(repository.findPeople({ organisationId: 'organisation:nothing-of-that-name' })).toEqual([]);
  });
});

describe('findOrganisations', () => {
  test('by kind', () => {
    expect(repository.findOrganisations({ kind: 'ARMED_GROUP' }).map((o) => o.name)).toEqual(['al-Qaeda', 'Islamic State', 'Taliban']);
    expect(repository.findOrganisations({ kind: 'MEDIA' }).map((o) => o.name)).toEqual(['Caravanserai', 'Times of Central Asia', 'World media monitoring']);
  });

  test('by kind and a name that matches an alias', () => {
    expect(ids(repository.findOrganisations({ kind: 'STATE', name: 'kirgiz' }))).toEqual(['organisation:kyrgyzstan']);
    expect(repository.findOrganisations({ kind: 'MEDIA', name: 'kirgiz' })).toEqual([]);
  });
});

describe('findEvents', () => {
  test('by location matches the aliases of the place: "Nur-Sultan" finds the Astana events', () => {
    expect(ids(repository.findEvents({ location: 'Nur-Sultan' }))).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-summit-astana-2010',
      'event:guterres-nazarbayev-meeting-astana-2017',
      'event:osce-counter-terrorism-conference-astana-2010-closed-session',
      'event:osce-security-cooperation-conference-astana',
    ]);
    expect(ids(repository.findEvents({ location: 'issyk-kul' }))).toEqual(['event:central-asian-border-services-regional-meeting-issyk-kul']);
  });

  test('by organiser, by participant, and by both', () => {
    expect(ids(repository.findEvents({ organiserId: 'organisation:osce-programme-office-in-bishkek' }))).toEqual([
      'event:central-asian-border-services-regional-meeting-issyk-kul',
    ]);
    expect(ids(repository.findEvents({ participantId: 'person:ilya-rogachev' }))).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-counter-terrorism-conference-astana-2010-closed-session',
    ]);
    expect(ids(repository.findEvents({ organiserId: 'organisation:osce', participantId: 'person:kanat-saudabayev' }))).toEqual([
      'event:osce-counter-terrorism-conference-astana-2010',
    ]);
    expect(repository.findEvents({ organiserId: 'organisation:osce-programme-office-in-bishkek', participantId: SZABO })).toEqual([]);
  });

  describe('by dates, at the precision each date has', () => {
    const between = (from: string | undefined, to: string | undefined) => ids(repository.findEvents({ dates: { from, to } }));

    test('a YEAR date covers its whole year: "last year" (2009) of the Athens Council', () => {
      expect(between('2009-12-01', '2009-12-31')).toEqual(['event:osce-ministerial-council-athens-2009']);
      expect(between('2009-01-01', '2009-01-01')).toEqual(['event:osce-ministerial-council-athens-2009']);
    });

    test('a MONTH date covers its whole month: the Summit of December 2010', () => {
      expect(between('2010-12-31', '2011-01-05')).toEqual(['event:osce-summit-astana-2010']);
      expect(between('2010-10-16', '2010-11-30')).toEqual([]);
    });

    test('a DAY date covers that day only; a span its days: June 8 and 9, October 14th – 15th (2010)', () => {
      expect(between('2017-06-09', '2017-06-09')).toEqual(['event:guterres-nazarbayev-meeting-astana-2017']);
      expect(between('2017-06-08', '2017-06-08')).toEqual(['event:un-security-council-session-on-is-and-al-qaeda-2017']);
      expect(between('2010-10-15', '2010-10-15')).toEqual(['event:osce-counter-terrorism-conference-astana-2010']);
      expect(between('2010-10-16', undefined)).toEqual([
        'event:osce-summit-astana-2010',
        'event:knb-special-forces-training-almaty-province-2016',
        'event:un-security-council-session-on-is-and-al-qaeda-2017',
        'event:guterres-nazarbayev-meeting-astana-2017',
        'event:security-council-officials-visit-kazakhstan-july-2017',
        'event:kazakhstan-un-security-council-presidency-january-2018',
      ]);
    });

    test('events with no known year never match a date range', () => {
      const anyDate = between('0001-01-01', '9999-12-31');
      expect(anyDate).toHaveLength(8);
      expect(anyDate).not.toContain('event:osce-security-cooperation-conference-astana'); // 26 October
      expect(anyDate).not.toContain('event:central-asian-border-services-regional-meeting-issyk-kul'); // June 27-29
      expect(anyDate).not.toContain('event:conference-on-rights-of-afghan-women'); // This fall
      expect(between('2010-10-26', '2010-10-26')).toEqual([]);
    });
  });
});

describe('findStatements', () => {
  test('text filter is folded: a straight apostrophe and capitals find “Today’s event”', () => {
    expect(ids(repository.findStatements({ text: "TODAY'S EVENT" }))).toEqual(['statement:henriette-kiefer-discuss-youth-radicalization-and-internet']);
  });

  test('text filter combines with speaker and source', () => {
    expect(ids(repository.findStatements({ text: 'Kirgizstan', speakerId: 'person:ian-kelly' }))).toEqual([
      'statement:ian-kelly-joint-programmes-borders-adapt-organisation',
    ]);
    expect(repository.findStatements({ text: 'Kirgizstan', speakerId: SZABO })).toEqual([]);
    const sourceOf003 = repository.sources.find((s) => s.seedFile === SEED_FILES['003'])!.id;
    expect(ids(repository.findStatements({ sourceId: sourceOf003, text: 'declaration' }))).toEqual([
      'statement:tashkent-declaration-covers-afghan-situation',
      'statement:tashkent-declaration-core-proposal-direct-dialogue',
    ]);
  });
});

describe('findCommitments', () => {
  test('by actor', () => {
    expect(ids(repository.findCommitments({ actorId: 'organisation:european-commission' }))).toEqual([
      'commitment:european-commission-diplomatic-assistance-on-sanctions',
      'commitment:european-commission-reintegration-of-disarmed-fighters',
    ]);
  });

  test('by beneficiary and kind', () => {
    expect(ids(repository.findCommitments({ beneficiaryId: 'organisation:afghanistan', kind: 'FUNDING' }))).toEqual([
      'commitment:kazakhstan-educational-program-for-afghan-students',
    ]);
  });

  test('by kind, in the order the articles tell them', () => {
    expect(ids(repository.findCommitments({ kind: 'FUNDING' }))).toEqual([
      'commitment:kazakhstan-educational-program-for-afghan-students', // 003
      'commitment:kazakhstan-un-counter-terrorism-trust-fund-contribution', // 004
    ]);
  });
});

describe('eventsByActor', () => {
  test('lists the events an actor organised or took part in', () => {
    expect(repository.eventsByActor(['organisation:osce-programme-office-in-bishkek', UNKNOWN_PERSON]).map(ids)).toEqual([
      ['event:central-asian-border-services-regional-meeting-issyk-kul'],
      [],
    ]);
  });

  test('includes the events a person spoke at, even where no participation says so', () => {
    // The seeds annotate every speaker as a participant too; take Szabó's participation away.
    const conference = 'event:osce-security-cooperation-conference-astana';
    const withoutParticipation = new CorpusRepository({
      ...corpus,
      events: corpus.events.map((e) => (e.id === conference ? { ...e, participations: e.participations.filter((p) => p.actorId !== SZABO) } : e)),
    });
    expect(withoutParticipation.findEvents({ participantId: SZABO })).toEqual([]);
    expect(withoutParticipation.eventsByActor([SZABO]).map(ids)).toEqual([[conference]]);
  });
});

describe('sourcesByEntity', () => {
  test('lists, in seed order, the sources that mention an entity or state a fact about it', () => {
    const sources = repository.sourcesByEntity(['organisation:osce', 'place:astana', 'person:federica-mogherini', UNKNOWN_PERSON]);
    expect(sources.map((list) => list.map((s) => s.seedFile))).toEqual([
      [SEED_FILES['000'], SEED_FILES['001'], SEED_FILES['002']],
      [SEED_FILES['000'], SEED_FILES['001'], SEED_FILES['002'], SEED_FILES['004']],
      [SEED_FILES['003']],
      [],
    ]);
  });
});

describe('search', () => {
  test('ranks the person first for "Gyorgy Szabo", unaccented', () => {
    const hits = repository.search('Gyorgy Szabo', 5);
    expect(hits[0]!.entity.id).toBe(SZABO);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  test('finds Nurtai Abykayev by the alias "Abykyev", and shows the alias in the snippet', () => {
    const [person, source] = repository.search('Abykyev', 5);
    expect(person!.entity.id).toBe('person:nurtai-abykayev');
    expect(person!.snippet).toContain('Abykyev');
    expect(source!.entity.id).toBe('source:first-anti-terrorism-osce-conference-in-astana');
    expect(source!.snippet).toMatch(/Abykayev|Abykyev/); // the spelling 001 uses first, a near match
  });

  test('returns snippets that contain the match, also from long texts', () => {
    const hits = repository.search('Caravanserai', 5);
    expect(hits.map((h) => h.entity.id)).toEqual(['organisation:caravanserai', 'source:kazakhstan-strives-to-become-guarantor-of-security']);
    for (const hit of hits) expect(hit.snippet).toContain('Caravanserai');
    expect(hits[1]!.snippet.length).toBeLessThan(200);
    expect(hits[1]!.snippet.startsWith('…')).toBe(true);
  });

  test("a hit's snippet is cut around each search's own match, however often the hit is found", () => {
    const source = 'source:kazakhstan-strives-to-become-guarantor-of-security';
    const snippetFor = (text: string) => repository.search(text, 10).find((hit) => hit.entity.id === source)?.snippet;
    const caravanserai = snippetFor('Caravanserai');
    expect(caravanserai).toContain('Caravanserai');
    const guterres = snippetFor('Guterres');
    expect(guterres).toContain('Guterres');
    expect(guterres).not.toBe(caravanserai);
    expect(snippetFor('Caravanserai')).toBe(caravanserai);
  });

  test('returns no more hits than the limit', () => {
    expect(repository.search('security', 3)).toHaveLength(3);
  });
});

describe('lists are sorted as documented', () => {
  test('people by name, folded', () => {
    const names = repository.people.map((p) => p.name);
    expect(names.slice(0, 5)).toEqual(['Alexander Bogatik', 'Alexey Rogov', 'Ali Apsheroni', 'António Guterres', 'Barlybay Sadykov']);
    expect(names).toHaveLength(22);
  });

  test('events chronologically, those with an unknown year last, by name', () => {
    expect(ids(repository.events)).toEqual([
      'event:osce-ministerial-council-athens-2009',
      'event:osce-counter-terrorism-conference-astana-2010',
      'event:osce-summit-astana-2010',
      'event:knb-special-forces-training-almaty-province-2016',
      'event:un-security-council-session-on-is-and-al-qaeda-2017',
      'event:guterres-nazarbayev-meeting-astana-2017',
      'event:security-council-officials-visit-kazakhstan-july-2017',
      'event:kazakhstan-un-security-council-presidency-january-2018',
      // unknown year, by name
      'event:osce-counter-terrorism-conference-astana-2010-closed-session', // Closed session of…
      'event:osce-security-cooperation-conference-astana', // International conference on…
      'event:un-security-council-ministerial-debates-on-afghanistan', // Ministerial-level debates…
      'event:osce-review-conference-vienna-2010', // OSCE Review Conference…
      'event:central-asian-border-services-regional-meeting-issyk-kul', // Regional meeting…
      'event:conference-on-rights-of-afghan-women', // Special conference…
      'event:tashkent-conference-on-afghanistan', // Tashkent conference…
    ]);
  });

  test('sources by seed file; statements by source, then by position in its text', () => {
    expect(repository.sources.map((s) => s.seedFile)).toEqual(Object.values(SEED_FILES));
    const of000 = repository.statementsBySource([repository.sources[0]!.id])[0]!;
    expect(ids(of000)).toEqual([
      'statement:gyorgy-szabo-osce-promotes-co-operation',
      'statement:henriette-kiefer-continue-dialogue-on-common-challenges',
      'statement:henriette-kiefer-discuss-youth-radicalization-and-internet',
      'statement:yerlan-karin-middle-east-conflict-new-aspects-of-radicalization',
    ]);
  });
});
