/**
 * The synthetic world: every entity of a corpus, described from the seed and its index alone.
 * An article that mentions person 81,234 recomputes her name and roles rather than look
 * them up, so a corpus of any size is written one article at a time, in constant memory.
 */
import { hashString, mix, Random } from '../random';
import type { EntityCounts } from '../plan';
import { HomeSpread } from '../plan';
import { describeCommitment } from './commitments';
import { anyOrganisation, anyPerson, anyPlace, organiser, publisher, state } from './draw';
import type { ActorRef, CommitmentInfo, EventInfo, OrganisationInfo, PersonInfo, PlaceInfo, RandomStream, StatementInfo, World } from './entity-info';
import { describeEvent } from './events';
import { describeOrganisation } from './organisations';
import { describePerson } from './people';
import { describePlace } from './places';
import { RecentlyUsed } from './recently-used';
import { describeStatement } from './statements';

const TYPE_SALT: Readonly<Record<RandomStream, number>> = { organisation: 1, place: 2, person: 3, event: 4, statement: 5, commitment: 6, article: 7 };

export class SynthWorld implements World {
  readonly seedHash: number;
  readonly spreads: World['spreads'];

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

  random(type: RandomStream, index: number): Random {
    return new Random(mix(this.seedHash, TYPE_SALT[type], index));
  }

  anyOrganisation(random: Random, hubShare?: number): number {
    return anyOrganisation(this.counts, random, hubShare);
  }

  organiser(random: Random): number {
    return organiser(this.counts, random);
  }

  state(random: Random): number {
    return state(random);
  }

  anyPerson(random: Random): number {
    return anyPerson(this.counts, random);
  }

  anyPlace(random: Random): number {
    return anyPlace(this.counts, random);
  }

  publisher(random: Random): number {
    return publisher(random);
  }

  organisation(index: number): OrganisationInfo {
    return this.organisations.get(index, () => describeOrganisation(this, index));
  }

  place(index: number): PlaceInfo {
    return this.places.get(index, () => describePlace(this, index));
  }

  person(index: number): PersonInfo {
    return this.people.get(index, () => describePerson(this, index));
  }

  // Hubs and busy people are described over and over, in every article that names them.
  private readonly organisations = new RecentlyUsed<OrganisationInfo>();
  private readonly places = new RecentlyUsed<PlaceInfo>();
  private readonly people = new RecentlyUsed<PersonInfo>();

  event(index: number): EventInfo {
    return describeEvent(this, index);
  }

  statement(index: number): StatementInfo {
    return describeStatement(this, index);
  }

  commitment(index: number): CommitmentInfo {
    return describeCommitment(this, index);
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
