/**
 * Writes one synthetic article: its text, sentence by sentence, and beside it the annotation
 * that cites that text. Every quote is a span recorded while writing, so it is in the text by
 * construction; `occurrence` is added wherever the same words occur more than once.
 */
import type { CommitmentKind } from '../domain';
import { capitalise, CLOSINGS, slugify, TOPICS } from './vocabulary';
import type { Random } from './random';
import type { ActorRef, DateInfo, EventInfo, SynthWorld } from './world';

/** Where some words of the text are: the annotation holds spans until the text is finished. */
class Span {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

/** A quote as the annotation format writes it. */
export type Quote = string | { readonly quote: string; readonly occurrence: number };

type NamedType = 'places' | 'people' | 'organisations';

export interface WrittenArticle {
  readonly text: string;
  readonly annotation: Record<string, unknown>;
  /** The entities this article defines, by type (what its index owns). */
  readonly defined: Readonly<Record<'places' | 'people' | 'organisations' | 'events' | 'statements' | 'commitments', number>>;
}

const COMMITMENT_VERBS: Readonly<Record<CommitmentKind, string>> = {
  FUNDING: 'allocated',
  PLEDGE: 'pledged',
  OFFER: 'offered',
  PLAN: 'plans to provide',
  PROPOSAL: 'proposed',
  AGREEMENT: 'agreed to provide',
};

const COMMITMENT_NOUNS: Readonly<Record<CommitmentKind, string>> = {
  FUNDING: 'funding',
  PLEDGE: 'pledge',
  OFFER: 'offer',
  PLAN: 'plan',
  PROPOSAL: 'proposal',
  AGREEMENT: 'agreement',
};

const TITLE_LEADS = ['Officials discuss', 'Experts debate', 'Central Asia focuses on', 'Talks on', 'Delegations meet on'];

/** Participants are listed this many to a sentence. */
const NAMES_PER_SENTENCE = 8;

export function writeArticle(world: SynthWorld, article: number): WrittenArticle {
  return new ArticleWriter(world, article).write();
}

class ArticleWriter {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly mentions: Record<NamedType, Map<number, Span[]>> = { places: new Map(), people: new Map(), organisations: new Map() };
  private readonly affiliations = new Map<string, { person: number; organisation: number; role: string; evidence: Span[] }>();
  private readonly random: Random;

  constructor(
    private readonly world: SynthWorld,
    private readonly article: number,
  ) {
    this.random = world.random('article', article);
  }

  write(): WrittenArticle {
    const { spreads } = this.world;
    const range = (type: keyof typeof spreads) => {
      const [start, end] = spreads[type].rangeOf(this.article);
      return Array.from({ length: end - start }, (_, i) => start + i);
    };
    const events = range('events').map((i) => this.world.event(i));
    const statements = range('statements').map((i) => this.world.statement(i));
    const commitments = range('commitments').map((i) => this.world.commitment(i));
    const ownPlaces = range('places');
    const ownPeople = range('people');
    const ownOrganisations = range('organisations');

    const title = this.title(events[0]);
    const source = { id: `source:${slugify(title)}-${this.article.toString(36)}`, title, publisher: '', authors: [] as string[] };
    this.text(`${title}\n\nBy `);
    const author = this.world.anyPerson(this.random);
    this.person(author);
    this.text(', ');
    const publisher = this.world.publisher(this.random);
    this.organisation(publisher);
    source.publisher = this.world.organisation(publisher).id;
    source.authors.push(this.world.person(author).id);

    const dateline = this.world.place(events[0]?.place ?? this.world.anyPlace(this.random)).name.toUpperCase();
    this.text(`\n\n${dateline} --`);
    const eventEntries = events.map((event) => this.event(event));

    this.paragraph(ownPlaces, (index) => this.placeIntroduction(index));
    this.paragraph(ownOrganisations, (index) => this.organisationIntroduction(index));
    this.paragraph(ownPeople, (index) => this.personIntroduction(index));
    const statementEntries: Record<string, unknown>[] = [];
    const statementEvidence = new Map<number, Span>();
    this.paragraph(statements, (statement) => {
      const entry = this.statement(statement);
      statementEntries.push(entry.annotation);
      statementEvidence.set(statement.index, entry.evidence);
    });
    const commitmentEntries: Record<string, unknown>[] = [];
    this.paragraph(commitments, (commitment) => commitmentEntries.push(this.commitment(commitment)));
    this.text('\n');

    const text = this.parts.join('');
    const quotes = new QuoteFinder(text);
    const annotation = quotes.resolve({
      source,
      places: this.namedEntries('places'),
      people: this.namedEntries('people'),
      organisations: this.namedEntries('organisations'),
      affiliations: [...this.affiliations.values()].map(({ person, organisation, role, evidence }) => ({
        person: this.world.person(person).id,
        organisation: this.world.organisation(organisation).id,
        role,
        evidence,
      })),
      events: eventEntries,
      statements: statementEntries,
      commitments: commitmentEntries,
    }) as Record<string, unknown>;
    return {
      text,
      annotation,
      defined: {
        places: ownPlaces.length,
        people: ownPeople.length,
        organisations: ownOrganisations.length,
        events: events.length,
        statements: statements.length,
        commitments: commitments.length,
      },
    };
  }

  // ---- Writing -------------------------------------------------------------------------

  private text(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return new Span(start, this.length);
  }

  /** Runs `write` for each item, a sentence each, starting a new paragraph every five. */
  private paragraph<T>(items: readonly T[], write: (item: T) => void): void {
    items.forEach((item, i) => {
      this.text(i % 5 === 0 ? '\n\n' : ' ');
      write(item);
    });
  }

  private sentence(write: () => void): Span {
    const start = this.length;
    write();
    this.text('.');
    return new Span(start, this.length);
  }

  /** Writes a list: "A, B and C". */
  private list<T>(items: readonly T[], write: (item: T, first: boolean) => void): void {
    items.forEach((item, i) => {
      if (i > 0) this.text(i === items.length - 1 ? ' and ' : ', ');
      write(item, i === 0);
    });
  }

  private mention(type: NamedType, index: number, span: Span): Span {
    const spans = this.mentions[type].get(index);
    if (spans) spans.push(span);
    else this.mentions[type].set(index, [span]);
    return span;
  }

  private person(index: number): Span {
    return this.mention('people', index, this.text(this.world.person(index).name));
  }

  private place(index: number): Span {
    return this.mention('places', index, this.text(this.world.place(index).name));
  }

  /** "the OSCE Programme Office in Astana" ("The …" to start a sentence); the name is the mention. */
  private organisation(index: number, startsSentence = false): Span {
    const { article, name } = this.world.organisation(index);
    if (article) this.text(startsSentence ? capitalise(article) : article);
    return this.mention('organisations', index, this.text(name));
  }

  private actor(actor: ActorRef, startsSentence = false): Span {
    return actor.type === 'person' ? this.person(actor.index) : this.organisation(actor.index, startsSentence);
  }

  /** "Head of the Kamuro Foundation": states the affiliation, with this phrase as its evidence. */
  private role(person: number, affiliation = 0): string {
    const info = this.world.person(person);
    const { organisation, role } = info.affiliations[affiliation]!;
    const start = this.length;
    this.text(`${role} of `);
    this.organisation(organisation);
    const span = new Span(start, this.length);
    const key = `${person}:${organisation}`;
    const known = this.affiliations.get(key);
    if (known) known.evidence.push(span);
    else this.affiliations.set(key, { person, organisation, role, evidence: [span] });
    return this.world.roleOf(info, affiliation);
  }

  // ---- Sentences -----------------------------------------------------------------------

  private title(event: EventInfo | undefined): string {
    const lead = this.random.pick(TITLE_LEADS);
    return event ? `${lead} ${event.topic} in ${this.world.place(event.place).name}` : `${lead} ${this.random.pick(TOPICS)}`;
  }

  private event(event: EventInfo): Record<string, unknown> {
    this.text(' ');
    const evidence = this.sentence(() => {
      this.list(event.organisers, (organiser, first) => this.organisation(organiser, first));
      this.text(` organised the ${event.nameBeforePlace}`);
      this.place(event.place);
      this.text(` ${datePhrase(event.start, event.end)}`);
      if (event.attendance) this.text(`, attended by ${event.attendance.text} ${event.attendance.approximate ? 'people' : 'delegates'}`);
    });
    const evidenceOf = new Map<ActorRef, Span>();
    const organisations = event.participants.filter((p) => p.actor.type === 'organisation');
    const people = event.participants.filter((p) => p.actor.type === 'person');
    if (organisations.length > 0) {
      this.text(' ');
      this.sentence(() => {
        this.text('Delegations of ');
        this.list(organisations, ({ actor }) => evidenceOf.set(actor, this.actor(actor)));
        this.text(' took part');
      });
    }
    for (let from = 0; from < people.length; from += NAMES_PER_SENTENCE) {
      this.text(' ');
      this.sentence(() => {
        this.text(from === 0 ? 'Among the participants were ' : 'They were joined by ');
        this.list(people.slice(from, from + NAMES_PER_SENTENCE), ({ actor }) => evidenceOf.set(actor, this.actor(actor)));
      });
    }
    return {
      id: event.id,
      name: event.name,
      kind: event.kind,
      description: event.description,
      startDate: dateAnnotation(event.start),
      endDate: event.end && dateAnnotation(event.end),
      location: this.world.place(event.place).name,
      place: this.world.place(event.place).id,
      // The text says "attended by some 120 people" or "by 35 delegates": people, either way.
      attendance: event.attendance && { ...event.attendance, unit: 'PEOPLE' },
      organisers: event.organisers.map((o) => this.world.organisation(o).id),
      participants: event.participants.map(({ actor, role }) => ({
        actor: this.world.actorId(actor),
        role,
        evidence: [evidenceOf.get(actor)!],
      })),
      evidence: [evidence],
    };
  }

  private placeIntroduction(index: number): void {
    const place = this.world.place(index);
    this.sentence(() => {
      this.place(index);
      place.aliases.forEach((alias, i) => {
        this.text(i === 0 ? ' (also called ' : ', ');
        this.mention('places', index, this.text(alias));
        if (i === place.aliases.length - 1) this.text(')');
      });
      if (place.country === undefined) return void this.text(' is a city');
      this.text(' is a city in ');
      this.organisation(place.country);
    });
  }

  private organisationIntroduction(index: number): void {
    const organisation = this.world.organisation(index);
    this.sentence(() => {
      this.organisation(index, true);
      organisation.aliases.forEach((alias, i) => {
        this.text(i === 0 ? ' (' : ', ');
        this.mention('organisations', index, this.text(alias));
        if (i === organisation.aliases.length - 1) this.text(')');
      });
      this.text(` is ${organisation.description[0]!.toLowerCase()}${organisation.description.slice(1)}`);
      if (organisation.parent === undefined) return;
      this.text(', part of ');
      this.organisation(organisation.parent);
    });
  }

  private personIntroduction(index: number): void {
    const person = this.world.person(index);
    this.sentence(() => {
      this.person(index);
      if (person.alias) {
        this.text(' (also spelled ');
        this.mention('people', index, this.text(person.alias));
        this.text(')');
      }
      this.text(', ');
      this.list(
        person.affiliations.map((_, i) => i),
        (affiliation) => this.role(index, affiliation),
      );
      this.text(`, ${this.random.pick(CLOSINGS)}`);
    });
  }

  private statement(statement: ReturnType<SynthWorld['statement']>): { annotation: Record<string, unknown>; evidence: Span } {
    const { speaker, event } = statement;
    let speakerRole: string | undefined;
    const writeRole = () => {
      if (!statement.withRole || speaker?.type !== 'person') return;
      this.text(', ');
      speakerRole = this.role(speaker.index);
    };
    const eventName = event === undefined ? undefined : this.world.event(event).name;
    const evidence = this.sentence(() => {
      if (statement.kind === 'DIRECT_QUOTE') {
        this.text(`“${statement.text},” `);
        if (!speaker) this.text('the statement read');
        else {
          this.text('said ');
          this.actor(speaker);
          writeRole();
        }
        if (eventName) this.text(`${speakerRole ? ',' : ''} at the ${eventName}`);
        return;
      }
      if (!speaker) this.text('It was reported');
      else {
        this.actor(speaker, true);
        writeRole();
        if (speakerRole) this.text(',');
        this.text(' said');
      }
      this.text(` that ${statement.text}`);
      if (eventName) this.text(` at the ${eventName}`);
    });
    return {
      evidence,
      annotation: {
        id: statement.id,
        kind: statement.kind,
        text: statement.text,
        speaker: speaker && this.world.actorId(speaker),
        speakerRole,
        event: eventName === undefined ? undefined : this.world.event(event!).id,
        attribution: { basis: speaker ? 'NAMED' : 'UNNAMED' },
        evidence: [evidence],
      },
    };
  }

  private commitment(commitment: ReturnType<SynthWorld['commitment']>): Record<string, unknown> {
    const { amounts, beneficiaries } = commitment;
    const evidence = this.sentence(() => {
      this.list(commitment.actors, (actor, first) => this.actor(actor, first));
      this.text(` ${COMMITMENT_VERBS[commitment.kind]} `);
      if (amounts.length === 0) this.text('support');
      else this.text(amounts.length === 1 ? amounts[0]!.text : `${amounts[0]!.text} (${amounts[1]!.text})`);
      if (beneficiaries.length > 0) {
        this.text(' to ');
        this.list(beneficiaries, (beneficiary) => this.organisation(beneficiary));
      }
      this.text(` ${commitment.purpose}`);
      if (commitment.due) this.text(` by ${commitment.due.text}`);
      if (commitment.event !== undefined) this.text(`, as announced at the ${this.world.event(commitment.event).name}`);
    });
    const firstActor = commitment.actors[0]!;
    const actorName = firstActor.type === 'person' ? this.world.person(firstActor.index).name : this.world.organisation(firstActor.index).name;
    return {
      id: commitment.id,
      kind: commitment.kind,
      description: `${actorName}'s ${COMMITMENT_NOUNS[commitment.kind]}${amounts.length > 0 ? ` of ${amounts[0]!.text}` : ''} ${commitment.purpose}.`,
      actors: commitment.actors.map((actor) => this.world.actorId(actor)),
      beneficiaries: beneficiaries.length > 0 ? beneficiaries.map((b) => this.world.organisation(b).id) : undefined,
      amounts: amounts.length > 0 ? amounts : undefined,
      dueDate: commitment.due && dateAnnotation(commitment.due),
      event: commitment.event === undefined ? undefined : this.world.event(commitment.event).id,
      statement: commitment.statement === undefined ? undefined : this.world.statement(commitment.statement).id,
      evidence: [evidence],
    };
  }

  // ---- The annotation's named sections -----------------------------------------------------

  /** One entry per place, person or organisation the text names; the full entry in its home article. */
  private namedEntries(type: NamedType): Record<string, unknown>[] {
    const home = this.world.spreads[type];
    return [...this.mentions[type]].map(([index, mentions]) => {
      const isHome = home.homeOf(index) === this.article;
      if (type === 'places') {
        const place = this.world.place(index);
        if (!isHome) return { id: place.id, mentions };
        return {
          id: place.id,
          name: place.name,
          aliases: place.aliases.length > 0 ? place.aliases : undefined,
          country: place.country === undefined ? undefined : this.world.organisation(place.country).id,
          mentions,
        };
      }
      if (type === 'people') {
        const person = this.world.person(index);
        if (!isHome) return { id: person.id, mentions };
        return {
          id: person.id,
          name: person.name,
          aliases: person.alias ? [person.alias] : undefined,
          description: this.world.roleOf(person, 0),
          mentions,
        };
      }
      const organisation = this.world.organisation(index);
      if (!isHome) return { id: organisation.id, mentions };
      return {
        id: organisation.id,
        name: organisation.name,
        aliases: organisation.aliases.length > 0 ? organisation.aliases : undefined,
        kind: organisation.kind,
        parent: organisation.parent === undefined ? undefined : this.world.organisation(organisation.parent).id,
        description: organisation.description,
        mentions,
      };
    });
  }
}

/** Turns the spans in an annotation into quotes of the finished text. */
class QuoteFinder {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly text: string) {}

  resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Span) return this.quote(value);
    const resolved: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) resolved[key] = this.resolve(field);
    return resolved;
  }

  /** The words of the span, with the occurrence the loader needs when they recur. */
  private quote({ start, end }: Span): Quote {
    const quote = this.text.slice(start, end);
    let starts = this.starts.get(quote);
    if (!starts) {
      starts = [];
      for (let at = this.text.indexOf(quote); at !== -1; at = this.text.indexOf(quote, at + 1)) starts.push(at);
      this.starts.set(quote, starts);
    }
    const occurrence = starts.indexOf(start) + 1;
    if (occurrence === 0) throw new Error(`internal error: span ${start}-${end} is not an occurrence of ${JSON.stringify(quote)}`);
    return starts.length === 1 ? quote : { quote, occurrence };
  }
}

function datePhrase(start: DateInfo, end: DateInfo | undefined): string {
  if (end) return `from ${start.text} to ${end.text}`;
  return start.day === undefined ? `in ${start.text}` : `on ${start.text}`;
}

function dateAnnotation(date: DateInfo): Record<string, unknown> {
  const { text, year, month, day, inferred } = date;
  return { text, year, month, day, inferred };
}
