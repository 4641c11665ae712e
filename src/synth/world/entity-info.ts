import type { CommitmentKind, EventKind, OrganisationKind, StatementKind } from '../../domain';
import type { MonetaryAmountFormat, PartialDateFormat } from '../../loader/annotation/annotation-format';
import type { EntityCounts, HomeSpread } from '../plan';
import type { Random } from '../random';

/* The entities of a synthetic world, as the world describes them from the seed and their index. */

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

/** A date as annotations give it: the words, the parts they give, and why a part was inferred. */
export type DateInfo = PartialDateFormat;

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

export interface AmountInfo extends MonetaryAmountFormat {
  readonly currency: 'USD' | 'KZT' | 'EUR';
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

/** The streams of random numbers of a world: one per kind of entity, and the articles'. */
export type RandomStream = 'organisation' | 'place' | 'person' | 'event' | 'statement' | 'commitment' | 'article';

/** What describing one entity may ask of its world: the counts, a random stream, other entities. */
export interface World {
  readonly counts: EntityCounts;
  readonly spreads: Readonly<Record<'places' | 'people' | 'organisations' | 'events' | 'statements' | 'commitments', HomeSpread>>;
  random(type: RandomStream, index: number): Random;
  anyOrganisation(random: Random, hubShare?: number): number;
  organiser(random: Random): number;
  state(random: Random): number;
  anyPerson(random: Random): number;
  anyPlace(random: Random): number;
  organisation(index: number): OrganisationInfo;
  place(index: number): PlaceInfo;
  actorId(actor: ActorRef): string;
}
