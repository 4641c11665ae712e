import { ArgsType, Field, Int } from 'type-graphql';
import { IsWithin, LIST_SIZE } from './page-size';

/** Plain lists answer their first items (see LIST_SIZE); lists that need paging are connections (PageArgs). */
export const DEFAULT_LIST_SIZE = LIST_SIZE.default;
export const MAX_LIST_SIZE = LIST_SIZE.max;

/** `first`, the one argument of every bounded plain list. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIST_SIZE,
    description: `How many items to return, from 0 to ${MAX_LIST_SIZE}: the first ${DEFAULT_LIST_SIZE} when not given.`,
  })
  @IsWithin(LIST_SIZE)
  first?: number | null;
}

/** The first `first` items of a list (DEFAULT_LIST_SIZE when not given). */
export function firstItems<T>(items: readonly T[], { first }: ListArgs): T[] {
  return items.slice(0, first ?? DEFAULT_LIST_SIZE);
}

/** The description of a bounded list field, saying which items it answers: "Who commits: the first 100, or …". */
export function firstOf(description: string): string {
  return `${description.replace(/\.$/, '')}: the first ${DEFAULT_LIST_SIZE}, or the first \`first\` (at most ${MAX_LIST_SIZE}).`;
}
