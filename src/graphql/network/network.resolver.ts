import { ArrayMaxSize, ArrayNotEmpty, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ACTOR_TYPES, type Evidence as DomainEvidence, IsEntityId } from '../../domain';
import type { ActorMeasure as DomainActorMeasure, ActorNetworkAnswer, CorpusRepository, NetworkTie, TieFilter } from '../../repository';
import { Actor } from '../abstract/actor.type';
import { type GraphQLContext, loadersOfView, repositoryFor } from '../context';
import { Commitment } from '../entities/commitment/commitment.type';
import { Event } from '../entities/event/event.type';
import { badUserInput } from '../errors';
import { givenFields } from '../inputs/given-fields';
import { dayRangeOfIso } from '../inputs/iso-partial-date';
import { loadAll } from '../loaders';
import { Evidence } from '../values/evidence.type';
import { NETWORK_BOUNDS } from './network-bounds';
import { ActorMeasure, Network, NetworkFilter, Tie } from './network.type';

/** Whether an answer was read from the view with the drafts: what hangs under it is loaded from the same view. */
interface OfView {
  readonly withDrafts: boolean;
}
type TieValue = NetworkTie & OfView;
type ActorMeasureValue = DomainActorMeasure & OfView;

/** A network as resolved: the repository's answer, and its measures on first need. */
interface NetworkValue extends Omit<ActorNetworkAnswer, 'ties'>, OfView {
  readonly ties: readonly TieValue[];
  readonly measures: () => ActorMeasureValue[];
}

/** The answer's ties, marked with their view. */
const ofView = <T extends object>(items: readonly T[], withDrafts: boolean): (T & OfView)[] => items.map((item) => ({ ...item, withDrafts }));

const { hops, maxActors, seeds, pathHops } = NETWORK_BOUNDS;
const outOfRange = (name: string, min: number, max: number, instead: string) => ({
  message: ({ value }: { value: unknown }) => `${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)}); ${instead}`,
});
const hopsMessage = outOfRange('hops', 0, hops.max, `a network reaches at most ${hops.max} ties from its seeds: start from an actor further out to see beyond`);
const maxActorsMessage = outOfRange(
  'maxActors',
  1,
  maxActors.max,
  `a network answers at most ${maxActors.max} actors, the nearest ones; narrow it with hops or filter`,
);
const pathHopsMessage = outOfRange('maxHops', 1, pathHops.max, `paths longer than ${pathHops.max} ties say little: ask for ${pathHops.max} or fewer`);

@ArgsType()
class NetworkArgs {
  @Field(() => [ID], { description: `The actors (people or organisations) to start from: 1 to ${seeds.max} ids.` })
  @ArrayNotEmpty({ message: 'seedIds must name at least one actor, e.g. ["person:yerlan-karin"]' })
  @ArrayMaxSize(seeds.max, { message: `seedIds may name at most ${seeds.max} actors; ask for fewer seeds and a larger hops instead` })
  @IsEntityId(ACTOR_TYPES, { each: true })
  seedIds!: string[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: hops.default,
    description: `How many ties away from a seed an actor may be: 0 (the seeds alone) to ${hops.max}.`,
  })
  @IsOptional()
  @IsInt(hopsMessage)
  @Min(0, hopsMessage)
  @Max(hops.max, hopsMessage)
  hops?: number | null;

  @Field(() => NetworkFilter, { nullable: true, description: 'Which ties to follow and answer; all when not given.' })
  @IsOptional()
  @ValidateNested()
  filter?: NetworkFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: maxActors.default,
    description: `At most this many actors, from 1 to ${maxActors.max}: the nearest are kept, and \`truncated\` says when some were left out.`,
  })
  @IsOptional()
  @IsInt(maxActorsMessage)
  @Min(1, maxActorsMessage)
  @Max(maxActors.max, maxActorsMessage)
  maxActors?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Whether to include the facts of machine-drafted articles not yet reviewed.' })
  includeDrafts?: boolean | null;
}

@ArgsType()
class PathArgs {
  @Field(() => ID, { description: 'The actor the chain starts from.' })
  @IsEntityId(ACTOR_TYPES)
  fromId!: string;

  @Field(() => ID, { description: 'The actor the chain ends at.' })
  @IsEntityId(ACTOR_TYPES)
  toId!: string;

  @Field(() => Int, { nullable: true, defaultValue: pathHops.default, description: `The longest chain to look for, in ties: 1 to ${pathHops.max}.` })
  @IsOptional()
  @IsInt(pathHopsMessage)
  @Min(1, pathHopsMessage)
  @Max(pathHops.max, pathHopsMessage)
  maxHops?: number | null;

  @Field(() => NetworkFilter, { nullable: true, description: 'Which ties the chain may follow; all when not given.' })
  @IsOptional()
  @ValidateNested()
  filter?: NetworkFilter | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Whether to include the facts of machine-drafted articles not yet reviewed.' })
  includeDrafts?: boolean | null;
}

/** The repository's tie filter: kinds as given, ISO dates as the days they mean. */
function tieFilterOf(filter: NetworkFilter | null | undefined): TieFilter {
  const { kinds, from, to } = givenFields(filter);
  return { kinds, dates: dayRangeOfIso(from, to) };
}

/** Refuses ids that name no actor of the corpus, naming them: a network of nobody is a mistake, not an empty answer. */
function requireActors(repository: CorpusRepository, argument: string, ids: readonly string[]): void {
  const found = repository.actorsByIds(ids);
  const unknown = ids.filter((_id, i) => found[i] === undefined);
  if (unknown.length > 0) {
    throw badUserInput(
      `${argument}: no person or organisation has the id ${unknown.map((id) => JSON.stringify(id)).join(', ')}; find an actor's id with search(text:) or people(filter: { name: })`,
    );
  }
}

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { description: 'The actors within `hops` ties of the seeds, and the ties between them.' })
  network(@Args() args: NetworkArgs, @Ctx() context: GraphQLContext): NetworkValue {
    const repository = repositoryFor(context, args.includeDrafts ?? false);
    const filter = tieFilterOf(args.filter);
    requireActors(repository, 'seedIds', args.seedIds);
    const answer = repository.network(args.seedIds, args.hops ?? hops.default, args.maxActors ?? maxActors.default, filter);
    const withDrafts = repository === context.repository;
    let measures: ActorMeasureValue[] | undefined;
    return {
      ...answer,
      withDrafts,
      ties: ofView(answer.ties, withDrafts),
      measures: () => (measures ??= ofView(repository.networkMeasures(answer), withDrafts)),
    };
  }

  @Query(() => [Tie], { nullable: true, description: 'The shortest chain of ties from one actor to another, in order; null when none is within `maxHops`.' })
  path(@Args() args: PathArgs, @Ctx() context: GraphQLContext): TieValue[] | null {
    const repository = repositoryFor(context, args.includeDrafts ?? false);
    const filter = tieFilterOf(args.filter);
    requireActors(repository, 'fromId, toId', [...new Set([args.fromId, args.toId])]);
    const ties = repository.path(args.fromId, args.toId, args.maxHops ?? pathHops.default, filter);
    return ties && ofView(ties, repository === context.repository);
  }

  @FieldResolver(() => [Actor], { description: 'The seeds, then the actors one tie away, and so on; by id among those equally near.' })
  actors(@Root() network: NetworkValue, @Ctx() context: GraphQLContext) {
    return loadAll(loadersOfView(context, network.withDrafts).actor, network.actorIds);
  }

  @FieldResolver(() => [Tie], { description: 'Every tie between two actors of the network, of the kinds and dates the filter keeps.' })
  ties(@Root() network: NetworkValue): readonly TieValue[] {
    return network.ties;
  }

  @FieldResolver(() => [ActorMeasure], {
    description:
      "Beyond the contract: each actor's degree and community within this network, in the order of `actors` (graphology, graphology-communities-louvain).",
  })
  measures(@Root() network: NetworkValue): ActorMeasureValue[] {
    return network.measures();
  }
}

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => Actor, { description: 'One end: the person of an affiliation; in a path, the actor nearer `fromId`.' })
  from(@Root() tie: TieValue, @Ctx() context: GraphQLContext) {
    return loadersOfView(context, tie.withDrafts).actor.load(tie.fromId);
  }

  @FieldResolver(() => Actor, { description: 'The other end: the organisation of an affiliation; in a path, the actor nearer `toId`.' })
  to(@Root() tie: TieValue, @Ctx() context: GraphQLContext) {
    return loadersOfView(context, tie.withDrafts).actor.load(tie.toId);
  }

  @FieldResolver(() => [Event], { description: 'The events where they met (MET), in date order; empty for other kinds.' })
  events(@Root() tie: TieValue, @Ctx() context: GraphQLContext) {
    return loadAll(loadersOfView(context, tie.withDrafts).event, tie.eventIds);
  }

  @FieldResolver(() => [Commitment], { description: 'The commitments that tie them (COMMITTED), in the order the articles tell them; empty for other kinds.' })
  commitments(@Root() tie: TieValue, @Ctx() context: GraphQLContext) {
    return loadAll(loadersOfView(context, tie.withDrafts).commitment, tie.commitmentIds);
  }

  @FieldResolver(() => [Evidence], { description: 'The spans of text that support it: at least one for every tie.' })
  evidence(@Root() tie: TieValue): readonly DomainEvidence[] {
    return tie.evidence;
  }
}

@Resolver(() => ActorMeasure)
export class ActorMeasureResolver {
  @FieldResolver(() => Actor, { description: 'The actor measured.' })
  actor(@Root() measure: ActorMeasureValue, @Ctx() context: GraphQLContext) {
    return loadersOfView(context, measure.withDrafts).actor.load(measure.actorId);
  }
}
