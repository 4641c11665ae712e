import { Directive, Field, ObjectType } from 'type-graphql';
import type * as domain from '../../../domain';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';
import { Attribution } from '../../values/attribution.type';
import { StatementKindEnum } from '../../values/enums';
import { PartialDate } from '../../values/partial-date.type';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Something said: a direct quotation, or a statement the source reports.' })
export class Statement extends Node {
  @Field({ description: 'The words as the source gives them: the quotation itself, or the reported content.' })
  text!: string;

  @Field(() => StatementKindEnum, { description: 'Quoted or reported.' })
  kind!: domain.StatementKind;

  @Field(() => String, { nullable: true, description: "The speaker's role as the source gives it at the time of speaking." })
  speakerRole?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it was said, where the source says and no event dates it.' })
  date?: domain.PartialDate;

  @Field(() => Attribution, { description: 'How the source attributes it: by name, by a role or body only, or not at all; through whom, and in which words.' })
  attribution!: domain.Attribution;
}

export const StatementConnection = connectionType('Statement', () => Statement, 'statements');
