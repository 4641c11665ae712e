import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';

/** The most values one facet answers. */
export const MAX_FACET_TOP = 100;
export const DEFAULT_FACET_TOP = 10;

const topProblem = ({ value }: { value: unknown }) =>
  `top must be a whole number from 1 to ${MAX_FACET_TOP} (got ${JSON.stringify(value)}); ask for how many of the most frequent values of each facet you want`;

/** `top`, the one argument of `facets`. */
@ArgsType()
export class FacetArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_FACET_TOP,
    description: `How many values each facet answers, the most frequent first: from 1 to ${MAX_FACET_TOP}, ${DEFAULT_FACET_TOP} when not given.`,
  })
  @Min(1, { message: topProblem })
  @Max(MAX_FACET_TOP, { message: topProblem })
  top?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'How many items of a filtered list share one value.' })
export class FacetCount {
  @Field({ description: 'An enum value ("CONFERENCE"), a year ("2017", or "unknown"), an ISO 4217 code, or a node\'s id.' })
  value!: string;

  @Field({ description: "For display: the node's name, or the value itself." })
  label!: string;

  @Field(() => Int, { description: 'How many items of the list have this value (an item with several values counts once for each).' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What a filtered list of events holds, counted by kind, year, organiser and participant.' })
export class EventFacets {
  @Field(() => [FacetCount], { description: 'By kind of event.' })
  kind!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By the year the event began; "unknown" for events whose year the source does not give.' })
  year!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By organiser: its id, labelled with its name.' })
  organiser!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By participant (person or organisation): its id, labelled with its name.' })
  participant!: FacetCount[];
}

@ObjectType({ simpleResolvers: true, description: 'What a filtered list of statements holds, counted by kind, speaker, event and article.' })
export class StatementFacets {
  @Field(() => [FacetCount], { description: 'By kind of statement.' })
  kind!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By named speaker (statements without one are not counted): its id, labelled with its name.' })
  speaker!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By the event where it was said (statements at none are not counted): its id, labelled with its name.' })
  event!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By the article that reports it: its id, labelled with its title.' })
  source!: FacetCount[];
}

@ObjectType({ simpleResolvers: true, description: 'What a filtered list of commitments holds, counted by kind, actor, beneficiary and currency.' })
export class CommitmentFacets {
  @Field(() => [FacetCount], { description: 'By kind of commitment.' })
  kind!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By who commits: its id, labelled with its name.' })
  actor!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By who is to benefit: its id, labelled with its name.' })
  beneficiary!: FacetCount[];

  @Field(() => [FacetCount], { description: 'By the ISO 4217 currency of its amounts (commitments without an amount are not counted).' })
  currency!: FacetCount[];
}

@ObjectType({ simpleResolvers: true, description: 'The money of a list of commitments in one currency.' })
export class MoneyTotal {
  @Field({ description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => Float, { description: 'The sum of the amounts in this currency, as the sources state them.' })
  value!: number;

  @Field(() => Int, { description: 'How many commitments carry an amount in this currency.' })
  commitments!: number;
}
