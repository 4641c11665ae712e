import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Corpus, Event, Evidence, Statement, TieKind } from '../domain';
import { dayRangeOf, TIE_KINDS } from '../domain';
import type { NetworkFanOuts } from './fan-outs';
import type { DayRange } from './filters';

/** One thing that supports ties: an event its actors were part of, an affiliation, or a commitment. */
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
  /** Its actors (as ActorNetwork indexes): an event's in the order of `parts`, an affiliation's person and organisation. */
  readonly members: readonly number[];
  /**
   * A commitment's pairs, flat ([a, b, a, b, …]) and in the order they were drawn: it ties its
   * actors to each other and to its beneficiaries, not its beneficiaries to each other.
   */
  readonly pairs?: readonly number[];
}

/** The spans of one support of the tie between a and b. */
function spansOf(support: Support, a: string, b: string): readonly (readonly Evidence[])[] {
  return support.parts ? [support.parts.get(a)!, support.parts.get(b)!] : [support.evidence!];
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
  /** The nearest actors first: the seeds, then those one tie away, and so on; within a distance, in the order the walk meets them. */
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

/** How many events, commitments or actors the preparation handles between two chances to yield. */
const SLICE = 64;

/** Marks an actor a path search has not reached, and the end of a chain of predecessors. */
const UNSEEN = -2;
const NONE = -1;

/**
 * Who is tied to whom, kept as what the ties come from: the supports (events, affiliations,
 * commitments), each with its actors, and each actor's supports in corpus order: one pass
 * over the corpus, on first use or in slices (`warm`). Pairs of actors are derived only where
 * a query reaches, since a corpus whose events gather dozens of actors has millions of pairs
 * (see docs/performance/network.md). Two actors are tied when a support holds both (a MET,
 * AFFILIATED or COMMITTED tie); networks are a breadth-first walk from the seeds, bounded
 * by hops and size, in which each event is opened once; paths are a bidirectional
 * breadth-first search that visits neighbours in the order graphology's did, so that the
 * same chain is chosen among equally short ones.
 */
export class ActorNetwork {
  /** Every support, events first, then affiliations, then commitments, each in corpus order. */
  private readonly supports: Support[] = [];
  /** The ids of the actors any support holds; supports and the arrays below name them by index. */
  private readonly ids: string[] = [];
  private readonly indexOf = new Map<string, number>();
  /** Each actor's supports, as indexes into `supports`, in their order. */
  private readonly supportsOf: number[][] = [];
  /** How many actors each actor is tied to, by actor index: counted with the fan-outs. */
  private degrees: Int32Array | undefined;
  private measured: Omit<NetworkFanOuts, 'actors'> | undefined;
  /** Whether `supports`, `ids` and `supportsOf` are complete. */
  private indexed = false;
  private readonly preparing: Generator<void, void>;

  /** `isActor`: whether an id names a person or organisation of the corpus (ties to anything else are dropped). */
  constructor(corpus: Corpus, isActor: (id: string) => boolean) {
    this.preparing = this.prepare(corpus, isActor);
  }

  /**
   * Prepares what `fanOuts` needs in slices between other work, and resolves when it is
   * ready: a server calls it once it listens, so that its first network or path request does
   * not wait for the count (what is left is done at once when a request comes first).
   */
  async warm(sliceMs = 10): Promise<void> {
    while (!this.measured) {
      const until = performance.now() + sliceMs;
      do this.preparing.next();
      while (!this.measured && performance.now() < until);
      if (!this.measured) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Runs the preparation up to `stage`, at once: what is not done yet when a query needs it. */
  private ready(stage: 'indexed' | 'measured'): void {
    while (!(stage === 'indexed' ? this.indexed : this.measured)) this.preparing.next();
  }

  /**
   * The index (supports and each actor's), then the fan-outs, yielding every SLICE items so
   * that `warm` can spread it over turns of the event loop.
   */
  private *prepare(corpus: Corpus, isActor: (id: string) => boolean): Generator<void, void> {
    const statementsAt = new Map<string, Statement[]>();
    const statementsById = new Map<string, Statement>();
    for (const [i, statement] of corpus.statements.entries()) {
      if (i % (SLICE * 16) === SLICE * 16 - 1) yield;
      statementsById.set(statement.id, statement);
      if (statement.eventId) {
        let list = statementsAt.get(statement.eventId);
        if (!list) statementsAt.set(statement.eventId, (list = []));
        list.push(statement);
      }
    }
    const eventsById = new Map<string, Event>();
    for (const [i, event] of corpus.events.entries()) {
      eventsById.set(event.id, event);
      this.addEvent(event, statementsAt.get(event.id) ?? [], isActor);
      if (i % SLICE === SLICE - 1) yield;
    }
    for (const [index, affiliation] of corpus.affiliations.entries()) {
      if (index % (SLICE * 16) === SLICE * 16 - 1) yield;
      const { personId, organisationId } = affiliation;
      if (!isActor(personId) || !isActor(organisationId) || personId === organisationId) continue;
      this.add({ kind: 'AFFILIATED', affiliation: index, evidence: affiliation.evidence, members: [this.actor(personId), this.actor(organisationId)] });
    }
    yield;
    for (const [c, commitment] of corpus.commitments.entries()) {
      if (c % SLICE === SLICE - 1) yield;
      // When made: its statement's date, else its event's days.
      const statementDate = commitment.statementId ? statementsById.get(commitment.statementId)?.date : undefined;
      const event = commitment.eventId ? eventsById.get(commitment.eventId) : undefined;
      const days = (statementDate && dayRangeOf(statementDate)) ?? (event && daysOf(event));
      const drawn = new Set<string>();
      const pairs: number[] = [];
      const actors = commitment.actorIds.filter(isActor);
      for (const [i, a] of actors.entries()) {
        for (const b of [...actors.slice(i + 1), ...commitment.beneficiaryIds.filter(isActor)]) {
          const pair = a < b ? `${a}\n${b}` : `${b}\n${a}`;
          if (a === b || drawn.has(pair)) continue;
          drawn.add(pair);
          pairs.push(this.actor(a), this.actor(b));
        }
      }
      if (pairs.length === 0) continue;
      this.add({ kind: 'COMMITTED', commitmentId: commitment.id, days, evidence: commitment.evidence, members: [...new Set(pairs)], pairs });
    }
    this.indexed = true;
    yield;
    this.measured = yield* this.measure();
  }

  /**
   * What bounds any network's or path's answer on this corpus (the cost model's fan-outs):
   * every actor's neighbours counted in turn, each pair's supports tallied as they go.
   */
  get fanOuts(): Omit<NetworkFanOuts, 'actors'> {
    this.ready('measured');
    return this.measured!;
  }

  /**
   * The actors within `hops` ties of the seeds (the seeds included, tied or not), nearest
   * first, at most `maxActors` of them; and every tie between two of them.
   */
  network(seedIds: readonly string[], hops: number, maxActors: number, filter: TieFilter = {}): ActorNetworkAnswer {
    this.ready('indexed');
    const distance = new Map<string, number>();
    let frontier = [...new Set(seedIds)];
    frontier.forEach((id) => distance.set(id, 0));
    const passing = this.passingOf(filter);
    // An event opened once has put all its actors at this distance or nearer: it is not opened again.
    const opened = new Uint8Array(this.supports.length);
    // Level by level; a level is finished before cutting, so that the nearest are kept.
    for (let hop = 1; hop <= hops && frontier.length > 0 && distance.size <= maxActors; hop++) {
      const next: string[] = [];
      for (const actor of frontier) {
        const x = this.indexOf.get(actor);
        if (x === undefined) continue;
        for (const y of this.neighboursOf(x, passing, opened)) {
          const other = this.ids[y]!;
          if (distance.has(other)) continue;
          distance.set(other, hop);
          next.push(other);
        }
      }
      next.sort();
      frontier = next;
    }
    const ordered = [...distance.keys()];
    const actorIds = ordered.slice(0, maxActors);
    return { actorIds, distances: actorIds.map((id) => distance.get(id)!), ties: this.tiesAmong(actorIds, filter), truncated: ordered.length > maxActors };
  }

  /**
   * The shortest chain of ties from one actor to another, each oriented along the chain: of
   * the ties between two consecutive actors, the heaviest. Null when none is within
   * `maxHops`; empty from an actor to itself.
   */
  path(fromId: string, toId: string, maxHops: number, filter: TieFilter = {}): NetworkTie[] | null {
    if (fromId === toId) return [];
    this.ready('indexed');
    const from = this.indexOf.get(fromId);
    const to = this.indexOf.get(toId);
    if (from === undefined || to === undefined) return null;
    const actors = this.shortestChain(from, to, maxHops, filter);
    if (!actors || actors.length - 1 > maxHops) return null;
    return actors.slice(1).map((actor, i) => {
      const previous = actors[i]!;
      const [a, b] = [this.ids[previous]!, this.ids[actor]!];
      const ties = this.tiesOf(a, b, this.supportsBetween(previous, actor), filter).map((tie) =>
        tie.fromId === a ? tie : { ...tie, evidence: tie.evidence, fromId: a, toId: b },
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
    if (parts.size < 2) return;
    this.add({ kind: 'MET', eventId: event.id, days: daysOf(event), parts, members: [...parts.keys()].map((id) => this.actor(id)) });
  }

  /** The index of an actor, given one on first sight. */
  private actor(id: string): number {
    let index = this.indexOf.get(id);
    if (index === undefined) {
      this.indexOf.set(id, (index = this.ids.length));
      this.ids.push(id);
      this.supportsOf.push([]);
    }
    return index;
  }

  private add(support: Support): void {
    const s = this.supports.length;
    this.supports.push(support);
    for (const member of support.members) this.supportsOf[member]!.push(s);
  }

  // ---- Answering ---------------------------------------------------------------------------

  /**
   * Calls `visit` with each actor the support ties `x` to, in the order its ties were drawn
   * (graphology's adjacency order, which paths and ties follow): every other member of an
   * event or affiliation; a commitment's partners of `x`.
   */
  private forEachNeighbour(support: Support, x: number, visit: (y: number) => void): void {
    const { pairs, members } = support;
    if (pairs) {
      for (let k = 0; k < pairs.length; k += 2) {
        if (pairs[k] === x) visit(pairs[k + 1]!);
        else if (pairs[k + 1] === x) visit(pairs[k]!);
      }
      return;
    }
    for (const member of members) if (member !== x) visit(member);
  }

  /** Whether a support ties these two actors. */
  private ties(support: Support, x: number, y: number): boolean {
    const { pairs, members } = support;
    if (!pairs) return members.includes(x) && members.includes(y);
    for (let k = 0; k < pairs.length; k += 2) if ((pairs[k] === x && pairs[k + 1] === y) || (pairs[k] === y && pairs[k + 1] === x)) return true;
    return false;
  }

  /** Every support of the tie between two actors, in order. */
  private supportsBetween(x: number, y: number): Support[] {
    // Walk the actor with fewer supports.
    const [from, to] = this.supportsOf[x]!.length <= this.supportsOf[y]!.length ? [x, y] : [y, x];
    return this.supportsOf[from]!.map((s) => this.supports[s]!).filter((support) => this.ties(support, from, to));
  }

  /** Whether the filter keeps a support, by index, each decided once per query. */
  private passingOf(filter: TieFilter): (s: number) => boolean {
    if (!filter.kinds && !filter.dates) return () => true;
    const decided = new Int8Array(this.supports.length);
    return (s) => (decided[s] ||= passes(this.supports[s]!, filter) ? 1 : -1) === 1;
  }

  /** How many actors an actor is tied to, by any kind. */
  private degreeOf(x: number): number {
    if (this.degrees) return this.degrees[x]!;
    const neighbours = new Set<number>();
    for (const s of this.supportsOf[x]!) this.forEachNeighbour(this.supports[s]!, x, (y) => neighbours.add(y));
    return neighbours.size;
  }

  /**
   * Every tie between two of the actors, from the one met first (in `actorIds` order); to
   * the others in the order their first support came, or by their place in `actorIds` for an
   * actor tied to more actors than follow it (as the graph walk did: the fewer first).
   */
  private tiesAmong(actorIds: readonly string[], filter: TieFilter): NetworkTie[] {
    const rank = new Map<number, number>();
    actorIds.forEach((id, i) => {
      const x = this.indexOf.get(id);
      if (x !== undefined) rank.set(x, i);
    });
    // Each event's actors that are in the network, in the event's order: found once per event.
    const kept = new Map<number, number[]>();
    const keptOf = (s: number, support: Support) => {
      let members = kept.get(s);
      if (!members) kept.set(s, (members = support.members.filter((member) => rank.has(member))));
      return members;
    };
    const ties: NetworkTie[] = [];
    for (const [i, actor] of actorIds.entries()) {
      const x = this.indexOf.get(actor);
      if (x === undefined) continue;
      const between = new Map<number, Support[]>();
      const add = (y: number, support: Support) => {
        if ((rank.get(y) ?? -1) <= i) return;
        const supports = between.get(y);
        if (supports) supports.push(support);
        else between.set(y, [support]);
      };
      for (const s of this.supportsOf[x]!) {
        const support = this.supports[s]!;
        if (support.pairs) this.forEachNeighbour(support, x, (y) => add(y, support));
        else for (const member of keptOf(s, support)) if (member !== x) add(member, support);
      }
      const others = [...between.keys()];
      if (this.degreeOf(x) > actorIds.length - i) others.sort((a, b) => rank.get(a)! - rank.get(b)!);
      for (const y of others) ties.push(...this.tiesOf(actor, this.ids[y]!, between.get(y)!, filter));
    }
    return ties;
  }

  /**
   * graphology-shortest-path's bidirectional search, step for step (so that the same chain is
   * found), over the ties the filter keeps; except that it stops once the levels searched
   * from both ends add up to `maxHops`, as any chain found after would be longer.
   */
  private shortestChain(from: number, to: number, maxHops: number, filter: TieFilter): number[] | null {
    const passing = this.passingOf(filter);
    const predecessor = new Int32Array(this.ids.length).fill(UNSEEN);
    const successor = new Int32Array(this.ids.length).fill(UNSEEN);
    predecessor[from] = NONE;
    successor[to] = NONE;
    const forward = { fringe: [from], reached: predecessor, other: successor, opened: new Uint8Array(this.supports.length) };
    const reverse = { fringe: [to], reached: successor, other: predecessor, opened: new Uint8Array(this.supports.length) };
    let levels = 0;
    let meeting = NONE;
    outer: while (forward.fringe.length > 0 && reverse.fringe.length > 0) {
      if (levels >= maxHops) return null;
      const side = forward.fringe.length <= reverse.fringe.length ? forward : reverse;
      const current = side.fringe;
      side.fringe = [];
      for (const node of current) {
        for (const neighbour of this.neighboursOf(node, passing, side.opened)) {
          if (side.reached[neighbour] === UNSEEN) {
            side.fringe.push(neighbour);
            side.reached[neighbour] = node;
          }
          if (side.other[neighbour] !== UNSEEN) {
            meeting = neighbour;
            break outer;
          }
        }
      }
      levels += 1;
    }
    if (meeting === NONE) return null;
    const chain: number[] = [];
    for (let node = meeting; node !== NONE; node = predecessor[node]!) chain.unshift(node);
    for (let node = successor[meeting]!; node !== NONE; node = successor[node]!) chain.push(node);
    return chain;
  }

  /**
   * The actors tied to `x` by a tie the filter keeps, in the order the graph listed them: by
   * the first support of any kind they share with `x`. Supports already opened by this side
   * of a search are skipped: their actors are all reached, and visiting them again changes
   * nothing.
   */
  private neighboursOf(x: number, passing: (s: number) => boolean, opened: Uint8Array): number[] {
    const kept = new Map<number, boolean>();
    for (const s of this.supportsOf[x]!) {
      if (opened[s]) continue;
      const support = this.supports[s]!;
      const passes = passing(s);
      if (passes && !support.pairs) opened[s] = 1;
      this.forEachNeighbour(support, x, (y) => {
        if (!kept.get(y)) kept.set(y, passes);
      });
    }
    const neighbours: number[] = [];
    for (const [y, passes] of kept) if (passes) neighbours.push(y);
    return neighbours;
  }

  /** The ties of each kind between two actors that the filter keeps, in TIE_KINDS order. */
  private tiesOf(a: string, b: string, supports: readonly Support[], filter: TieFilter): NetworkTie[] {
    const ties: NetworkTie[] = [];
    // One pass: a network of hundreds of actors asks this of thousands of pairs.
    const byKind: Partial<Record<TieKind, Support[]>> = {};
    for (const support of supports) if (passes(support, filter)) (byKind[support.kind] ??= []).push(support);
    for (const kind of TIE_KINDS) {
      const kept = byKind[kind];
      if (!kept) continue;
      // AFFILIATED runs from the person to the organisation; the others from the actor first in id order.
      const [fromId, toId] = kind === 'AFFILIATED' ? (a.startsWith('person:') ? [a, b] : [b, a]) : a < b ? [a, b] : [b, a];
      // Supports are added in corpus order (events by date, commitments as told): so are these. Each kind has its own.
      const eventIds = kind === 'MET' ? distinct(kept.map((s) => s.eventId)) : [];
      const commitmentIds = kind === 'COMMITTED' ? distinct(kept.map((s) => s.commitmentId)) : [];
      const affiliations = kind === 'AFFILIATED' ? distinct(kept.map((s) => s.affiliation)) : [];
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

  // ---- Measuring ---------------------------------------------------------------------------

  /**
   * Each actor's neighbours in turn, with what each pair shares tallied in arrays indexed by
   * actor (a pair is seen from both ends; its figures are the same from either): degrees,
   * pairs, and the most events, commitments and spans behind one tie.
   */
  private *measure(): Generator<void, Omit<NetworkFanOuts, 'actors'>> {
    const [n, kindCount] = [this.ids.length, TIE_KINDS.length];
    // Per support: its kind's place in TIE_KINDS, and the spans each member brings (an event's part, else the support's own).
    const kindOf = this.supports.map((support) => TIE_KINDS.indexOf(support.kind));
    const spansOfMember = this.supports.map((support) =>
      support.members.map((member) => (support.parts ? support.parts.get(this.ids[member]!)!.length : support.evidence!.length)),
    );
    // Per neighbour of the actor counted, at y * kindCount + kind: supports and spans (with repeats) of the pair.
    const seenBy = new Int32Array(n).fill(-1);
    const counts = new Int32Array(n * kindCount);
    const spans = new Int32Array(n * kindCount);
    const degrees = new Int32Array(n);
    const kinds = Object.fromEntries(TIE_KINDS.map((kind) => [kind, { pairs: 0, maxDegree: 0 }])) as Record<TieKind, { pairs: number; maxDegree: number }>;
    const [met, committed] = [TIE_KINDS.indexOf('MET'), TIE_KINDS.indexOf('COMMITTED')];
    let [edgeEnds, maxDegree, tieEvents, tieCommitments, tieEvidence] = [0, 0, 0, 0, 0];
    const touched: number[] = [];
    let work = 0;
    for (let x = 0; x < n; x++) {
      // A slice is some thousands of pairs: an actor of many ties is a slice of its own.
      if (work > SLICE * 1000) {
        work = 0;
        yield;
      }
      touched.length = 0;
      const supportsOfX = this.supportsOf[x]!;
      for (let i = 0; i < supportsOfX.length; i++) {
        const s = supportsOfX[i]!;
        const { members, pairs } = this.supports[s]!;
        const [k, sizes] = [kindOf[s]!, spansOfMember[s]!];
        const tally = (y: number, spanCount: number) => {
          if (seenBy[y] !== x) {
            seenBy[y] = x;
            touched.push(y);
            counts.fill(0, y * kindCount, (y + 1) * kindCount);
            spans.fill(0, y * kindCount, (y + 1) * kindCount);
          }
          const at = y * kindCount + k;
          counts[at] = counts[at]! + 1;
          spans[at] = spans[at]! + spanCount;
        };
        if (pairs) {
          for (let j = 0; j < pairs.length; j += 2) {
            if (pairs[j] === x) tally(pairs[j + 1]!, sizes[0]!);
            else if (pairs[j + 1] === x) tally(pairs[j]!, sizes[0]!);
          }
          continue;
        }
        const own = sizes[members.indexOf(x)]!;
        for (let j = 0; j < members.length; j++) if (members[j] !== x) tally(members[j]!, sizes[j]! + (kindOf[s] === met ? own : 0));
      }
      degrees[x] = touched.length;
      work += touched.length + supportsOfX.length;
      edgeEnds += touched.length;
      maxDegree = Math.max(maxDegree, touched.length);
      for (let k = 0; k < kindCount; k++) {
        let degree = 0;
        for (const y of touched) {
          if (counts[y * kindCount + k] === 0) continue;
          degree += 1;
          // Spans without repeats, counted only where the count with repeats would raise the most; each pair once.
          if (x < y && spans[y * kindCount + k]! > tieEvidence) tieEvidence = Math.max(tieEvidence, this.distinctSpans(TIE_KINDS[k]!, x, y));
        }
        const figures = kinds[TIE_KINDS[k]!];
        figures.pairs += degree;
        figures.maxDegree = Math.max(figures.maxDegree, degree);
      }
      for (const y of touched) {
        tieEvents = Math.max(tieEvents, counts[y * kindCount + met]!);
        tieCommitments = Math.max(tieCommitments, counts[y * kindCount + committed]!);
      }
    }
    // Each pair was counted from both its ends.
    for (const kind of TIE_KINDS) kinds[kind].pairs /= 2;
    this.degrees = degrees;
    return { pairs: edgeEnds / 2, maxDegree, kinds, tieEvents, tieCommitments, tieEvidence };
  }

  /** How many distinct spans support the tie of this kind between two actors. */
  private distinctSpans(kind: TieKind, x: number, y: number): number {
    const [a, b] = [this.ids[x]!, this.ids[y]!];
    const spans = new Set<string>();
    for (const support of this.supportsBetween(x, y)) {
      if (support.kind !== kind) continue;
      for (const list of spansOf(support, a, b)) for (const span of list) spans.add(`${span.sourceId} ${span.start} ${span.end}`);
    }
    return spans.size;
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

function distinct<T>(values: readonly (T | undefined)[]): T[] {
  if (values.length === 1) return values[0] === undefined ? [] : [values[0]];
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
