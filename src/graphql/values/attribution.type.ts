import { Directive, Field, ObjectType } from 'type-graphql';
import type * as domain from '../../domain';
import { AttributionBasisEnum } from './enums';
import { Evidence } from './evidence.type';

// A value type other subgraphs may define too: it composes when both mark it shareable.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'Who the source says spoke, and through whom it has the words.' })
export class Attribution {
  @Field(() => AttributionBasisEnum, { description: 'Whether the source names the speaker, gives only a role or a body, or neither.' })
  basis!: domain.AttributionBasis;

  @Field(() => String, {
    nullable: true,
    description: 'The intermediary the source cites for the words ("a UN summary", "the Foreign Ministry"); null when it reports them first-hand.',
  })
  via?: string;

  @Field(() => Evidence, {
    nullable: true,
    description: 'The span with the attributing words ("said György Szabó", "according to the UN"), when there is one.',
  })
  cue?: domain.Evidence;
}
