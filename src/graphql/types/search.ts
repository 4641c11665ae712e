import { Matches, MaxLength } from 'class-validator';
import { Args, ArgsType, createUnionType, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { DEFAULT_PAGE_SIZE, IsPageSize, MAX_PAGE_SIZE } from '../pagination/page-args';
import { typeNameOf } from '../type-names';
import { Commitment } from './commitment';
import { Event } from './event';
import { Organisation } from './organisation';
import { Person } from './person';
import { Place } from './place';
import { Source } from './source';
import { Statement } from './statement';
import { TEXT_FILTER_MAX, textFilterTooLong } from './text-filter';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything a search can find.',
  types: () => [Person, Organisation, Place, Event, Statement, Commitment, Source] as const,
  resolveType: (value: { id: string }) => typeNameOf(value),
});

@ObjectType({ simpleResolvers: true, description: 'One ranked result of a full-text search.' })
export class SearchHit {
  @Field(() => Float, { description: 'Higher is better; hits come best first.' })
  score!: number;

  @Field(() => SearchResult, { description: 'What was found.' })
  node!: unknown;

  @Field(() => String, { nullable: true, description: 'The matching passage, for display.' })
  snippet?: string;
}

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words to look for: names, aliases (of places too), words of statements, commitments and events. Prefixes and small misspellings match too.' })
  @Matches(/\S/, { message: 'text must contain a word; send a name or a few words to look for' })
  @MaxLength(TEXT_FILTER_MAX, { message: textFilterTooLong })
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `How many hits to return, from 0 to ${MAX_PAGE_SIZE}.` })
  @IsPageSize()
  first?: number | null;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Ranked full-text search over names and aliases (of people, organisations and places), statement texts, commitment descriptions and event names.',
  })
  search(@Args() { text, first }: SearchArgs, @Ctx() { repository }: GraphQLContext) {
    return repository.search(text, first ?? DEFAULT_PAGE_SIZE).map((hit) => ({ score: hit.score, node: hit.entity, snippet: hit.snippet }));
  }
}
