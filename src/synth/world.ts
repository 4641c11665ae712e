/**
 * The synthetic world: every entity of a corpus, described from the seed and its index alone.
 * An article that mentions person 81,234 recomputes her name and roles rather than look
 * them up, so a corpus of any size is written one article at a time, in constant memory.
 */
import type { CommitmentKind, EventKind, OrganisationKind, StatementKind } from '../domain';
import { CATALOG_MEDIA_SLUGS, CATALOG_ORGANISATIONS, CATALOG_PLACES, CATALOG_STATE_COUNT, CENTRAL_ASIAN_STATES } from './catalog';
import { EntityCounts, HomeSpread } from './plan';
import { hashString, mix, Random } from './random';
import {
  capitalise,
  EVENT_ADJECTIVES,
  FIRST_NAMES,
  MONTHS,
  PURPOSES,
  slugify,
  STATEMENT_OBJECTS,
  STATEMENT_QUALIFIERS,
  STATEMENT_SUBJECTS,
  STATEMENT_VERBS,
  SURNAME_ENDINGS,
  syllableWord,
  TOPICS,
} from './vocabulary';

export interface ActorRef {
  readonly type: 'person' | 'organisation';
  readonly index: number;
}

export interface OrganisationInfo {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly aliases: readonly string[];
  readonly parent?: number;
  readonly description: string;
  /** How running text names it: "Kazakhstan", "the OSCE Programme Office in Astana". */
  readonly article: '' | 'the ';
}

export interface PlaceInfo {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: number;
}

export interface AffiliationInfo {
  readonly organisation: number;
  readonly role: string;
}

export interface PersonInfo {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** A misspelling some articles use. */
  readonly alias?: string;
  readonly affiliations: readonly AffiliationInfo[];
}

export interface DateInfo {
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly inferred?: string;
}

export interface EventInfo {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The name up to the place it ends with ("Regional meeting on border security in "). */
  readonly nameBeforePlace: string;
  readonly kind: EventKind;
  readonly topic: string;
  readonly description: string;
  readonly place: number;
  readonly start: DateInfo;
  readonly end?: DateInfo;
  readonly attendance?: { readonly text: string; readonly count: number; readonly approximate: boolean };
  readonly organisers: readonly number[];
  readonly participants: readonly { readonly actor: ActorRef; readonly role: string }[];
}

export interface StatementInfo {
  readonly index: number;
  readonly id: string;
  readonly kind: StatementKind;
  readonly speaker?: ActorRef;
  readonly text: string;
  readonly event?: number;
  /** Whether the article gives the speaker's role (and so states an affiliation again). */
  readonly withRole: boolean;
}

export interface AmountInfo {
  readonly value: number;
  readonly currency: 'USD' | 'KZT' | 'EUR';
  readonly text: string;
}

export interface CommitmentInfo {
  readonly index: number;
  readonly id: string;
  readonly kind: CommitmentKind;
  readonly actors: readonly ActorRef[];
  readonly beneficiaries: readonly number[];
  readonly amounts: readonly AmountInfo[];
  readonly purpose: string;
  readonly due?: DateInfo;
  readonly event?: number;
  readonly statement?: number;
}

const TYPE_SALT = { organisation: 1, place: 2, person: 3, event: 4, statement: 5, commitment: 6, article: 7 } as const;

const EVENT_KIND_WORDS: Readonly<Record<EventKind, string>> = {
  CONFERENCE: 'conference',
  MEETING: 'meeting',
  SUMMIT: 'summit',
  SESSION: 'session',
  VISIT: 'visit',
  TRAINING: 'training course',
  OTHER: 'forum',
};

const ROLES: Readonly<Record<OrganisationKind, readonly string[]>> = {
  STATE: ['Deputy Foreign Minister', 'Ambassador', 'Special Envoy', 'Adviser to the President'],
  GOVERNMENT_BODY: ['Head', 'Deputy Head', 'Spokesperson', 'Senior Officer'],
  INTERGOVERNMENTAL: ['Head', 'Senior Adviser', 'Programme Officer', 'Political Officer'],
  NON_GOVERNMENTAL: ['Director', 'Co-ordinator', 'Board Member'],
  ACADEMIC: ['Director', 'Senior Fellow', 'Researcher', 'Professor'],
  MEDIA: ['Correspondent', 'Editor'],
  ARMED_GROUP: ['Commander'],
  OTHER: ['Chair', 'Member'],
};

const CATALOG_INDEX = new Map(CATALOG_ORGANISATIONS.map((o, i) => [o.slug, i]));
const CATALOG_PLACE_COUNTRY = CATALOG_PLACES.map((p) => (p.country === undefined ? undefined : CATALOG_INDEX.get(p.country)));
const CENTRAL_ASIAN_STATE_INDICES = CENTRAL_ASIAN_STATES.map((slug) => CATALOG_INDEX.get(slug)!);
const MEDIA_INDICES = CATALOG_MEDIA_SLUGS.map((slug) => CATALOG_INDEX.get(slug)!);

export class SynthWorld {
  readonly seedHash: number;
  readonly spreads: Readonly<Record<'places' | 'people' | 'organisations' | 'events' | 'statements' | 'commitments', HomeSpread>>;

  constructor(
    readonly seed: string,
    readonly counts: EntityCounts,
  ) {
    this.seedHash = hashString(seed);
    const spread = (count: number) => new HomeSpread(count, counts.sources);
    this.spreads = {
      places: spread(counts.places),
      people: spread(counts.people),
      organisations: spread(counts.organisations),
      events: spread(counts.events),
      statements: spread(counts.statements),
      commitments: spread(counts.commitments),
    };
  }

  random(type: keyof typeof TYPE_SALT, index: number): Random {
    return new Random(mix(this.seedHash, TYPE_SALT[type], index));
  }

  // ---- Drawing entities: hubs far likelier than the rest --------------------------------

  /** A hub organisation (a state, the OSCE, a UN body, a ministry) or, less often, any other. */
  anyOrganisation(random: Random, hubShare = 0.55): number {
    const catalog = CATALOG_ORGANISATIONS.length;
    if (random.chance(hubShare) || this.counts.organisations === catalog) return random.skewed(catalog, 2);
    return catalog + random.int(this.counts.organisations - catalog);
  }

  /** Who organises events: the OSCE, UN bodies, ministries, media, or any other organisation. */
  organiser(random: Random): number {
    const catalog = CATALOG_ORGANISATIONS.length;
    if (random.chance(0.7) || this.counts.organisations === catalog) return CATALOG_STATE_COUNT + random.skewed(catalog - CATALOG_STATE_COUNT, 1.5);
    return catalog + random.int(this.counts.organisations - catalog);
  }

  state(random: Random): number {
    return random.skewed(CATALOG_STATE_COUNT, 1.5);
  }

  /** People recur with a long tail: a few speak and take part everywhere. */
  anyPerson(random: Random): number {
    return random.skewed(this.counts.people, 2);
  }

  anyPlace(random: Random): number {
    const catalog = CATALOG_PLACES.length;
    if (random.chance(0.6) || this.counts.places === catalog) return random.skewed(catalog, 1.5);
    return catalog + random.int(this.counts.places - catalog);
  }

  publisher(random: Random): number {
    return random.pick(MEDIA_INDICES);
  }

  // ---- Entities by index ------------------------------------------------------------------

  organisation(index: number): OrganisationInfo {
    return this.organisations.get(index, () => this.describeOrganisation(index));
  }

  place(index: number): PlaceInfo {
    return this.places.get(index, () => this.describePlace(index));
  }

  person(index: number): PersonInfo {
    return this.people.get(index, () => this.describePerson(index));
  }

  // Hubs and busy people are described over and over, in every article that names them.
  private readonly organisations = new RecentlyUsed<OrganisationInfo>();
  private readonly places = new RecentlyUsed<PlaceInfo>();
  private readonly people = new RecentlyUsed<PersonInfo>();

  private describeOrganisation(index: number): OrganisationInfo {
    const catalogEntry = CATALOG_ORGANISATIONS[index];
    if (catalogEntry) {
      const { slug, name, kind, aliases = [], parent, description } = catalogEntry;
      return {
        index,
        id: `organisation:${slug}`,
        name,
        kind,
        aliases,
        parent: parent === undefined ? undefined : CATALOG_INDEX.get(parent),
        description: capitalise(description),
        article: kind === 'STATE' || kind === 'MEDIA' ? '' : 'the ',
      };
    }
    const random = this.random('organisation', index);
    const token = syllableWord(index, this.counts.organisations);
    const roll = random.next();
    let kind: OrganisationKind;
    let name: string;
    let parent: number | undefined;
    let description: string;
    if (roll < 0.3) {
      kind = 'GOVERNMENT_BODY';
      const state = random.pick(CENTRAL_ASIAN_STATE_INDICES);
      const stateName = CATALOG_ORGANISATIONS[state]!.name;
      if (random.chance(0.5)) {
        parent = CATALOG_INDEX.get(`${CATALOG_ORGANISATIONS[state]!.slug}-border-service`);
        name = `${token} Regional Border Department`;
        description = `A regional department of the Border Service of ${stateName}`;
      } else {
        parent = state;
        name = `${token} Regional Administration`;
        description = `A regional administration of ${stateName}`;
      }
    } else if (roll < 0.4) {
      kind = 'INTERGOVERNMENTAL';
      const osce = random.chance(0.6);
      parent = CATALOG_INDEX.get(osce ? 'osce' : 'united-nations');
      name = osce ? `OSCE Field Office in ${token}` : `UN Liaison Office in ${token}`;
      description = osce ? 'An OSCE field presence' : 'A UN liaison office';
    } else if (roll < 0.6) {
      kind = 'NON_GOVERNMENTAL';
      name = `${token} ${random.pick(['Foundation', 'Centre for Dialogue', 'Civic Initiative'])}`;
      description = 'A non-governmental organisation';
    } else if (roll < 0.8) {
      kind = 'ACADEMIC';
      name = `${token} ${random.pick(['Institute for Strategic Studies', 'University', 'Academy of Sciences'])}`;
      description = 'A research institution';
    } else if (roll < 0.9) {
      kind = 'MEDIA';
      name = `${token} ${random.pick(['Herald', 'Daily', 'News Agency'])}`;
      description = 'A news outlet';
    } else if (roll < 0.98) {
      kind = 'OTHER';
      name = `${token} Business Council`;
      description = 'An association of companies';
    } else {
      kind = 'ARMED_GROUP';
      name = `${token} Brigade`;
      description = 'An armed group';
    }
    // Some research and civic bodies are departments of an earlier one: deeper trees.
    const catalog = CATALOG_ORGANISATIONS.length;
    if ((kind === 'ACADEMIC' || kind === 'NON_GOVERNMENTAL') && index > catalog + 10 && random.chance(0.15)) {
      parent = catalog + random.int(index - catalog);
      description = `A department of ${this.organisation(parent).name}`;
    }
    const acronym = name
      .split(' ')
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0])
      .join('');
    const aliases = acronym.length >= 3 && random.chance(0.3) ? [acronym] : [];
    return { index, id: `organisation:${slugify(name)}`, name, kind, aliases, parent, description, article: kind === 'MEDIA' ? '' : 'the ' };
  }

  private describePlace(index: number): PlaceInfo {
    const catalogEntry = CATALOG_PLACES[index];
    if (catalogEntry) {
      return { index, id: `place:${catalogEntry.slug}`, name: catalogEntry.name, aliases: catalogEntry.aliases ?? [], country: CATALOG_PLACE_COUNTRY[index] };
    }
    const random = this.random('place', index);
    const name = syllableWord(index, this.counts.places) + random.pick(['abad', 'sk', 'kent', 'tau']);
    return { index, id: `place:${slugify(name)}`, name, aliases: [], country: random.pick(CENTRAL_ASIAN_STATE_INDICES) };
  }

  private describePerson(index: number): PersonInfo {
    const random = this.random('person', index);
    const first = random.pick(FIRST_NAMES);
    const surname = syllableWord(index, this.counts.people) + random.pick(SURNAME_ENDINGS);
    const name = `${first} ${surname}`;
    // The misspelling breaks a syllable ("Kamurov" → "Kymurov"), so it is never another's name.
    const alias = random.chance(0.1) ? `${first} ${surname[0]}y${surname.slice(2)}` : undefined;
    const affiliationCount = random.chance(0.45) ? 1 : random.chance(0.64) ? 2 : 3;
    const affiliations: AffiliationInfo[] = [];
    for (let n = 0; n < affiliationCount; n++) {
      const organisation = this.anyOrganisation(random);
      if (affiliations.some((a) => a.organisation === organisation)) continue;
      affiliations.push({ organisation, role: random.pick(ROLES[this.organisation(organisation).kind]) });
    }
    return { index, id: `person:${slugify(name)}`, name, alias: alias === name ? undefined : alias, affiliations };
  }

  event(index: number): EventInfo {
    const random = this.random('event', index);
    const kind = random.pick(['CONFERENCE', 'CONFERENCE', 'MEETING', 'MEETING', 'SUMMIT', 'SESSION', 'VISIT', 'TRAINING', 'OTHER'] as const);
    const topic = random.pick(TOPICS);
    const place = this.anyPlace(random);
    const nameBeforePlace = `${random.pick(EVENT_ADJECTIVES)} ${EVENT_KIND_WORDS[kind]} on ${topic} in `;
    const name = nameBeforePlace + this.place(place).name;
    const { start, end } = eventDates(random);
    const attendance = random.chance(0.25)
      ? random.chance(0.5)
        ? { count: random.between(2, 40) * 10, approximate: true }
        : { count: random.between(12, 400), approximate: false }
      : undefined;
    const organisers = new Set<number>();
    for (let n = random.between(1, 3); n > 0; n--) organisers.add(this.organiser(random));
    // A fifth of the events are big: dozens of delegations and people.
    const big = random.chance(0.2);
    const participants = new Map<string, { actor: ActorRef; role: string }>();
    for (let n = big ? random.between(4, 10) : random.between(0, 2); n > 0; n--) {
      const state = this.state(random);
      participants.set(`o${state}`, { actor: { type: 'organisation', index: state }, role: 'delegation' });
    }
    for (let n = big ? random.between(20, 50) : random.between(1, 6); n > 0; n--) {
      const person = this.anyPerson(random);
      participants.set(`p${person}`, { actor: { type: 'person', index: person }, role: random.pick(['speaker', 'participant', 'panellist', 'observer']) });
    }
    return {
      index,
      id: `event:${slugify(name)}-${index.toString(36)}`,
      name,
      nameBeforePlace,
      kind,
      topic,
      description: `A ${EVENT_KIND_WORDS[kind]} on ${topic}.`,
      place,
      start,
      end,
      attendance: attendance && { ...attendance, text: `${attendance.approximate ? 'some ' : ''}${attendance.count}` },
      organisers: [...organisers],
      participants: [...participants.values()],
    };
  }

  statement(index: number): StatementInfo {
    const random = this.random('statement', index);
    const kind: StatementKind = random.chance(0.6) ? 'DIRECT_QUOTE' : 'REPORTED';
    const speakerRoll = random.next();
    const speaker: ActorRef | undefined =
      speakerRoll < 0.03
        ? undefined
        : speakerRoll < 0.85
          ? { type: 'person', index: this.anyPerson(random) }
          : { type: 'organisation', index: this.anyOrganisation(random, 0.8) };
    const text = [
      random.pick(STATEMENT_SUBJECTS),
      random.pick(STATEMENT_VERBS),
      `${random.pick(STATEMENT_OBJECTS)}${random.pick(STATEMENT_QUALIFIERS)}`,
    ].join(' ');
    const home = this.spreads.statements.homeOf(index);
    const [firstEvent, endEvent] = this.spreads.events.rangeOf(home);
    const event =
      endEvent > firstEvent && random.chance(0.5)
        ? firstEvent + random.int(endEvent - firstEvent)
        : random.chance(0.1)
          ? random.int(this.counts.events)
          : undefined;
    const speakerSlug = speaker ? this.actorId(speaker).split(':')[1]! : 'unattributed';
    return {
      index,
      id: `statement:${speakerSlug}-${slugify(text.split(' ').slice(-3).join(' '))}-${index.toString(36)}`,
      kind,
      speaker,
      text: kind === 'DIRECT_QUOTE' ? capitalise(text) : text,
      event,
      withRole: speaker?.type === 'person' && random.chance(0.5),
    };
  }

  commitment(index: number): CommitmentInfo {
    const random = this.random('commitment', index);
    const kind = random.pick(['FUNDING', 'FUNDING', 'PLEDGE', 'PLEDGE', 'OFFER', 'PLAN', 'PROPOSAL', 'AGREEMENT'] as const);
    const actors = new Map<string, ActorRef>();
    for (let n = random.chance(0.8) ? 1 : 2; n > 0; n--) {
      const roll = random.next();
      const actor: ActorRef =
        roll < 0.7
          ? { type: 'organisation', index: this.state(random) }
          : roll < 0.85
            ? { type: 'organisation', index: this.anyOrganisation(random) }
            : { type: 'person', index: this.anyPerson(random) };
      actors.set(`${actor.type}${actor.index}`, actor);
    }
    const beneficiaries = new Set<number>();
    for (let n = random.int(3); n > 0; n--) beneficiaries.add(this.anyOrganisation(random, 0.6));
    const withAmounts = kind === 'FUNDING' || kind === 'PLEDGE' ? random.chance(0.9) : kind === 'OFFER' && random.chance(0.4);
    const amounts = withAmounts ? amountsOf(random) : [];
    const due = random.chance(0.3) ? random.between(2006, 2030) : undefined;
    const home = this.spreads.commitments.homeOf(index);
    const [firstEvent, endEvent] = this.spreads.events.rangeOf(home);
    const [firstStatement, endStatement] = this.spreads.statements.rangeOf(home);
    const first = [...actors.values()][0]!;
    return {
      index,
      id: `commitment:${this.actorId(first).split(':')[1]}-${kind.toLowerCase()}-${index.toString(36)}`,
      kind,
      actors: [...actors.values()],
      beneficiaries: [...beneficiaries].filter((b) => !actors.has(`organisation${b}`)),
      amounts,
      purpose: random.pick(PURPOSES),
      due: due === undefined ? undefined : { text: String(due), year: due },
      event: endEvent > firstEvent && random.chance(0.4) ? firstEvent + random.int(endEvent - firstEvent) : undefined,
      statement: endStatement > firstStatement && random.chance(0.3) ? firstStatement + random.int(endStatement - firstStatement) : undefined,
    };
  }

  /** "Head of the OSCE Programme Office in Astana": a person's role as the text gives it. */
  roleOf(person: PersonInfo, affiliation: number): string {
    const { organisation, role } = person.affiliations[affiliation]!;
    const { article, name } = this.organisation(organisation);
    return `${role} of ${article}${name}`;
  }

  actorId(actor: ActorRef): string {
    return actor.type === 'person' ? this.person(actor.index).id : this.organisation(actor.index).id;
  }
}

/** A bounded memo: descriptions are pure functions of the index, so forgetting them is safe. */
class RecentlyUsed<V> {
  private readonly entries = new Map<number, V>();

  get(index: number, describe: () => V): V {
    let value = this.entries.get(index);
    if (value === undefined) {
      if (this.entries.size >= 50_000) this.entries.clear();
      this.entries.set(index, (value = describe()));
    }
    return value;
  }
}

/** Dates at every precision the corpus knows, some with an inferred year, some with none. */
function eventDates(random: Random): { start: DateInfo; end?: DateInfo } {
  const year = random.between(2005, 2024);
  const month = random.between(1, 12);
  const day = random.between(1, 28);
  const roll = random.next();
  if (roll < 0.55) {
    const start = { text: `${day} ${MONTHS[month - 1]} ${year}`, year, month, day };
    if (!random.chance(0.25)) return { start };
    const endDay = Math.min(28, day + random.between(1, 3));
    return { start, end: { text: `${endDay} ${MONTHS[month - 1]} ${year}`, year, month, day: endDay } };
  }
  if (roll < 0.7) return { start: { text: `${MONTHS[month - 1]} ${year}`, year, month } };
  if (roll < 0.8) return { start: { text: String(year), year } };
  if (roll < 0.9) return { start: { text: `${day} ${MONTHS[month - 1]}`, month, day } };
  return {
    start: {
      text: `${MONTHS[month - 1]} ${day}`,
      year,
      month,
      day,
      inferred: `The article gives no year; it reports the event as news of ${year}, the year it was published.`,
    },
  };
}

const KZT_PER_USD = 475; // as the articles convert

/** One or two amounts: dollars, dollars with their tenge equivalent, or euros with dollars. */
function amountsOf(random: Random): AmountInfo[] {
  const roll = random.next();
  const usd = random.chance(0.5) ? random.between(10, 990) * 1000 : random.between(10, 500) * 100_000;
  if (roll < 0.4) return [usdAmount(usd)];
  if (roll < 0.75) {
    const tenths = Math.max(1, Math.round((usd * KZT_PER_USD) / 100_000));
    return [usdAmount(usd), { value: tenths * 100_000, currency: 'KZT', text: `${formatTenths(tenths)} million KZT` }];
  }
  const euroTenths = random.between(5, 300);
  const eur: AmountInfo = { value: euroTenths * 100_000, currency: 'EUR', text: `€${formatTenths(euroTenths)} million` };
  return random.chance(0.5) ? [eur] : [eur, usdAmount(Math.round(euroTenths * 1.1) * 100_000)];
}

function usdAmount(value: number): AmountInfo {
  const text = value >= 1_000_000 && value % 100_000 === 0 ? `$${formatTenths(value / 100_000)} million` : `$${groupThousands(value)}`;
  return { value, currency: 'USD', text };
}

/** 12 → "1.2", 30 → "3": tenths without a locale, so every machine writes the same bytes. */
function formatTenths(tenths: number): string {
  const whole = groupThousands(Math.floor(tenths / 10));
  return tenths % 10 === 0 ? whole : `${whole}.${tenths % 10}`;
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
