import { IsOptional, ValidateBy } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { decodeCursor } from './cursor';
import { IsWithin, PAGE_SIZE } from './page-size';

export const DEFAULT_PAGE_SIZE = PAGE_SIZE.default;
export const MAX_PAGE_SIZE = PAGE_SIZE.max;

/** `first`: optional, 0 to MAX_PAGE_SIZE. */
export const IsPageSize = () => IsWithin(PAGE_SIZE);

/** `first` and `after`, the forward pagination arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, from 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when not given.`,
  })
  @IsPageSize()
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return the items after this cursor: the `pageInfo.endCursor` (or an edge's `cursor`) of a page of the same list.",
  })
  @IsOptional()
  @ValidateBy({
    name: 'isCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== undefined,
      defaultMessage: ({ value } = {} as never) =>
        `after is not a cursor of this API (got ${JSON.stringify(value)}); pass the pageInfo.endCursor of the previous page, or leave it out to start at the beginning`,
    },
  })
  after?: string | null;
}
