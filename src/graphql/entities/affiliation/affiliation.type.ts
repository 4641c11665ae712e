import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "A person's role in an organisation, as a source states it." })
export class Affiliation {
  @Field(() => String, { nullable: true, description: 'The role as the source gives it, e.g. "Head", "Deputy Foreign Minister".' })
  role?: string;
}
