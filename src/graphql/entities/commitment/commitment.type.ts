import { Directive, Field, ObjectType } from 'type-graphql';
import type * as domain from '../../../domain';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';
import { CommitmentKindEnum } from '../../values/enums';
import { MonetaryAmount } from '../../values/monetary-amount.type';
import { PartialDate } from '../../values/partial-date.type';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A pledge, contribution, offer, proposal or plan that an actor commits to.' })
export class Commitment extends Node {
  @Field({ description: 'What is committed, in a sentence.' })
  description!: string;

  @Field(() => CommitmentKindEnum, { description: 'What kind of commitment it is.' })
  kind!: domain.CommitmentKind;

  @Field(() => [MonetaryAmount], { description: 'The sums involved, each in the currency the source gives (one sum may be given in two currencies).' })
  amounts!: domain.MonetaryAmount[];

  @Field(() => PartialDate, { nullable: true, description: 'When it is due, where the source says.' })
  dueDate?: domain.PartialDate;
}

export const CommitmentConnection = connectionType('Commitment', () => Commitment, 'commitments');
