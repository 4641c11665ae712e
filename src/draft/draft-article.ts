import type {
  ArticleAnnotationFormat,
  CommitmentFormat,
  EventFormat,
  OrganisationFormat,
  PersonFormat,
  PlaceFormat,
  QuoteInFile,
  StatementFormat,
} from '../loader/annotation/annotation-format';
import { findAmounts, type DraftAmount } from './amounts';
import { datelineDate, findDates, type DraftDate, type YearReference } from './dates';
import { affiliationsOf, gatherEntities, uniqueId, type DraftNamed } from './entities';
import { NameMatcher, type Candidate, type KnownCorpus } from './known-names';
import { findNames } from './names';
import { findQuotations, type DraftQuotation } from './quotations';
import { confidence, inside, quoteOf, slugOf, trimmed, type Span, type TextSpan } from './spans';
import { tokenise } from './tokens';
import { EVENT_WORDS } from './vocabulary';

export interface DraftOptions {
  readonly title?: string;
  readonly url?: string;
  /** The publication date, YYYY-MM-DD: the only source, with the dateline, of inferred years. */
  readonly published?: { year: number; month: number; day: number };
  readonly language?: string;
}

/** A machine draft: the annotation, and what the reviewer should see beside it. */
export interface ArticleDraft {
  readonly annotation: ArticleAnnotationFormat<QuoteInFile>;
  /** Near-matches in the corpus, by the id of the drafted entity they may be. */
  readonly candidates: ReadonlyMap<string, readonly Candidate[]>;
  readonly amounts: readonly DraftAmount[];
  readonly dates: readonly DraftDate[];
}

type Q = QuoteInFile;

/** Drafts the annotation of an article the corpus does not hold yet. */
export function draftArticle(text: string, corpus: KnownCorpus, options: DraftOptions = {}): ArticleDraft {
  const tokens = tokenise(text);
  const matcher = new NameMatcher(corpus);
  const entities = gatherEntities(text, findNames(text, tokens), matcher, corpus);
  const quote = (span: Span) => quoteOf(text, span);
  const taken = new Set<string>([...corpus.ids, ...entities.map((e) => e.id)]);
  const newId = (prefix: string, words: string) => {
    const id = uniqueId(`${prefix}:${slugOf(words).split('-').slice(0, 8).join('-') || 'untitled'}`, taken);
    taken.add(id);
    return id;
  };

  const title =
    options.title ??
    text
      .split('\n')
      .find((line) => line.trim() !== '')!
      .trim();
  const reference: YearReference | undefined = options.published
    ? { ...options.published, from: `the publication date ${isoDay(options.published)} (given with --published)` }
    : datelineDate(text);
  const dates = findDates(text, reference);
  const amounts = findAmounts(text);
  const quotations = findQuotations(text, entities);

  const named = (kind: DraftNamed['kind']) => entities.filter((e) => e.kind === kind);
  const places: PlaceFormat<Q>[] = named('place').map((e) => namedFields(e, quote, {}));
  const people: PersonFormat<Q>[] = named('person').map((e) => namedFields(e, quote, !e.existing && e.description ? { description: e.description.text } : {}));
  const organisations: OrganisationFormat<Q>[] = named('organisation').map((e) =>
    namedFields(e, quote, !e.existing ? { kind: e.organisationKind ?? 'OTHER' } : {}),
  );
  const affiliations = affiliationsOf(named('person'), named('organisation')).map((a) => ({
    person: a.person.id,
    organisation: a.organisation.id,
    role: a.role,
    evidence: [quote(a.evidence)],
    confidence: confidence(Math.min(a.person.confidence, a.organisation.confidence) - 0.1),
  }));

  const sentences = tokens.sentences;
  const events = draftEvents(text, sentences, entities, dates, newId, quote);
  const statements: StatementFormat<Q>[] = [];
  for (const q of quotations) {
    const statement = statementOf(text, q, dates, events.length === 1 ? events[0]!.id : undefined, newId, quote);
    // "…," he added: said when the words before it were, where the article dates those.
    const before = statements[statements.length - 1];
    const anaphoric = q.cue !== undefined && /^(?:he|she)\b/i.test(q.cue.text);
    statements.push(!statement.date && anaphoric && before?.date && before.speaker === statement.speaker ? { ...statement, date: before.date } : statement);
  }
  const commitments = draftCommitments(text, sentences, amounts, entities, newId, quote);

  const annotation: ArticleAnnotationFormat<Q> = {
    review: 'draft',
    source: {
      id: `source:${slugOf(title).split('-').slice(0, 10).join('-')}`,
      title,
      ...(options.url && { url: options.url }),
      ...(options.published && { publishedAt: { text: isoDay(options.published), ...options.published } }),
      language: options.language ?? 'en',
    },
    ...(places.length > 0 && { places }),
    ...(people.length > 0 && { people }),
    ...(organisations.length > 0 && { organisations }),
    ...(affiliations.length > 0 && { affiliations }),
    ...(events.length > 0 && { events }),
    ...(statements.length > 0 && { statements }),
    ...(commitments.length > 0 && { commitments }),
  };
  const candidates = new Map(entities.filter((e) => e.candidates.length > 0).map((e) => [e.id, e.candidates]));
  return { annotation, candidates, amounts, dates };
}

function isoDay(d: { year: number; month: number; day: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** An entity's fields in the order the seeds write them: id, name, aliases, what it is, mentions. */
function namedFields<T extends object>(e: DraftNamed, quote: (s: Span) => Q, what: T) {
  return {
    id: e.id,
    ...(!e.existing && { name: e.name }),
    ...(e.aliases.length > 0 && { aliases: [...e.aliases] }),
    ...what,
    mentions: e.mentions.map(quote),
    confidence: e.confidence,
  };
}

function statementOf(
  text: string,
  q: DraftQuotation,
  dates: readonly DraftDate[],
  eventId: string | undefined,
  newId: (p: string, w: string) => string,
  quote: (s: Span) => Q,
): StatementFormat<Q> {
  const speakerWords = q.speaker ? q.speaker.name : (q.speakerRole ?? 'unattributed');
  const said = q.cue ? dates.find((d) => inside(d, { start: q.cue!.start, end: q.cue!.end + 30 }) && d.start >= q.cue!.start) : undefined;
  return {
    id: newId('statement', `${speakerWords} ${q.words.text.split(/\s+/).slice(0, 5).join(' ')}`),
    kind: 'DIRECT_QUOTE',
    text: q.words.text,
    ...(q.speaker && { speaker: q.speaker.id }),
    ...(q.speakerRole && { speakerRole: q.speakerRole }),
    ...(eventId && { event: eventId }),
    ...(said && { date: said.date }),
    attribution: { basis: q.basis, ...(q.via && { via: q.via }), ...(q.cue && { cue: quote(q.cue) }) },
    evidence: [quote(q.evidence)],
    confidence: confidence(q.confidence),
  };
}

const EVENT_PATTERN = new RegExp(`\\b(${Object.keys(EVENT_WORDS).join('|')})\\b`, 'i');
/** Verbs of meeting: a dated sentence with one of them is an event even without a noun for it. */
const EVENT_VERBS: Readonly<Record<string, EventFormat['kind']>> = {
  met: 'MEETING',
  conferred: 'MEETING',
  'held talks': 'MEETING',
  visited: 'VISIT',
  signed: 'OTHER',
  hosted: 'MEETING',
};
const EVENT_VERB_PATTERN = new RegExp(`\\b(${Object.keys(EVENT_VERBS).join('|')})\\b`, 'i');
const ORGANISED = /\b(?:organi[sz]ed|hosted|convened|co-organi[sz]ed|held|sponsored)\s+(?:jointly\s+)?by\b/i;
const ATTENDED = /\b(?:participated|took part|attended|joined|delegates|delegations?|representatives|officials)\b/i;
const ATTENDANCE =
  /\b(?:(some|about|around|over|more than|nearly|almost|up to)\s+)?(\d{1,3}(?:,\d{3})+|\d{1,6})\s+(?:[\p{L}-]+\s+){0,3}?(people|participants|officials|delegates|representatives|experts|states|countries|nations|organi[sz]ations)\b/iu;

/**
 * Events: a sentence naming a gathering (conference, meeting, summit, …) with a date or a
 * place; later sentences about the same kind of gathering add its organisers and participants
 * where they say so ("organised by", "participated").
 */
function draftEvents(
  text: string,
  sentences: readonly TextSpan[],
  entities: readonly DraftNamed[],
  dates: readonly DraftDate[],
  newId: (p: string, w: string) => string,
  quote: (s: Span) => Q,
): EventFormat<Q>[] {
  const events: (EventFormat<Q> & {
    organisers: string[];
    participants: { actor: string; role?: string; evidence: Q[]; confidence: number }[];
    evidence: Q[];
  })[] = [];
  const mentionsIn = (span: Span, kind?: string) =>
    entities.filter((e) => !kind || e.kind === kind).flatMap((e) => e.mentions.filter((m) => inside(m, span)).map((m) => ({ entity: e, mention: m })));
  const datelinePlace = entities.find((e) => e.kind === 'place' && e.mentions.some((m) => m.start < 400 && /^\p{Lu}+$/u.test(m.text)));
  for (const sentence of sentences) {
    const word = EVENT_PATTERN.exec(sentence.text) ?? EVENT_VERB_PATTERN.exec(sentence.text);
    if (!word) continue;
    const span = trimmed(text, sentence);
    // A dateline's date ("OSH, 3 May 2024 —") is when the report was filed, not when the event was.
    const own = dates.filter((d) => inside(d, span) && !isDatelineDate(text, d));
    const date = own.find((d) => d.date.month !== undefined) ?? own[0];
    const placeMention = mentionsIn(span, 'place')[0];
    const kind = EVENT_WORDS[word[1]!.toLowerCase()] ?? EVENT_VERBS[word[1]!.toLowerCase()]!;
    const verbOnly = EVENT_WORDS[word[1]!.toLowerCase()] === undefined;
    // A verb of meeting makes an event only with its date: "On 3 May the ministers met in Osh".
    if (verbOnly && !dates.some((d) => inside(d, span))) continue;
    const latest = events.find((e) => e.kind === kind) ?? (!date && !placeMention ? events[events.length - 1] : undefined);
    // A gathering already drafted, unless the sentence gives it another date: "the next meeting … in 2027".
    const current = latest && (!date || date.text === latest.startDate?.text) ? latest : undefined;
    if (insideQuotation(text, word.index + span.start)) continue;
    let event = current;
    if (!event) {
      if (!date && !placeMention) continue;
      const place = placeMention?.entity ?? datelinePlace;
      const noun = verbOnly ? kind.charAt(0) + kind.slice(1).toLowerCase() : word[1]!.toLowerCase();
      const name = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}${place ? ` in ${place.name}` : ''}`;
      event = {
        id: newId('event', `${name} ${date?.date.year ?? ''}`),
        name,
        kind,
        description: `Machine draft from: ${span.text.length > 200 ? `${span.text.slice(0, 197)}...` : span.text}`,
        ...(date && { startDate: date.date }),
        ...(date?.until && { endDate: date.until }),
        ...(placeMention && { location: placeMention.mention.text, place: placeMention.entity.id }),
        ...(!placeMention && place && { location: place.mentions[0]!.text, place: place.id }),
        organisers: [],
        participants: [],
        evidence: [quote(span)],
        confidence: confidence(0.35 + (date ? 0.2 : 0) + (placeMention ? 0.15 : 0)),
      };
      events.push(event as (typeof events)[number]);
    } else {
      (event.evidence as Q[]).push(quote(span));
    }
    if (!event.attendance) {
      const attendance = ATTENDANCE.exec(span.text);
      const count = attendance ? Number(attendance[2]!.replace(/,/g, '')) : 0;
      if (attendance && count >= 1) {
        const unit = /states|countries|nations/i.test(attendance[3]!) ? 'STATES' : /organi/i.test(attendance[3]!) ? 'ORGANISATIONS' : 'PEOPLE';
        const words = attendance[0].slice(0, attendance[0].length - attendance[0].split(/\s+/).pop()!.length).trim();
        (event as { attendance?: EventFormat['attendance'] }).attendance = {
          text: words || attendance[2]!,
          count,
          unit,
          ...(attendance[1] && { approximate: true }),
        };
      }
    }
    const organised = ORGANISED.exec(span.text);
    if (organised) {
      const after = { start: span.start + organised.index, end: span.end };
      for (const { entity } of mentionsIn(after, 'organisation')) if (!event.organisers!.includes(entity.id)) (event.organisers as string[]).push(entity.id);
    }
    if (ATTENDED.test(span.text)) {
      for (const { entity } of mentionsIn(span).filter((m) => m.entity.kind !== 'place' && m.entity.organisationKind !== 'MEDIA')) {
        if (event.organisers!.includes(entity.id) || event.participants!.some((p) => p.actor === entity.id)) continue;
        (event.participants as { actor: string; evidence: Q[]; confidence: number }[]).push({ actor: entity.id, evidence: [quote(span)], confidence: 0.4 });
      }
    }
  }
  return events.map(({ organisers, participants, ...rest }) => ({
    ...rest,
    ...(organisers.length > 0 && { organisers }),
    ...(participants.length > 0 && { participants }),
  }));
}

/** A date between a dateline's capitals and its dash: "OSH, 3 May 2024 — …". */
function isDatelineDate(text: string, date: Span): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  return /^\p{Lu}{2,}[\p{Lu} '-]*,/u.test(text.slice(lineStart, date.start)) && /^\s*(?:—|–|--)/.test(text.slice(date.end, date.end + 4));
}

/** Whether an offset lies between an opening and a closing quotation mark of its paragraph. */
function insideQuotation(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const before = text.slice(lineStart, offset);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

const FUNDING = /\b(fund|funds|funding|contribut\w*|donat\w*|grant\w*|allocat\w*|invest\w*|financ\w*|budget|aid|worth|loan|credit|assistance)\b/i;
const PLEDGE = /\b(pledg\w*|promis\w*|commit\w*|will provide|plans?|intends?|agree\w*)\b/i;

/** Commitments: a sentence stating an amount of money is a funding (or pledge) by the body or person named before it. */
function draftCommitments(
  text: string,
  sentences: readonly TextSpan[],
  amounts: readonly DraftAmount[],
  entities: readonly DraftNamed[],
  newId: (p: string, w: string) => string,
  quote: (s: Span) => Q,
): CommitmentFormat<Q>[] {
  const commitments: CommitmentFormat<Q>[] = [];
  for (const sentence of sentences) {
    const span = trimmed(text, sentence);
    const here = amounts.filter((a) => inside(a, span));
    if (here.length === 0) continue;
    const actors = entities
      .filter((e) => e.kind !== 'place')
      .flatMap((e) => e.mentions.filter((m) => inside(m, span) && m.start < here[0]!.start).map((m) => ({ e, m })))
      .sort((a, b) => a.m.start - b.m.start);
    const actor = actors.find((a) => a.e.kind === 'organisation') ?? actors[0];
    const beneficiaries = entities
      .filter((e) => e.kind === 'organisation' && e !== actor?.e)
      .filter((e) =>
        e.mentions.some(
          (m) => inside(m, span) && m.start > here[0]!.end && /\b(to|for)\s+(the\s+)?\S*$/i.test(text.slice(Math.max(span.start, m.start - 40), m.start)),
        ),
      );
    const kind = FUNDING.test(span.text) ? 'FUNDING' : PLEDGE.test(span.text) ? 'PLEDGE' : 'FUNDING';
    const amountWords = here.map((a) => a.text).join(', ');
    commitments.push({
      id: newId('commitment', `${actor?.e.name ?? 'unknown'} ${kind} ${amountWords}`),
      kind,
      description: `${actor ? actor.e.name : 'Someone the draft could not tell'}: ${kind.toLowerCase()} of ${amountWords} (machine draft; read the evidence).`,
      actors: actor ? [actor.e.id] : [],
      ...(beneficiaries.length > 0 && { beneficiaries: beneficiaries.map((b) => b.id) }),
      amounts: here.map((a) => ({ value: a.value, currency: a.currency, text: a.text })),
      evidence: [quote(span)],
      confidence: confidence(0.35 + (actor ? 0.2 : 0) + (FUNDING.test(span.text) ? 0.15 : 0)),
    });
  }
  return commitments;
}
