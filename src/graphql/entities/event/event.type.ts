import { Directive, Field, ObjectType } from 'type-graphql';
import type * as domain from '../../../domain';
import { Node } from '../../abstract/node.type';
import { connectionType } from '../../pagination/connection';
import { Attendance } from '../../values/attendance.type';
import { EventKindEnum } from '../../values/enums';
import { PartialDate } from '../../values/partial-date.type';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A conference, meeting, session, visit, … that happened, or that a source mentions as planned.',
})
export class Event extends Node {
  @Field({ description: 'A name for the event, e.g. "OSCE Summit in Astana".' })
  name!: string;

  @Field(() => EventKindEnum, { description: 'What kind of event it is.' })
  kind!: domain.EventKind;

  @Field(() => String, { nullable: true, description: 'What it was about.' })
  description?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it began (or took place), at the precision the source gives.' })
  startDate?: domain.PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, for events of several days.' })
  endDate?: domain.PartialDate;

  @Field(() => String, { nullable: true, description: 'The place as the source names it, e.g. "Astana" or "Issyk-Kul province".' })
  location?: string;

  @Field(() => Attendance, { nullable: true, description: 'How many took part, where the source says.' })
  attendance?: domain.Attendance;
}

export const EventConnection = connectionType('Event', () => Event, 'events');
