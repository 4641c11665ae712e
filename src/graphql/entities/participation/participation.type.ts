import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "An actor's part in an event." })
export class Participation {
  @Field(() => String, { nullable: true, description: 'The part it played as the source tells it, e.g. "speaker", "host".' })
  role?: string;
}
