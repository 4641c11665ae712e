import { GraphQLError } from 'graphql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { CorpusInfo } from './corpus-info.type';

@Resolver()
export class CorpusResolver {
  @Query(() => CorpusInfo, { description: 'The version of the corpus this request is served from, and what keeps a newer one on disk from being served.' })
  corpus(@Ctx() { repository, corpus }: GraphQLContext): CorpusInfo {
    // Servers always give the version they serve; a repository given in code (a test, a benchmark) has none.
    if (!corpus)
      throw new GraphQLError('This server serves a corpus built in code, without files: it has no version to report.', {
        extensions: { code: 'NOT_AVAILABLE' },
      });
    return {
      version: corpus.version,
      loadedAt: corpus.loadedAt.toISOString(),
      articles: repository.sources.length,
      drafts: repository.drafts,
      rejected: corpus.rejected(),
    };
  }
}
