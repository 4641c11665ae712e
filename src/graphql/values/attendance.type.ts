import { Directive, Field, Int, ObjectType } from 'type-graphql';

// A value type other subgraphs may define too: it composes when both mark it shareable.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: 'How many took part in an event, as the source puts it.' })
export class Attendance {
  @Field({ description: 'The words of the source, e.g. "Some 100".' })
  text!: string;

  @Field(() => Int, { description: 'The number, e.g. 100.' })
  count!: number;

  @Field({ description: 'True when the source gives the number as approximate ("some", "more than").' })
  approximate!: boolean;
}
