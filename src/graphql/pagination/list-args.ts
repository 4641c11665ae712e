import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/**
 * A plain list field (`[Evidence!]!`, an article's people, …) answers at most its first
 * `first` items. The default is above the longest list of today's corpus (25: an
 * organisation's mentions), so nothing is cut; the maximum bounds what one field can cost
 * as the corpus grows. Lists that need paging are connections (PageArgs) instead.
 */
export const DEFAULT_LIST_SIZE = 100;
export const MAX_LIST_SIZE = 500;

/** `first` of a plain list: optional, 0 to MAX_LIST_SIZE (as IsPageSize is for connections). */
export function IsListSize(): PropertyDecorator {
  const decorators = [
    IsOptional(),
    IsInt(),
    Min(0, { message: ({ value }) => `first must be 0 or more (got ${value}); ask for how many items you want, up to ${MAX_LIST_SIZE}` }),
    Max(MAX_LIST_SIZE, {
      message: ({ value }) =>
        `first must be at most ${MAX_LIST_SIZE} (got ${value}); this list answers only its first items: ask for ${MAX_LIST_SIZE} or fewer, or use the paged connection of the same relation where there is one`,
    }),
  ];
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}

/** `first`, the one argument of every bounded plain list. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIST_SIZE,
    description: `How many items to return, from 0 to ${MAX_LIST_SIZE}: the first ${DEFAULT_LIST_SIZE} when not given.`,
  })
  @IsListSize()
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
