import { Directive, Field, ObjectType } from 'type-graphql';
import type * as domain from '../../../domain';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';
import { OrganisationKindEnum } from '../../values/enums';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A state, an intergovernmental body or one of its offices, a ministry, an NGO, a publisher, …',
})
export class Organisation extends Node {
  @Field({ description: 'The full name, e.g. "Organization for Security and Co-operation in Europe".' })
  name!: string;

  @Field(() => [String], { description: 'Acronyms, other spellings, and former or later names (e.g. "OSCE", "KNB", "Kirgizstan").' })
  aliases!: string[];

  @Field(() => OrganisationKindEnum, { description: 'What kind of body it is.' })
  kind!: domain.OrganisationKind;

  @Field(() => String, { nullable: true, description: 'What it is, where the sources say more than its name.' })
  description?: string;
}

export const OrganisationConnection = connectionType('Organisation', () => Organisation, 'organisations');
