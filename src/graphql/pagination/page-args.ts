import { IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { decodeCursor } from './cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first`: optional, 0 to MAX_PAGE_SIZE. */
export function IsPageSize(): PropertyDecorator {
  const decorators = [
    IsOptional(),
    IsInt(),
    Min(0, { message: ({ value }) => `first must be 0 or more (got ${value}); ask for how many items you want, up to ${MAX_PAGE_SIZE}` }),
    Max(MAX_PAGE_SIZE, {
      message: ({ value }) => `first must be at most ${MAX_PAGE_SIZE} (got ${value}); ask for ${MAX_PAGE_SIZE} or fewer and page on with \`after\` where the list has it`,
    }),
  ];
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}

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
    description: 'Return the items after this cursor: the `pageInfo.endCursor` (or an edge\'s `cursor`) of a page of the same list.',
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
