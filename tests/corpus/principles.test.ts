/**
 * The annotation principles of seeds/README.md ("The annotation guide"), checked over the
 * whole corpus wherever a machine can check them. When one of these tests fails, an
 * annotation says more (or other) than its article: correct the annotation, never the test.
 */
import { ATTENDANCE_UNITS, ATTRIBUTION_BASES, corroborationOf, type Evidence, type Named, type PartialDate } from '../../src/domain';
import { loadSeedRepository } from '../helpers/seeds';

const repository = loadSeedRepository();
const { statements, events, sources } = repository;
const commitments = repository.findCommitments();
const named: Named[] = [...repository.people, ...repository.organisations, ...repository.places];
const textOf = new Map(sources.map((source) => [source.id, source.text]));

interface Span {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

const overlaps = (a: Span, b: Span) => a.sourceId === b.sourceId && a.start < b.end && b.start < a.end;
const within = (inner: Span, outer: Span) => inner.sourceId === outer.sourceId && outer.start <= inner.start && inner.end <= outer.end;

/** Inside, overlapping, or with nothing but spaces and punctuation between. */
function insideOrBeside(cue: Span, evidence: Span): boolean {
  if (cue.sourceId !== evidence.sourceId) return false;
  if (overlaps(cue, evidence)) return true;
  const text = textOf.get(cue.sourceId)!;
  const gap = cue.end <= evidence.start ? text.slice(cue.end, evidence.start) : text.slice(evidence.end, cue.start);
  return /^[\s\p{P}]*$/u.test(gap);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('attribution', () => {
  test('every statement says how the source attributes it', () => {
    expect(statements.length).toBeGreaterThan(50);
    expect(statements.filter((s) => !ATTRIBUTION_BASES.includes(s.attribution?.basis)).map((s) => s.id)).toEqual([]);
    // All three bases occur in the seeds.
    expect(new Set(statements.map((s) => s.attribution.basis))).toEqual(new Set(ATTRIBUTION_BASES));
  });

  test('NAMED has a speaker and UNNAMED has none: a quotation whose speaker the article does not name gets no speaker', () => {
    const wrong = statements.filter(
      (s) => (s.attribution.basis === 'NAMED' && s.speakerId === undefined) || (s.attribution.basis === 'UNNAMED' && s.speakerId !== undefined),
    );
    expect(wrong.map((s) => s.id)).toEqual([]);
  });

  test('every cue is the exact span of attributing words inside or beside its statement’s evidence', () => {
    const cued = statements.filter((s) => s.attribution.cue);
    expect(cued.length).toBeGreaterThan(40);
    for (const {
      attribution: { cue },
    } of cued)
      expect(textOf.get(cue!.sourceId)!.slice(cue!.start, cue!.end)).toBe(cue!.quote);
    const astray = cued.filter((s) => !s.evidence.some((evidence) => insideOrBeside(s.attribution.cue!, evidence)));
    expect(astray.map((s) => `${s.id}: ${s.attribution.cue!.quote}`)).toEqual([]);
  });

  test('every via is the article’s own words for the intermediary, in the cue or the evidence', () => {
    const withVia = statements.filter((s) => s.attribution.via !== undefined);
    expect(withVia.length).toBeGreaterThan(0);
    const unquoted = withVia.filter((s) => ![s.attribution.cue, ...s.evidence].some((span) => span?.quote.includes(s.attribution.via!)));
    expect(unquoted.map((s) => s.id)).toEqual([]);
  });

  test('a statement whose cue gives a month ("in May") carries the date it was said', () => {
    const dated = statements.filter((s) => MONTHS.some((month) => new RegExp(`\\b${month}\\b`).test(s.attribution.cue?.quote ?? '')));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.filter((s) => s.date === undefined).map((s) => s.id)).toEqual([]);
  });

  test('quoted fragments joined by the journalist’s words are separate quotations', () => {
    // A closing quote mark, then words, then an opening one: the text joins two quotations.
    const joined = statements.filter((s) => s.kind === 'DIRECT_QUOTE' && /["”][^"“”]*["“]/.test(s.text));
    expect(joined.map((s) => s.id)).toEqual([]);
  });
});

describe('commitments', () => {
  /** The organisations a person speaks for: those of their affiliations, and the bodies above them. */
  function bodiesOf(personId: string): Set<string> {
    const bodies = new Set<string>();
    for (const { organisationId } of repository.affiliationsByPerson([personId])[0] ?? []) {
      for (let id: string | undefined = organisationId; id && !bodies.has(id); id = repository.organisationsByIds([id])[0]?.parentId) bodies.add(id);
    }
    return bodies;
  }

  // Words that make who they introduce a supporter or host, not one who commits.
  const SUPPORTER = /\b(?:supported|sponsored|hosted|backed|welcomed)\s+by\b|\bwith\s+(?:the\s+)?support\s+(?:of|from)\b/i;

  /**
   * A mention of the actor inside the commitment's evidence, not introduced as a supporter or
   * host: the mention, with the few words before it in the evidence, has no "supported by".
   */
  function namedAsCommitting(actorId: string, evidence: readonly Evidence[]): boolean {
    const entity = named.find((e) => e.id === actorId);
    return (entity?.mentions ?? []).some((mention) =>
      evidence.some(
        (span) => within(mention, span) && !SUPPORTER.test(textOf.get(span.sourceId)!.slice(Math.max(span.start, mention.start - 30), mention.end)),
      ),
    );
  }

  test('each has an identified actor', () => {
    expect(commitments.length).toBeGreaterThan(10);
    expect(commitments.filter((c) => c.actorIds.length === 0).map((c) => c.id)).toEqual([]);
  });

  // The rule: an actor is named in the commitment's evidence, and not as one who supported or
  // hosted it; or the actor speaks the commitment's statement, in person or through an official
  // (a body the speaker is affiliated with, or one above it).
  test('no actor is one who only supported, hosted or commented: each is named committing, or speaks for it', () => {
    const unsupported = commitments.flatMap((c) => {
      const statement = c.statementId ? repository.statementsByIds([c.statementId])[0] : undefined;
      const speaker = statement?.speakerId;
      return c.actorIds
        .filter((actorId) => !namedAsCommitting(actorId, c.evidence))
        .filter((actorId) => actorId !== speaker && !(speaker?.startsWith('person:') && bodiesOf(speaker).has(actorId)))
        .map((actorId) => `${c.id}: ${actorId}`);
    });
    expect(unsupported).toEqual([]);
  });

  test('the supporter rule can fail: "The initiative was supported by the United Nations" names no committer', () => {
    const un = named.find((e) => e.id === 'organisation:united-nations')!;
    const supported = un.mentions.find((m) => m.quote === 'supported by the United Nations')!;
    const sentence: Evidence = {
      ...supported,
      start: supported.start - 'The initiative was '.length,
      quote: 'The initiative was supported by the United Nations',
    };
    expect(textOf.get(sentence.sourceId)!.slice(sentence.start, sentence.end)).toBe(sentence.quote);
    expect(namedAsCommitting('organisation:united-nations', [sentence])).toBe(false);
  });

  test('statements and commitments are each supported by the one source that reports them (corroboration 1)', () => {
    const counts = [...statements, ...commitments].map(corroborationOf);
    expect(new Set(counts)).toEqual(new Set([1]));
  });
});

describe('participants and events', () => {
  const participations = events.flatMap((event) => event.participations);
  const kindOf = (id: string) => repository.organisationsByIds([id])[0]?.kind;

  test('each participant is named in the evidence of its participation', () => {
    expect(participations.length).toBeGreaterThan(30);
    const unnamed = participations.filter((p) => !named.find((e) => e.id === p.actorId)!.mentions.some((m) => p.evidence.some((e) => overlaps(m, e))));
    expect(unnamed.map((p) => `${p.eventId}: ${p.actorId}`)).toEqual([]);
  });

  test('experts or nationals "from" a country do not make the state a participant', () => {
    const fromStates = participations.filter(
      (p) =>
        kindOf(p.actorId) === 'STATE' &&
        (/\bexperts?\b|\bnationals?\b/i.test(p.role ?? '') || p.evidence.some((e) => /\b(?:experts?|nationals?|specialists?)\s+from\b/i.test(e.quote))),
    );
    expect(fromStates.map((p) => `${p.eventId}: ${p.actorId}`)).toEqual([]);
  });

  test('member states of a body are not the body', () => {
    const asMembers = participations.filter((p) => kindOf(p.actorId) === 'INTERGOVERNMENTAL' && /member[- ]?states?/i.test(p.role ?? ''));
    expect(asMembers.map((p) => `${p.eventId}: ${p.actorId} (${p.role})`)).toEqual([]);
  });
});

describe('attendance', () => {
  const attended = events.filter((event) => event.attendance);

  test('every attendance has a unit', () => {
    expect(attended.length).toBeGreaterThanOrEqual(4);
    expect(attended.filter((e) => !ATTENDANCE_UNITS.includes(e.attendance!.unit)).map((e) => e.id)).toEqual([]);
  });

  test('the unit is what the source’s words count: states or countries are STATES, organisations ORGANISATIONS, else PEOPLE', () => {
    const unitOf = (text: string) => (/\b(?:states|countries)\b/i.test(text) ? 'STATES' : /\borgani[sz]ations\b/i.test(text) ? 'ORGANISATIONS' : 'PEOPLE');
    expect(attended.map((e) => [e.id, e.attendance!.unit])).toEqual(attended.map((e) => [e.id, unitOf(e.attendance!.text)]));
    expect(attended.map((e) => e.attendance!.unit)).toContain('STATES');
  });
});

describe('dates', () => {
  const dates: [owner: string, date: PartialDate][] = [
    ...events.flatMap((e) => [
      [e.id, e.startDate],
      [e.id, e.endDate],
    ]),
    ...statements.map((s) => [s.id, s.date]),
    ...commitments.map((c) => [c.id, c.dueDate]),
    ...sources.map((s) => [s.id, s.publishedAt]),
  ].filter((entry): entry is [string, PartialDate] => entry[1] !== undefined);

  test('no date without a year or a month: a season ("This fall") is never served as a year', () => {
    expect(dates.length).toBeGreaterThan(15);
    expect(dates.filter(([, date]) => date.year === undefined && date.month === undefined).map(([owner, date]) => `${owner}: ${date.text}`)).toEqual([]);
  });

  test('a part the date’s words do not give is marked inferred, with the reason', () => {
    const unmarked = dates.filter(([, date]) => {
      const yearGiven = date.year === undefined || date.text.includes(String(date.year));
      const monthGiven = date.month === undefined || date.text.includes(MONTHS[date.month - 1]!);
      return !(yearGiven && monthGiven) && !date.inferredBecause;
    });
    expect(unmarked.map(([owner, date]) => `${owner}: ${date.text}`)).toEqual([]);
  });

  test('statements carry the date they were said where the source gives it', () => {
    expect(statements.filter((s) => s.date).map((s) => [s.id, s.date!.text])).toEqual([
      ['statement:roman-vasilenko-hub-will-help-grasp-problems', 'May'],
      ['statement:roman-vasilenko-hub-priorities-afghanistan', 'May'],
      ['statement:roman-vasilenko-officials-to-visit-kazakhstan-in-july', 'May'],
      ['statement:yerzhan-ashikbayev-announces-trust-fund-contribution', 'June 8'],
    ]);
  });
});

describe('aliases', () => {
  test('no name or alias is shared by two entities unless both mark it ambiguous', () => {
    const bearers = new Map<string, Named[]>();
    for (const entity of named) {
      for (const name of new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()))) bearers.set(name, [...(bearers.get(name) ?? []), entity]);
    }
    expect(bearers.size).toBeGreaterThan(100);
    const shared = [...bearers].filter(
      ([name, entities]) => entities.length > 1 && !entities.every((e) => (e.ambiguousAliases ?? []).some((alias) => alias.toLowerCase() === name)),
    );
    expect(shared.map(([name, entities]) => `${name}: ${entities.map((e) => e.id).join(', ')}`)).toEqual([]);
  });

  test('an alias is a name, not a generic description starting with an article ("the Foreign Ministry")', () => {
    const described = named.flatMap((entity) => entity.aliases.filter((alias) => /^(?:the|a|an)\s/i.test(alias)).map((alias) => `${entity.id}: ${alias}`));
    expect(described).toEqual([]);
  });
});

describe('sources', () => {
  test('every seed article is REVIEWED and in English; no URL or date of publication, which the collection does not give', () => {
    expect(sources.map((s) => [s.review, s.language, s.url, s.publishedAt])).toEqual(Array(5).fill(['REVIEWED', 'en', undefined, undefined]));
  });
});
