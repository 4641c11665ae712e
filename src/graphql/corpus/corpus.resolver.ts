import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { CorpusInfo } from './corpus-info.type';

@Resolver()
export class CorpusResolver {
  @Query(() => CorpusInfo, { description: 'The version of the corpus this request is served from, and what keeps a newer one on disk from being served.' })
  corpus(@Ctx() { repository, corpus }: GraphQLContext): CorpusInfo {
    // Servers give the version they serve; a repository given in code (a test, a benchmark) is its own version.
    return {
      version: corpus?.version ?? repository.contentVersion,
      loadedAt: (corpus?.loadedAt ?? repository.builtAt).toISOString(),
      articles: repository.sources.length,
      drafts: repository.drafts,
      rejected: corpus?.rejected() ?? [],
    };
  }
}
