import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { Source } from './source';

@ObjectType({ simpleResolvers: true, description: 'A span of a source text that supports a fact: `source.text.slice(start, end) == quote`.' })
export class Evidence {
  @Field(() => Int, { description: 'Where the quote starts: 0-based, in UTF-16 code units of `Source.text`.' })
  start!: number;

  @Field(() => Int, { description: 'Where the quote ends (exclusive).' })
  end!: number;

  @Field({ description: 'The exact words of the source.' })
  quote!: string;
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The article the quote is from.' })
  source(@Root() evidence: domain.Evidence, @Ctx() { loaders }: GraphQLContext) {
    return loaders.source.load(evidence.sourceId);
  }
}
