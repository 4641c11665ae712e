import { createHash } from 'node:crypto';
import type { AnyEntity, CollectionOf, Commitment, Corpus, EntityOf, EntityType, Event, Named, Organisation, Person, Place, Statement } from '../domain';
import { ENTITY_TYPE_LIST, ENTITY_TYPES, entityTypeByPrefix, isActorType } from '../domain';
import { ActorNetwork, type ActorNetworkAnswer, type ActorMeasure, type NetworkTie, type TieFilter } from './actor-network';
import { CorpusIndexes } from './corpus-indexes';
import { EventDates } from './event-dates';
import { type CorpusFanOuts, measureFanOuts } from './fan-outs';
import type { CommitmentFilter, EventFilter, OrganisationFilter, PersonFilter, PlaceFilter, StatementFilter } from './filters';
import { countFacets, type FacetedList, type FacetLabels, type Facets, type ItemOfFacetedList, topOfFacets } from './facets';
import { foldForMatching, foldText } from './fold-text';
import { type MoneyTotal, moneyTotals } from './money-totals';
import { bestMatchRank, MatchForms, matchFormsOf, MatchRank, matchRank, rankedMatches } from './name-match';
import { dateKey, nameKey, seedFileKey, sortedBy, sortedByPosition } from './ordering';
import { type RelatedItem, type Relation, RELATION_NAMES } from './relations';
import { reviewedCorpusOf } from './reviewed-corpus';
import { CorpusSearch, SearchHit } from './search-index';
import { type Timeline, type TimelineFilter, TimelineIndex, type TimelineItem, type TimeUnit } from './timeline';

export type { AnyEntity } from '../domain';

/** The name of the lookup by id of an entity type: `peopleByIds` for 'person'. */
export type LookupByIdName<T extends EntityType = EntityType> = `${CollectionOf<T>}ByIds`;
export const lookupByIdName = <T extends EntityType>(type: T): LookupByIdName<T> => `${ENTITY_TYPES[type].collection}ByIds`;

/** The relations that list items of type T. */
type RelationListing<T> = { [R in Relation]: RelatedItem<R> extends T ? R : never }[Relation];

/** A lookup by id per entity type, e.g. `peopleByIds(ids)`: in key order, undefined where there is no entity of that type. */
export type LookupsById = { readonly [T in EntityType as LookupByIdName<T>]: (ids: readonly string[]) => (EntityOf<T> | undefined)[] };

/**
 * A batch method per relation (RELATIONS), named after it, e.g. `affiliationsByPerson(personIds)`:
 * what the relation lists under each key, in key order; an empty list for an unknown key.
 */
export type RelationBatches = { readonly [R in Relation]: (keys: readonly string[]) => (readonly RelatedItem<R>[])[] };

/**
 * Counts the entities the repository examines to answer a call: a lookup by key should
 * examine O(result) entities, never O(corpus). Tests pass one in to check exactly that.
 */
export interface WorkMeter {
  examined(entities: number): void;
}

export interface RepositoryOptions {
  readonly meter?: WorkMeter;
}

/**
 * The corpus, indexed for reading. Plain TypeScript: no GraphQL here. Batch methods take many
 * keys and answer in key order (for DataLoaders); every lookup by key is O(1) or O(result).
 * The lookups by id and the relations' batch methods are made in the constructor, one per
 * entity type (ENTITY_TYPES) and per relation (RELATIONS).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- declares the methods the constructor makes
export interface CorpusRepository extends Corpus, LookupsById, RelationBatches {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class CorpusRepository {
  /** The collections, in the repository's orders (each is also a property: `repository.people`). */
  readonly corpus: Corpus;
  private readonly byId = new Map<string, AnyEntity>();
  private readonly index: CorpusIndexes;
  /** Names and aliases, folded and as romanisation keys, of places, people, organisations and events, as name filters need them. */
  private readonly namesForMatching = new Map<string, readonly MatchForms[]>();
  /** Events' locations as the sources give them, likewise. */
  private readonly locationsForMatching = new Map<string, MatchForms>();
  private readonly foldedTexts = new Map<string, string>();
  private readonly eventDates: EventDates;
  private readonly searchIndex: CorpusSearch;
  /** Every dated item's date keys, for timelines. */
  private readonly timelineIndex: TimelineIndex;
  /** The facets of the whole lists, in full, and their money, counted at load. */
  private readonly wholeFacets: { readonly [L in FacetedList]: Facets<L> };
  private readonly wholeTotals: readonly MoneyTotal[];
  private readonly meter: WorkMeter | undefined;
  private measuredFanOuts: CorpusFanOuts | undefined;
  private hashedContent: string | undefined;
  /** When this repository was built. */
  readonly builtAt = new Date();
  private builtActorNetwork: ActorNetwork | undefined;
  /** The articles whose annotation is still a machine draft. */
  readonly drafts: number;
  private reviewedView: { readonly repository: CorpusRepository; readonly objects: WeakSet<object> } | undefined;

  constructor(corpus: Corpus, options: RepositoryOptions = {}) {
    this.meter = options.meter;
    for (const type of ENTITY_TYPE_LIST) Object.assign(this, { [lookupByIdName(type)]: (ids: readonly string[]) => this.byIdsOfType(type, ids) });
    for (const relation of RELATION_NAMES) Object.assign(this, { [relation]: (keys: readonly string[]) => this.batch(relation, keys) });
    const sources = sortedBy(corpus.sources, seedFileKey);
    const sourceRank = new Map(sources.map((source, rank) => [source.id, rank]));
    this.corpus = {
      sources,
      places: sortedBy(corpus.places, nameKey),
      people: sortedBy(corpus.people, nameKey),
      organisations: sortedBy(corpus.organisations, nameKey),
      affiliations: corpus.affiliations,
      events: sortedBy(corpus.events, dateKey),
      statements: sortedByPosition(corpus.statements, sourceRank),
      commitments: sortedByPosition(corpus.commitments, sourceRank),
    };
    Object.assign(this, this.corpus);

    for (const type of ENTITY_TYPE_LIST) {
      for (const entity of this[ENTITY_TYPES[type].collection]) this.byId.set(entity.id, entity);
    }
    this.eventDates = new EventDates(this.events);
    this.timelineIndex = new TimelineIndex({
      events: this.events,
      statements: this.statements,
      commitments: this.commitments,
      eventById: (id) => this.eventsByIds([id])[0],
      statementById: (id) => this.statementsByIds([id])[0],
    });
    this.wholeFacets = {
      events: countFacets('events', this.events, this.facetLabels),
      statements: countFacets('statements', this.statements, this.facetLabels),
      commitments: countFacets('commitments', this.commitments, this.facetLabels),
    };
    this.wholeTotals = moneyTotals(this.commitments);

    this.index = new CorpusIndexes(this.corpus);
    this.searchIndex = new CorpusSearch(this);
    this.drafts = sources.filter((source) => source.review === 'DRAFT').length;
  }

  // ---- Views: the whole corpus, and the reviewed one ------------------------------------------

  /**
   * The repository of the reviewed corpus (reviewed-corpus.ts): what lists answer unless they
   * ask for drafts. This repository itself when no article is a draft; built on first need.
   */
  get reviewed(): CorpusRepository {
    if (this.drafts === 0) return this;
    return this.reviewedViewOf().repository;
  }

  /**
   * Which view an object the repositories answered belongs to: the reviewed repository for its
   * objects, this one for the rest. A draft's entity or fact, or an entity as drafts name it
   * too, answers its relations with the drafts' facts; a reviewed one without them.
   */
  viewOf(object: object): CorpusRepository {
    if (this.drafts === 0) return this;
    const view = this.reviewedViewOf();
    return view.objects.has(object) ? view.repository : this;
  }

  private reviewedViewOf(): { readonly repository: CorpusRepository; readonly objects: WeakSet<object> } {
    if (!this.reviewedView) {
      const { corpus, objects } = reviewedCorpusOf(this.corpus)!;
      this.reviewedView = { repository: new CorpusRepository(corpus, { meter: this.meter }), objects };
    }
    return this.reviewedView;
  }

  /**
   * A hash of this corpus's articles (ids and texts) and of how many items each collection
   * holds: the version of a corpus given in code, which has no files to hash (a served
   * corpus's version hashes its files: corpusVersion). Computed on first need.
   */
  get contentVersion(): string {
    if (this.hashedContent === undefined) {
      const hash = createHash('sha256');
      for (const source of this.sources) hash.update(`${source.id}\u0000${source.text}\u0000`);
      hash.update(JSON.stringify(Object.fromEntries(Object.entries(this.corpus).map(([name, items]) => [name, items.length]))));
      this.hashedContent = hash.digest('hex');
    }
    return this.hashedContent;
  }

  /** The most items any one list of this corpus holds (see fan-outs.ts), measured on first need. */
  get fanOuts(): CorpusFanOuts {
    const facetValues = (list: FacetedList) =>
      Object.fromEntries(Object.entries(this.wholeFacets[list]).map(([name, counts]) => [name, (counts as readonly unknown[]).length]));
    const analysis = {
      timeline: this.timelineIndex.fanOuts,
      facetValues: { events: facetValues('events'), statements: facetValues('statements'), commitments: facetValues('commitments') },
      currencies: this.wholeTotals.length,
    } as CorpusFanOuts['analysis'];
    return (this.measuredFanOuts ??= measureFanOuts(
      this.corpus,
      (relation) => this.index.longest(relation),
      analysis,
      () => ({ actors: this.people.length + this.organisations.length, ...this.actorNetwork.fanOuts }),
    ));
  }

  /** Who is tied to whom (see actor-network.ts): indexed on first need or when warmed. */
  private get actorNetwork(): ActorNetwork {
    return (this.builtActorNetwork ??= new ActorNetwork(this.corpus, (id) => isActorType(entityTypeByPrefix(id)) && this.byId.has(id)));
  }

  // ---- Lookups by id -------------------------------------------------------------------

  /** The entities with these ids, of any type, in key order; undefined where there is none. */
  entitiesByIds(ids: readonly string[]): (AnyEntity | undefined)[] {
    this.meter?.examined(ids.length);
    return ids.map((id) => this.byId.get(id));
  }

  /** People or organisations. */
  actorsByIds = (ids: readonly string[]) =>
    this.scanned(ids).map((id) => {
      const type = entityTypeByPrefix(id);
      return isActorType(type) ? (this.byId.get(id) as Person | Organisation | undefined) : undefined;
    });

  private byIdsOfType<T extends EntityType>(type: T, ids: readonly string[]): (EntityOf<T> | undefined)[] {
    return this.scanned(ids).map((id) => (entityTypeByPrefix(id) === type ? (this.byId.get(id) as EntityOf<T> | undefined) : undefined));
  }

  // ---- Relations, in batches -------------------------------------------------------------

  private batch<R extends Relation>(relation: R, keys: readonly string[]): (readonly RelatedItem<R>[])[] {
    const lists = keys.map((key) => this.index.get(relation, key));
    if (this.meter) this.meter.examined(lists.reduce((sum, list) => sum + list.length, 0));
    return lists;
  }

  // ---- Filtered lists --------------------------------------------------------------------

  findPeople(filter: PersonFilter = {}): readonly Person[] {
    const candidates = filter.organisationId ? this.index.get('peopleUnderOrganisation', filter.organisationId) : this.people;
    return this.byNameRanked(candidates, filter.name);
  }

  findOrganisations(filter: OrganisationFilter = {}): readonly Organisation[] {
    const ofKind = filter.kind ? this.scanned(this.organisations).filter((o) => o.kind === filter.kind) : this.organisations;
    return this.byNameRanked(ofKind, filter.name);
  }

  findPlaces(filter: PlaceFilter = {}): readonly Place[] {
    return this.byNameRanked(this.places, filter.name);
  }

  findEvents(filter: EventFilter = {}): readonly Event[] {
    let events: readonly Event[] = this.events;
    let datesApplied = false;
    if (filter.organiserId) events = this.index.get('eventsByOrganiser', filter.organiserId);
    if (filter.participantId) {
      // Each event is filed once under a participant: the index entry is the list, as for an organiser.
      const withParticipant = this.index.get('eventsByParticipant', filter.participantId);
      if (filter.organiserId) {
        const participated = new Set(this.scanned(withParticipant));
        events = this.scanned(events).filter((e) => participated.has(e));
      } else {
        events = withParticipant;
      }
    } else if (!filter.organiserId && filter.dates) {
      // No index entry narrows the events: the date index does, looking at what it answers.
      const { events: overlapping, rejected } = this.eventDates.overlapping(filter.dates);
      this.meter?.examined(overlapping.length + rejected);
      events = overlapping;
      datesApplied = true;
    }
    if (filter.name !== undefined) {
      // Events keep their date order: a name filter narrows them, it does not rank them.
      const wanted = matchFormsOf(filter.name);
      events = this.scanned(events).filter((e) => this.nameRank(e.id, wanted) !== undefined);
    }
    if (filter.location) {
      const wanted = matchFormsOf(filter.location);
      events = this.scanned(events).filter(
        (e) =>
          (e.location !== undefined && matchRank(this.locationForMatching(e.id, e.location), wanted) !== undefined) ||
          this.nameRank(e.placeId, wanted) !== undefined,
      );
    }
    if (filter.dates && !datesApplied) events = this.scanned(events).filter((e) => this.eventDates.overlaps(e, filter.dates!));
    return events;
  }

  findStatements(filter: StatementFilter = {}): readonly Statement[] {
    // Unfiltered, the list is the collection itself: what facets recognise as the whole list.
    if (!filter.speakerId && !filter.eventId && !filter.sourceId && filter.text === undefined) return this.scanned(this.statements);
    const narrowest = this.firstFiled(this.statements, [
      ['statementsBySpeaker', filter.speakerId],
      ['statementsByEvent', filter.eventId],
      ['statementsBySource', filter.sourceId],
    ]);
    const text = filter.text === undefined ? undefined : foldForMatching(filter.text);
    return this.scanned(narrowest).filter(
      (s) =>
        (!filter.speakerId || s.speakerId === filter.speakerId) &&
        (!filter.eventId || s.eventId === filter.eventId) &&
        (!filter.sourceId || s.sourceId === filter.sourceId) &&
        (text === undefined || this.foldedTextOf(s).includes(text)),
    );
  }

  findCommitments(filter: CommitmentFilter = {}): readonly Commitment[] {
    if (!filter.actorId && !filter.beneficiaryId && !filter.eventId && !filter.kind) return this.scanned(this.commitments);
    const narrowest = this.firstFiled(this.commitments, [
      ['commitmentsByActor', filter.actorId],
      ['commitmentsByBeneficiary', filter.beneficiaryId],
      ['commitmentsByEvent', filter.eventId],
    ]);
    return this.scanned(narrowest).filter(
      (c) =>
        (!filter.actorId || c.actorIds.includes(filter.actorId)) &&
        (!filter.beneficiaryId || c.beneficiaryIds.includes(filter.beneficiaryId)) &&
        (!filter.eventId || c.eventId === filter.eventId) &&
        (!filter.kind || c.kind === filter.kind),
    );
  }

  // ---- Analysis: timelines, facets and totals --------------------------------------------

  /**
   * What is dated when, bucketed by `unit` at each date's precision (see timeline.ts). Throws
   * TimelineTooLongError when it would have more than MAX_TIMELINE_PERIODS periods.
   */
  timeline(filter: TimelineFilter, unit: TimeUnit): Timeline {
    let actorItems: Set<TimelineItem> | undefined;
    if (filter.actorId !== undefined) {
      const id = filter.actorId;
      actorItems = new Set<TimelineItem>([
        ...this.scanned(this.index.get('eventsByActor', id)),
        ...this.scanned(this.index.get('statementsBySpeaker', id)),
        ...this.scanned(this.index.get('commitmentsByActor', id)),
        ...this.scanned(this.index.get('commitmentsByBeneficiary', id)),
      ]);
    }
    return this.timelineIndex.timeline({ unit, actorItems, kinds: filter.kinds, dates: filter.dates, includeInferred: filter.includeInferred ?? true });
  }

  /**
   * The first `top` values of each facet of `items` (a list of the collection `list`, filtered
   * or whole), most frequent first: counted at load for the whole list (the collection itself,
   * as an unfiltered find answers it), else over `items`.
   */
  facets<L extends FacetedList>(list: L, items: readonly ItemOfFacetedList<L>[], top: number): Facets<L> {
    if (items === this[list]) return topOfFacets(this.wholeFacets[list] as Facets<L>, top);
    return countFacets(list, this.scanned(items), this.facetLabels, top);
  }

  /** The money of `commitments`, one total per currency (see money-totals.ts): at load for the whole list. */
  moneyTotals(commitments: readonly Commitment[]): readonly MoneyTotal[] {
    return commitments === this.commitments ? this.wholeTotals : moneyTotals(this.scanned(commitments));
  }

  // ---- Networks and paths ----------------------------------------------------------------

  /**
   * The actors within `hops` ties of the seeds, nearest first and at most `maxActors` of them,
   * and the ties between them that the filter keeps. Seeds that are no actor are left out.
   */
  network(seedIds: readonly string[], hops: number, maxActors: number, filter?: TieFilter): ActorNetworkAnswer {
    const answer = this.actorNetwork.network(
      seedIds.filter((id) => this.byId.has(id)),
      hops,
      maxActors,
      filter,
    );
    this.meter?.examined(answer.actorIds.length + answer.ties.length);
    return answer;
  }

  /** The shortest chain of ties from one actor to another within `maxHops`, in order; null when there is none. */
  path(fromId: string, toId: string, maxHops: number, filter?: TieFilter): NetworkTie[] | null {
    const ties = this.actorNetwork.path(fromId, toId, maxHops, filter);
    this.meter?.examined(ties?.length ?? 0);
    return ties;
  }

  /** Degrees and Louvain communities of a network's actors. */
  networkMeasures(network: ActorNetworkAnswer): ActorMeasure[] {
    return this.actorNetwork.measures(network);
  }

  /** Ranked full-text search over names and aliases (of people, organisations and places), statements, commitments, events and sources. */
  search(text: string, limit: number): SearchHit[] {
    return this.searchIndex.search(text, limit);
  }

  /**
   * Builds the search index in slices, between other work (search builds it on first use
   * otherwise, all at once). A server calls it once it listens, so that the first search of a
   * large corpus does not wait for the whole index; it resolves when the index is complete.
   */
  warmSearchIndex(): Promise<void> {
    return this.searchIndex.indexInBackground();
  }

  /**
   * Indexes the actor network and counts its fan-outs in slices, between other work (the first
   * network or path request does it all at once otherwise). A server calls it once it listens,
   * after the search index; it resolves when both are ready.
   */
  warmActorNetwork(): Promise<void> {
    return this.actorNetwork.warm();
  }

  /**
   * Builds in slices what a first search, network or path request would otherwise build at
   * once: the search index, then the actor network, of this corpus and of its reviewed view.
   * A server calls it once it serves a version.
   */
  async warm(): Promise<void> {
    await this.warmSearchIndex();
    await this.reviewed.warmSearchIndex();
    await this.warmActorNetwork();
    await this.reviewed.warmActorNetwork();
  }

  // ---- Helpers ---------------------------------------------------------------------------

  /** The items whose name or an alias matches `name`: whole names first, then beginnings, then parts, each in list order. */
  private byNameRanked<T extends Named>(items: readonly T[], name: string | undefined): readonly T[] {
    if (name === undefined) return items;
    const wanted = matchFormsOf(name);
    return rankedMatches(this.scanned(items), (item) => this.nameRank(item.id, wanted));
  }

  /** What the first relation given a key lists under it: the narrowest list a filter can start from; `all` when no key is given. */
  private firstFiled<T>(all: readonly T[], relations: readonly (readonly [RelationListing<T>, string | undefined])[]): readonly T[] {
    for (const [relation, key] of relations) if (key) return this.index.get(relation, key) as readonly T[];
    return all;
  }

  /** Facets' labels: a node's name (a source's title), and the folded key labels sort by, folded once each. */
  private readonly facetLabels: FacetLabels = {
    labelOf: (id) => {
      const entity = this.byId.get(id);
      if (!entity) return undefined;
      if ('name' in entity) return entity.name;
      return 'title' in entity ? entity.title : undefined;
    },
    sortKeyOf: (label) => {
      let key = this.labelSortKeys.get(label);
      if (key === undefined) this.labelSortKeys.set(label, (key = foldText(label)));
      return key;
    },
  };
  private readonly labelSortKeys = new Map<string, string>();

  /** `list`, counted as examined: every scan goes through here, so that a meter sees it. */
  private scanned<T>(list: readonly T[]): readonly T[] {
    this.meter?.examined(list.length);
    return list;
  }

  /** A statement's text, folded: on first need, as most statements are never filtered by text. */
  private foldedTextOf(statement: Statement): string {
    let folded = this.foldedTexts.get(statement.id);
    if (folded === undefined) this.foldedTexts.set(statement.id, (folded = foldForMatching(statement.text)));
    return folded;
  }

  /** How well the names of the entity `id` match the query; undefined when none does, or there is no such named entity. */
  private nameRank(id: string | undefined, query: MatchForms): MatchRank | undefined {
    const names = id === undefined ? undefined : this.namesForMatchingOf(id);
    return names && bestMatchRank(names, query);
  }

  /**
   * The names of the place, person, organisation or event `id` names, as filters match them: on
   * first need, as with statement texts, so that a start-up does not fold a million names no
   * filter asks for.
   */
  private namesForMatchingOf(id: string): readonly MatchForms[] | undefined {
    let names = this.namesForMatching.get(id);
    if (names === undefined) {
      const entity = this.byId.get(id);
      if (!entity || !('name' in entity)) return undefined;
      names = ('aliases' in entity ? [entity.name, ...entity.aliases] : [entity.name]).map(matchFormsOf);
      this.namesForMatching.set(id, names);
    }
    return names;
  }

  private locationForMatching(eventId: string, location: string): MatchForms {
    let forms = this.locationsForMatching.get(eventId);
    if (forms === undefined) this.locationsForMatching.set(eventId, (forms = matchFormsOf(location)));
    return forms;
  }
}
