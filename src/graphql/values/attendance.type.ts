import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type * as domain from '../../domain';
import { AttendanceUnitEnum } from './enums';

// A value type other subgraphs may define too: it composes when both mark it shareable.
@Directive('@shareable')
@ObjectType({ simpleResolvers: true, description: "How many attended, in the source's words and unit." })
export class Attendance {
  @Field({ description: 'The words of the source, e.g. "Some 100".' })
  text!: string;

  @Field(() => Int, { description: 'The number, e.g. 100.' })
  count!: number;

  @Field(() => AttendanceUnitEnum, { description: 'What the number counts: people, states or organisations.' })
  unit!: domain.AttendanceUnit;

  @Field({ description: 'True when the source gives the number as approximate ("some", "more than").' })
  approximate!: boolean;
}
