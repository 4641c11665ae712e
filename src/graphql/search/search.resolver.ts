import { Matches, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { type GraphQLContext, repositoryFor } from '../context';
import { INCLUDE_DRAFTS } from '../inputs/include-drafts';
import { TEXT_FILTER_MAX, textFilterTooLong } from '../inputs/text-filter';
import { DEFAULT_PAGE_SIZE, IsPageSize, MAX_PAGE_SIZE } from '../pagination/page-args';
import { SearchHit } from './search-hit.type';
import { inATurnOfItsOwn } from './search-turns';

@ArgsType()
class SearchArgs {
  @Field({
    description: 'Words to look for: names, aliases (of places too), words of statements, commitments and events. Prefixes and small misspellings match too.',
  })
  @Matches(/\S/, { message: 'text must contain a word; send a name or a few words to look for' })
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `How many hits to return, from 0 to ${MAX_PAGE_SIZE}.` })
  @IsPageSize()
  first?: number | null;

  @Field(...INCLUDE_DRAFTS)
  includeDrafts?: boolean | null;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Ranked full-text search over names and aliases (of people, organisations and places), statement texts, commitment descriptions and event names.',
  })
  search(@Args() { text, first, includeDrafts }: SearchArgs, @Ctx() context: GraphQLContext) {
    return inATurnOfItsOwn(context, () =>
      repositoryFor(context, includeDrafts)
        .search(text, first ?? DEFAULT_PAGE_SIZE)
        .map((hit) => ({ score: hit.score, node: hit.entity, snippet: hit.snippet })),
    );
  }
}
