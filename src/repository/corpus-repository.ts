import type {
  Affiliation,
  Commitment,
  Corpus,
  EntityType,
  Event,
  Named,
  Organisation,
  Person,
  Place,
  Source,
  Statement,
} from '../domain';
import { dayRangeOf, entityTypeOf } from '../domain';
import { buildIndexes, CorpusIndexes } from './corpus-indexes';
import type { CommitmentFilter, DayRange, EventFilter, OrganisationFilter, PersonFilter, StatementFilter } from './filters';
import { foldText } from './fold-text';
import type { MultiMap } from './multimap';
import { dateKey, nameKey, positionKey, seedFileKey, sortedBy } from './ordering';
import { CorpusSearch, SearchHit } from './search-index';

export type AnyEntity = Source | Place | Person | Organisation | Event | Statement | Commitment;

/**
 * The corpus, indexed for reading. Plain TypeScript: no GraphQL here. Batch methods take many
 * keys and answer in key order (for DataLoaders); every lookup by key is O(1) or O(result).
 */
export class CorpusRepository {
  readonly sources: readonly Source[];
  readonly places: readonly Place[];
  readonly people: readonly Person[];
  readonly organisations: readonly Organisation[];
  readonly affiliations: readonly Affiliation[];
  readonly events: readonly Event[];
  readonly statements: readonly Statement[];
  readonly commitments: readonly Commitment[];

  private readonly byId = new Map<string, AnyEntity>();
  private readonly rank = new Map<string, number>();
  private readonly index: CorpusIndexes;
  private readonly foldedNames = new Map<string, readonly string[]>();
  private readonly foldedTexts = new Map<string, string>();
  private readonly eventDays = new Map<string, readonly [string, string]>();
  private readonly searchIndex: CorpusSearch;

  constructor(corpus: Corpus) {
    this.sources = sortedBy(corpus.sources, seedFileKey);
    const sourceRank = new Map(this.sources.map((source, rank) => [source.id, rank]));
    this.places = sortedBy(corpus.places, nameKey);
    this.people = sortedBy(corpus.people, nameKey);
    this.organisations = sortedBy(corpus.organisations, nameKey);
    this.affiliations = corpus.affiliations;
    this.events = sortedBy(corpus.events, dateKey);
    this.statements = sortedBy(corpus.statements, positionKey(sourceRank));
    this.commitments = sortedBy(corpus.commitments, positionKey(sourceRank));

    for (const list of [this.sources, this.places, this.people, this.organisations, this.events, this.statements, this.commitments]) {
      list.forEach((entity, rank) => {
        this.byId.set(entity.id, entity);
        this.rank.set(entity.id, rank);
      });
    }
    for (const named of [...this.places, ...this.people, ...this.organisations]) {
      this.foldedNames.set(named.id, [named.name, ...named.aliases].map(foldText));
    }
    for (const event of this.events) {
      this.foldedNames.set(event.id, [foldText(event.name)]);
      const start = event.startDate && dayRangeOf(event.startDate);
      const end = (event.endDate && dayRangeOf(event.endDate)) ?? start;
      if (start && end) this.eventDays.set(event.id, [start[0], end[1]]);
    }
    for (const statement of this.statements) this.foldedTexts.set(statement.id, foldText(statement.text));

    this.index = buildIndexes({
      sources: this.sources,
      places: this.places,
      people: this.people,
      organisations: this.organisations,
      affiliations: this.affiliations,
      events: this.events,
      statements: this.statements,
      commitments: this.commitments,
    });
    this.searchIndex = new CorpusSearch(this);
  }

  // ---- Lookups by id -------------------------------------------------------------------

  /** The entities with these ids, of any type, in key order; undefined where there is none. */
  entitiesByIds(ids: readonly string[]): (AnyEntity | undefined)[] {
    return ids.map((id) => this.byId.get(id));
  }

  sourcesByIds = (ids: readonly string[]) => this.byIdsOfType<Source>('source', ids);
  placesByIds = (ids: readonly string[]) => this.byIdsOfType<Place>('place', ids);
  peopleByIds = (ids: readonly string[]) => this.byIdsOfType<Person>('person', ids);
  organisationsByIds = (ids: readonly string[]) => this.byIdsOfType<Organisation>('organisation', ids);
  eventsByIds = (ids: readonly string[]) => this.byIdsOfType<Event>('event', ids);
  statementsByIds = (ids: readonly string[]) => this.byIdsOfType<Statement>('statement', ids);
  commitmentsByIds = (ids: readonly string[]) => this.byIdsOfType<Commitment>('commitment', ids);
  /** People or organisations. */
  actorsByIds = (ids: readonly string[]) =>
    ids.map((id) => {
      const type = entityTypeOf(id);
      return type === 'person' || type === 'organisation' ? (this.byId.get(id) as Person | Organisation | undefined) : undefined;
    });

  private byIdsOfType<T extends AnyEntity>(type: EntityType, ids: readonly string[]): (T | undefined)[] {
    return ids.map((id) => (entityTypeOf(id) === type ? (this.byId.get(id) as T | undefined) : undefined));
  }

  // ---- Relations, in batches -------------------------------------------------------------

  affiliationsByPerson = (personIds: readonly string[]) => this.batch(this.index.affiliationsByPerson, personIds);
  /** An organisation's members. */
  affiliationsByOrganisation = (organisationIds: readonly string[]) => this.batch(this.index.affiliationsByOrganisation, organisationIds);
  subOrganisationsByParent = (organisationIds: readonly string[]) => this.batch(this.index.subOrganisationsByParent, organisationIds);
  placesByCountry = (organisationIds: readonly string[]) => this.batch(this.index.placesByCountry, organisationIds);
  /** Events an actor organised, took part in or spoke at. */
  eventsByActor = (actorIds: readonly string[]) => this.batch(this.index.eventsByActor, actorIds);
  eventsByOrganiser = (organisationIds: readonly string[]) => this.batch(this.index.eventsByOrganiser, organisationIds);
  eventsByPlace = (placeIds: readonly string[]) => this.batch(this.index.eventsByPlace, placeIds);
  statementsBySpeaker = (actorIds: readonly string[]) => this.batch(this.index.statementsBySpeaker, actorIds);
  statementsByEvent = (eventIds: readonly string[]) => this.batch(this.index.statementsByEvent, eventIds);
  statementsBySource = (sourceIds: readonly string[]) => this.batch(this.index.statementsBySource, sourceIds);
  commitmentsByActor = (actorIds: readonly string[]) => this.batch(this.index.commitmentsByActor, actorIds);
  commitmentsByBeneficiary = (actorIds: readonly string[]) => this.batch(this.index.commitmentsByBeneficiary, actorIds);
  commitmentsByEvent = (eventIds: readonly string[]) => this.batch(this.index.commitmentsByEvent, eventIds);
  commitmentsByStatement = (statementIds: readonly string[]) => this.batch(this.index.commitmentsByStatement, statementIds);
  commitmentsBySource = (sourceIds: readonly string[]) => this.batch(this.index.commitmentsBySource, sourceIds);
  /** The sources that mention an entity (person, organisation, place or event) or state a fact about it. */
  sourcesByEntity = (entityIds: readonly string[]) => this.batch(this.index.sourcesByEntity, entityIds);
  peopleBySource = (sourceIds: readonly string[]) => this.batch(this.index.peopleBySource, sourceIds);
  organisationsBySource = (sourceIds: readonly string[]) => this.batch(this.index.organisationsBySource, sourceIds);
  placesBySource = (sourceIds: readonly string[]) => this.batch(this.index.placesBySource, sourceIds);
  eventsBySource = (sourceIds: readonly string[]) => this.batch(this.index.eventsBySource, sourceIds);

  private batch<T>(multimap: MultiMap<T>, keys: readonly string[]): (readonly T[])[] {
    return keys.map((key) => multimap.get(key));
  }

  // ---- Filtered lists --------------------------------------------------------------------

  findPeople(filter: PersonFilter = {}): readonly Person[] {
    const candidates = filter.organisationId ? this.peopleInOrganisationTree(filter.organisationId) : this.people;
    return this.whereName(candidates, filter.name);
  }

  findOrganisations(filter: OrganisationFilter = {}): readonly Organisation[] {
    const ofKind = filter.kind ? this.organisations.filter((o) => o.kind === filter.kind) : this.organisations;
    return this.whereName(ofKind, filter.name);
  }

  findEvents(filter: EventFilter = {}): readonly Event[] {
    let events: readonly Event[] = this.events;
    if (filter.organiserId) events = this.index.eventsByOrganiser.get(filter.organiserId);
    if (filter.participantId) {
      const withParticipant = new Set(this.index.eventsByParticipant.get(filter.participantId));
      events = filter.organiserId ? events.filter((e) => withParticipant.has(e)) : [...withParticipant];
    }
    events = this.whereName(events, filter.name);
    if (filter.location) {
      const wanted = foldText(filter.location);
      events = events.filter(
        (e) => (e.location !== undefined && foldText(e.location).includes(wanted)) || this.nameMatches(e.placeId, wanted),
      );
    }
    if (filter.dates) events = events.filter((e) => this.eventOverlaps(e.id, filter.dates!));
    return events;
  }

  findStatements(filter: StatementFilter = {}): readonly Statement[] {
    const narrowest = filter.speakerId
      ? this.index.statementsBySpeaker.get(filter.speakerId)
      : filter.eventId
        ? this.index.statementsByEvent.get(filter.eventId)
        : filter.sourceId
          ? this.index.statementsBySource.get(filter.sourceId)
          : this.statements;
    const text = filter.text === undefined ? undefined : foldText(filter.text);
    return narrowest.filter(
      (s) =>
        (!filter.speakerId || s.speakerId === filter.speakerId) &&
        (!filter.eventId || s.eventId === filter.eventId) &&
        (!filter.sourceId || s.sourceId === filter.sourceId) &&
        (text === undefined || this.foldedTexts.get(s.id)!.includes(text)),
    );
  }

  findCommitments(filter: CommitmentFilter = {}): readonly Commitment[] {
    const narrowest = filter.actorId
      ? this.index.commitmentsByActor.get(filter.actorId)
      : filter.beneficiaryId
        ? this.index.commitmentsByBeneficiary.get(filter.beneficiaryId)
        : filter.eventId
          ? this.index.commitmentsByEvent.get(filter.eventId)
          : this.commitments;
    return narrowest.filter(
      (c) =>
        (!filter.actorId || c.actorIds.includes(filter.actorId)) &&
        (!filter.beneficiaryId || c.beneficiaryIds.includes(filter.beneficiaryId)) &&
        (!filter.eventId || c.eventId === filter.eventId) &&
        (!filter.kind || c.kind === filter.kind),
    );
  }

  /** Ranked full-text search over names, aliases, statements, commitments, events and sources. */
  search(text: string, limit: number): SearchHit[] {
    return this.searchIndex.search(text, limit);
  }

  // ---- Helpers ---------------------------------------------------------------------------

  private whereName<T extends Named | Event>(items: readonly T[], name: string | undefined): readonly T[] {
    if (name === undefined) return items;
    const wanted = foldText(name);
    return items.filter((item) => this.nameMatches(item.id, wanted));
  }

  private nameMatches(id: string | undefined, foldedQuery: string): boolean {
    return id !== undefined && (this.foldedNames.get(id)?.some((name) => name.includes(foldedQuery)) ?? false);
  }

  private eventOverlaps(eventId: string, range: DayRange): boolean {
    const days = this.eventDays.get(eventId);
    if (!days) return false; // no known year: never in a date range
    return (range.from === undefined || days[1] >= range.from) && (range.to === undefined || days[0] <= range.to);
  }

  /** People affiliated with an organisation or any organisation under it, in name order. */
  private peopleInOrganisationTree(organisationId: string): Person[] {
    const people = new Set<Person>();
    const visit = (id: string) => {
      for (const affiliation of this.index.affiliationsByOrganisation.get(id)) {
        people.add(this.byId.get(affiliation.personId) as Person);
      }
      this.index.subOrganisationsByParent.get(id).forEach((child) => visit(child.id));
    };
    visit(organisationId);
    return [...people].sort((a, b) => this.rank.get(a.id)! - this.rank.get(b.id)!);
  }
}
