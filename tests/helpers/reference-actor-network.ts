/**
 * The actor network as it was before issue 14's scale fix: a graphology graph of every tied
 * pair, built at once. Kept as the reference the derived network must answer like
 * (tests/repository/actor-network-reference.test.ts); too slow for a large corpus.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { Corpus, Event, Evidence, Statement, TieKind } from '../../src/domain';
import { dayRangeOf, TIE_KINDS } from '../../src/domain';
import type { NetworkFanOuts } from '../../src/repository/fan-outs';
import type { DayRange } from '../../src/repository/filters';

/** One thing that supports a tie: an event both were part of, an affiliation, or a commitment. */
interface Support {
  readonly kind: TieKind;
  readonly eventId?: string;
  readonly commitmentId?: string;
  /** The affiliation's place in the corpus list: affiliations have no id. */
  readonly affiliation?: number;
  /** The days it can mean, when it is dated. */
  readonly days?: readonly [string, string];
  /** Its spans (an affiliation's, a commitment's). */
  readonly evidence?: readonly Evidence[];
  /** An event's: each actor's part, of which a meeting takes the two actors' (one object per event, shared by all its pairs). */
  readonly parts?: ReadonlyMap<string, readonly Evidence[]>;
}

/** The spans of one support of the tie between a and b. */
function spansOf(support: Support, a: string, b: string): readonly (readonly Evidence[])[] {
  return support.parts ? [support.parts.get(a)!, support.parts.get(b)!] : [support.evidence!];
}

/** What the graph holds on the one edge between two actors: every support of every kind. */
interface EdgeAttributes {
  readonly supports: Support[];
}

/** A tie as answered: everything of one kind between two actors that passes the filter. */
export interface NetworkTie {
  readonly kind: TieKind;
  readonly fromId: string;
  readonly toId: string;
  /** The distinct events, affiliations or commitments behind it. */
  readonly weight: number;
  readonly eventIds: readonly string[];
  readonly commitmentIds: readonly string[];
  /** At least one span; no span twice. */
  readonly evidence: readonly Evidence[];
}

/** Which ties count: of these kinds (all when absent), supported by something dated in this range (any when absent). */
export interface TieFilter {
  readonly kinds?: readonly TieKind[];
  readonly dates?: DayRange;
}

export interface ActorNetworkAnswer {
  /** The nearest actors first: the seeds, then those one tie away, and so on; by id within a distance. */
  readonly actorIds: readonly string[];
  /** How many ties from the nearest seed each of them is, in the same order. */
  readonly distances: readonly number[];
  readonly ties: readonly NetworkTie[];
  /** True when `maxActors` left out actors within `hops`. */
  readonly truncated: boolean;
}

/** Per actor of a network: its ties and their weights within it, and its Louvain community. */
export interface ActorMeasure {
  readonly actorId: string;
  readonly degree: number;
  readonly weightedDegree: number;
  readonly community: number;
}

/** How many filtered graphs (for paths) are kept: filters repeat, and each costs a pass over the ties. */
const FILTERED_GRAPHS_KEPT = 8;

/**
 * Who is tied to whom, built once from the immutable corpus on first use: one graphology
 * graph, an actor per node and one edge per pair of actors holding every support of every
 * kind (MET, AFFILIATED, COMMITTED). Networks are a breadth-first walk of it, bounded by
 * hops and size; paths are graphology's bidirectional shortest path, on a copy of the graph
 * with only the ties a filter keeps when there is a filter.
 */
export class ReferenceActorNetwork {
  private readonly graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
  private readonly filtered = new Map<string, UndirectedGraph<Record<string, never>, EdgeAttributes>>();

  /** `isActor`: whether an id names a person or organisation of the corpus (ties to anything else are dropped). */
  constructor(corpus: Corpus, isActor: (id: string) => boolean) {
    const statementsAt = new Map<string, Statement[]>();
    const statementsById = new Map<string, Statement>();
    for (const statement of corpus.statements) {
      statementsById.set(statement.id, statement);
      if (statement.eventId) {
        let list = statementsAt.get(statement.eventId);
        if (!list) statementsAt.set(statement.eventId, (list = []));
        list.push(statement);
      }
    }
    const eventsById = new Map<string, Event>();
    corpus.events.forEach((event) => {
      eventsById.set(event.id, event);
      this.addEvent(event, statementsAt.get(event.id) ?? [], isActor);
    });
    corpus.affiliations.forEach((affiliation, index) => {
      if (!isActor(affiliation.personId) || !isActor(affiliation.organisationId)) return;
      this.support(affiliation.personId, affiliation.organisationId, { kind: 'AFFILIATED', affiliation: index, evidence: affiliation.evidence });
    });
    corpus.commitments.forEach((commitment) => {
      // When made: its statement's date, else its event's days.
      const statementDate = commitment.statementId ? statementsById.get(commitment.statementId)?.date : undefined;
      const event = commitment.eventId ? eventsById.get(commitment.eventId) : undefined;
      const days = (statementDate && dayRangeOf(statementDate)) ?? (event && daysOf(event));
      const pairs = new Set<string>();
      const actors = commitment.actorIds.filter(isActor);
      for (const [i, a] of actors.entries()) {
        for (const b of [...actors.slice(i + 1), ...commitment.beneficiaryIds.filter(isActor)]) {
          const pair = a < b ? `${a}\n${b}` : `${b}\n${a}`;
          if (a === b || pairs.has(pair)) continue;
          pairs.add(pair);
          this.support(a, b, { kind: 'COMMITTED', commitmentId: commitment.id, days, evidence: commitment.evidence });
        }
      }
    });
  }

  /**
   * What bounds any network's or path's answer on this corpus (the cost model's fan-outs), in
   * one pass over the supports.
   */
  get fanOuts(): Omit<NetworkFanOuts, 'actors'> {
    let [maxDegree, tieEvents, tieCommitments, tieEvidence] = [0, 0, 0, 0];
    const kinds = Object.fromEntries(TIE_KINDS.map((kind) => [kind, { pairs: 0, maxDegree: 0 }])) as Record<TieKind, { pairs: number; maxDegree: number }>;
    const degrees = new Map<string, Record<TieKind, number>>();
    const count = { MET: 0, AFFILIATED: 0, COMMITTED: 0 } as Record<TieKind, number>;
    const spans = { MET: 0, AFFILIATED: 0, COMMITTED: 0 } as Record<TieKind, number>;
    this.graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, this.graph.degree(node))));
    this.graph.forEachEdge((_edge, { supports }, source, target) => {
      for (const kind of TIE_KINDS) count[kind] = spans[kind] = 0;
      for (const support of supports) {
        count[support.kind] += 1;
        for (const list of spansOf(support, source, target)) spans[support.kind] += list.length;
      }
      tieEvents = Math.max(tieEvents, count.MET);
      tieCommitments = Math.max(tieCommitments, count.COMMITTED);
      for (const kind of TIE_KINDS) {
        if (count[kind] === 0) continue;
        // Spans without repeats, counted only where the count with repeats would raise the most.
        if (spans[kind] > tieEvidence) tieEvidence = Math.max(tieEvidence, distinctSpans(supports, kind, source, target));
        kinds[kind].pairs += 1;
        for (const actor of [source, target]) {
          let degree = degrees.get(actor);
          if (!degree) degrees.set(actor, (degree = { MET: 0, AFFILIATED: 0, COMMITTED: 0 }));
          kinds[kind].maxDegree = Math.max(kinds[kind].maxDegree, (degree[kind] += 1));
        }
      }
    });
    return { pairs: this.graph.size, maxDegree, kinds, tieEvents, tieCommitments, tieEvidence };
  }

  /**
   * The actors within `hops` ties of the seeds (the seeds included, tied or not), nearest
   * first, at most `maxActors` of them; and every tie between two of them.
   */
  network(seedIds: readonly string[], hops: number, maxActors: number, filter: TieFilter = {}): ActorNetworkAnswer {
    const distance = new Map<string, number>();
    let frontier = [...new Set(seedIds)];
    frontier.forEach((id) => distance.set(id, 0));
    // Level by level; a level is finished before cutting, so that the nearest are kept.
    for (let hop = 1; hop <= hops && frontier.length > 0 && distance.size <= maxActors; hop++) {
      const next: string[] = [];
      for (const actor of frontier) {
        if (!this.graph.hasNode(actor)) continue;
        this.graph.forEachEdge(actor, (_edge, { supports }, source, target) => {
          const other = source === actor ? target : source;
          if (distance.has(other) || !supports.some((support) => passes(support, filter))) return;
          distance.set(other, hop);
          next.push(other);
        });
      }
      next.sort();
      frontier = next;
    }
    const ordered = [...distance.keys()];
    const actorIds = ordered.slice(0, maxActors);
    const rank = new Map(actorIds.map((id, i) => [id, i]));
    const ties: NetworkTie[] = [];
    for (const [i, actor] of actorIds.entries()) {
      if (!this.graph.hasNode(actor)) continue;
      // Each pair once, from the actor met first; a hub's edges are many, the kept actors few: look up the fewer.
      if (this.graph.degree(actor) > actorIds.length - i) {
        for (const other of actorIds.slice(i + 1)) {
          // (hasNode: the code this was threw here when an untied seed followed an actor of many ties.)
          const edge = this.graph.hasNode(other) ? this.graph.edge(actor, other) : undefined;
          if (edge !== undefined) ties.push(...this.tiesOf(actor, other, this.graph.getEdgeAttributes(edge).supports, filter));
        }
        continue;
      }
      this.graph.forEachEdge(actor, (_edge, { supports }, source, target) => {
        const other = source === actor ? target : source;
        const otherRank = rank.get(other);
        if (otherRank === undefined || otherRank < i) return;
        ties.push(...this.tiesOf(actor, other, supports, filter));
      });
    }
    return { actorIds, distances: actorIds.map((id) => distance.get(id)!), ties, truncated: ordered.length > maxActors };
  }

  /**
   * The shortest chain of ties from one actor to another, each oriented along the chain: of
   * the ties between two consecutive actors, the heaviest. Null when none is within
   * `maxHops`; empty from an actor to itself.
   */
  path(fromId: string, toId: string, maxHops: number, filter: TieFilter = {}): NetworkTie[] | null {
    if (fromId === toId) return [];
    const graph = this.graphFor(filter);
    if (!graph.hasNode(fromId) || !graph.hasNode(toId)) return null;
    const actors = bidirectional(graph, fromId, toId);
    if (!actors || actors.length - 1 > maxHops) return null;
    return actors.slice(1).map((actor, i) => {
      const previous = actors[i]!;
      const ties = this.tiesOf(previous, actor, graph.getEdgeAttributes(previous, actor).supports, filter).map((tie) =>
        tie.fromId === previous ? tie : { ...tie, evidence: tie.evidence, fromId: previous, toId: actor },
      );
      return ties.reduce((best, tie) => (tie.weight > best.weight ? tie : best));
    });
  }

  /** Degrees and Louvain communities of a network's actors, with a fixed seed so that the same network gets the same communities. */
  measures(network: ActorNetworkAnswer): ActorMeasure[] {
    const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
    network.actorIds.forEach((id) => graph.addNode(id));
    for (const tie of network.ties) graph.updateEdge(tie.fromId, tie.toId, (edge) => ({ weight: (edge.weight ?? 0) + tie.weight }));
    const communities = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(20_261_203) }) : {};
    // Numbered by first appearance, nearest actors first, so the numbers read in the network's order.
    const numbers = new Map<number, number>();
    const degree = new Map<string, number>();
    const weighted = new Map<string, number>();
    for (const tie of network.ties) {
      for (const id of [tie.fromId, tie.toId]) {
        degree.set(id, (degree.get(id) ?? 0) + 1);
        weighted.set(id, (weighted.get(id) ?? 0) + tie.weight);
      }
    }
    return network.actorIds.map((actorId) => {
      const found = communities[actorId] ?? -1 - numbers.size;
      if (!numbers.has(found)) numbers.set(found, numbers.size);
      return { actorId, degree: degree.get(actorId) ?? 0, weightedDegree: weighted.get(actorId) ?? 0, community: numbers.get(found)! };
    });
  }

  // ---- Building ----------------------------------------------------------------------------

  /** Every two actors who organised, took part in or spoke at the event met there; each brings their own part's spans. */
  private addEvent(event: Event, statements: readonly Statement[], isActor: (id: string) => boolean): void {
    const parts = new Map<string, Evidence[]>();
    const part = (id: string | undefined) => {
      if (!id || !isActor(id)) return undefined;
      let spans = parts.get(id);
      if (!spans) parts.set(id, (spans = []));
      return spans;
    };
    event.organiserIds.forEach(part);
    for (const participation of event.participations) part(participation.actorId)?.push(...participation.evidence);
    for (const statement of statements) part(statement.speakerId)?.push(...statement.evidence);
    // An organiser with no part of its own is named by the event's own spans.
    for (const spans of parts.values()) if (spans.length === 0) spans.push(...event.evidence);
    const actors = [...parts.keys()];
    const met: Support = { kind: 'MET', eventId: event.id, days: daysOf(event), parts };
    for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) this.support(actors[i]!, actors[j]!, met);
  }

  private support(a: string, b: string, support: Support): void {
    if (a === b) return;
    this.graph.mergeNode(a);
    this.graph.mergeNode(b);
    const edge = this.graph.edge(a, b);
    if (edge === undefined) this.graph.addEdge(a, b, { supports: [support] });
    else this.graph.getEdgeAttributes(edge).supports.push(support);
  }

  // ---- Answering ---------------------------------------------------------------------------

  /** The ties of each kind between two actors that the filter keeps, in TIE_KINDS order. */
  private tiesOf(a: string, b: string, supports: readonly Support[], filter: TieFilter): NetworkTie[] {
    const ties: NetworkTie[] = [];
    for (const kind of TIE_KINDS) {
      const kept = supports.filter((support) => support.kind === kind && passes(support, filter));
      if (kept.length === 0) continue;
      // AFFILIATED runs from the person to the organisation; the others from the actor first in id order.
      const [fromId, toId] = kind === 'AFFILIATED' ? (a.startsWith('person:') ? [a, b] : [b, a]) : a < b ? [a, b] : [b, a];
      // Supports are added in corpus order (events by date, commitments as told): so are these.
      const eventIds = distinct(kept.map((s) => s.eventId));
      const commitmentIds = distinct(kept.map((s) => s.commitmentId));
      const affiliations = distinct(kept.map((s) => s.affiliation));
      // The spans, without repeats, on first need: a tie of two hubs has thousands, and most queries ask for none.
      let evidence: Evidence[] | undefined;
      const evidenceOf = () => {
        if (evidence) return evidence;
        const spans = new Map<string, Evidence>();
        for (const support of kept)
          for (const list of spansOf(support, a, b)) for (const span of list) spans.set(`${span.sourceId} ${span.start} ${span.end}`, span);
        return (evidence = [...spans.values()]);
      };
      const weight = eventIds.length + commitmentIds.length + affiliations.length;
      ties.push({
        kind,
        fromId,
        toId,
        weight,
        eventIds,
        commitmentIds,
        get evidence() {
          return evidenceOf();
        },
      });
    }
    return ties;
  }

  /** The whole graph, or a copy holding only the edges the filter keeps (a few kept, most recent last). */
  private graphFor(filter: TieFilter): UndirectedGraph<Record<string, never>, EdgeAttributes> {
    if (!filter.kinds && !filter.dates) return this.graph;
    const key = JSON.stringify([filter.kinds ? [...filter.kinds].sort() : null, filter.dates?.from ?? null, filter.dates?.to ?? null]);
    let graph = this.filtered.get(key);
    if (!graph) {
      graph = new UndirectedGraph<Record<string, never>, EdgeAttributes>();
      this.graph.forEachEdge((_edge, attributes, source, target) => {
        if (!attributes.supports.some((support) => passes(support, filter))) return;
        graph!.mergeNode(source);
        graph!.mergeNode(target);
        graph!.addEdge(source, target, attributes);
      });
      if (this.filtered.size >= FILTERED_GRAPHS_KEPT) this.filtered.delete(this.filtered.keys().next().value!);
    }
    this.filtered.delete(key);
    this.filtered.set(key, graph);
    return graph;
  }
}

function passes(support: Support, { kinds, dates }: TieFilter): boolean {
  if (kinds && !kinds.includes(support.kind)) return false;
  if (!dates || (dates.from === undefined && dates.to === undefined)) return true;
  if (!support.days) return false;
  return (dates.from === undefined || support.days[1] >= dates.from) && (dates.to === undefined || support.days[0] <= dates.to);
}

/** The days an event can mean: from its start's first day to its end's (or start's) last; undefined without a known year. */
function daysOf(event: Event): readonly [string, string] | undefined {
  const start = event.startDate && dayRangeOf(event.startDate);
  const end = (event.endDate && dayRangeOf(event.endDate)) ?? start;
  return start && end ? [start[0], end[1]] : undefined;
}

/** How many distinct spans support the tie of this kind. */
function distinctSpans(supports: readonly Support[], kind: TieKind, a: string, b: string): number {
  const spans = new Set<string>();
  for (const support of supports) {
    if (support.kind !== kind) continue;
    for (const list of spansOf(support, a, b)) for (const span of list) spans.add(`${span.sourceId} ${span.start} ${span.end}`);
  }
  return spans.size;
}

function distinct<T>(values: readonly (T | undefined)[]): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined))];
}

/** mulberry32: a small seeded generator, so that Louvain's choices repeat. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
