import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayNotEmpty, IsIn, IsOptional } from 'class-validator';
import { TIE_KINDS, type TieKind } from '../../domain';
import { IsIsoPartialDate } from '../inputs/iso-partial-date';

/** TieKind as Type-GraphQL registers it: { MET: 'MET', … }. */
export const TieKindEnum = Object.fromEntries(TIE_KINDS.map((kind) => [kind, kind])) as { [K in TieKind]: K };

registerEnumType(TieKindEnum, {
  name: 'TieKind',
  description: 'The kinds of tie the network draws between actors.',
  valuesConfig: {
    MET: { description: 'Both organised, took part in or spoke at the same event.' },
    AFFILIATED: { description: 'A person holds a role in an organisation.' },
    COMMITTED: { description: "Both committed to the same commitment, or one committed to the other's benefit." },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A tie between two actors, with everything that supports it.' })
export class Tie {
  @Field(() => TieKindEnum, { description: 'MET, AFFILIATED (from the person to the organisation) or COMMITTED.' })
  kind!: TieKind;

  @Field(() => Int, { description: 'How many distinct events, affiliations or commitments support it.' })
  weight!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An actor of a network, with what graphology measures of it there.' })
export class ActorMeasure {
  @Field(() => Int, { description: 'How many ties of the network it has.' })
  degree!: number;

  @Field(() => Int, { description: 'The sum of the weights of those ties.' })
  weightedDegree!: number;

  @Field(() => Int, {
    description:
      "Its community (Louvain modularity, over the network's ties by weight): actors with the same number are more tied to each other than to the rest. Numbered from 0, in the order of `actors`.",
  })
  community!: number;
}

@ObjectType({ description: 'Actors, nearest the seeds first, and the ties between them.' })
export class Network {
  @Field({ description: 'True when `maxActors` cut the network short.' })
  truncated!: boolean;
}

@InputType({ description: 'Which ties a network or path follows.' })
export class NetworkFilter {
  @Field(() => [TieKindEnum], { nullable: true, description: 'Only ties of these kinds; all kinds when omitted.' })
  @IsOptional()
  @ArrayNotEmpty({ message: 'filter.kinds must name at least one of MET, AFFILIATED, COMMITTED; leave it out for every kind' })
  @IsIn(TIE_KINDS, { each: true })
  kinds?: TieKind[];

  @Field({ nullable: true, description: 'Only ties supported by something dated in this ISO range.' })
  @IsOptional()
  @IsIsoPartialDate()
  from?: string;

  @Field({
    nullable: true,
    description: 'The range ends at the last day of this ISO date ("2017-06" is 2017-06-30). Affiliations have no date: a range leaves them out.',
  })
  @IsOptional()
  @IsIsoPartialDate()
  to?: string;
}
