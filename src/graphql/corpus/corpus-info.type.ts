import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'The corpus being served.' })
export class CorpusInfo {
  @Field({ description: 'A content hash of every article and annotation: it changes whenever any of them does.' })
  version!: string;

  @Field({ description: 'When this version began to be served (ISO 8601).' })
  loadedAt!: string;

  @Field(() => Int, { description: 'How many articles are served, and how many of those are still drafts.' })
  articles!: number;

  @Field(() => Int, { description: 'How many of the articles served are still machine drafts (`Source.review: DRAFT`).' })
  drafts!: number;

  @Field(() => [String], {
    description:
      'Problems in the files on disk that keep their newest version from being served ("file › entry: message"); empty when what is served is what is on disk.',
  })
  rejected!: readonly string[];
}
