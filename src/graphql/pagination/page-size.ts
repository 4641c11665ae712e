import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The bounds of a `first` argument: its default and its maximum, with what to tell a client
 * that asks for more. Written once per kind of list, and read by the argument validation and
 * by the cost limit, which checks page sizes before it estimates a query's cost.
 */
export interface PageSizeBounds {
  readonly default: number;
  readonly max: number;
  /** What is wrong with `value` as this list's `first`, and what to send instead; undefined when nothing is. */
  problem(value: number): string | undefined;
}

function pageSizeBounds(defaultSize: number, max: number, instead: (max: number) => string): PageSizeBounds {
  return {
    default: defaultSize,
    max,
    problem(value) {
      if (value < 0) return `first must be 0 or more (got ${value}); ask for how many items you want, up to ${max}`;
      if (value > max) return `first must be at most ${max} (got ${value}); ${instead(max)}`;
      return undefined;
    },
  };
}

/** A connection (and search): pages of 20, at most 100, paged on with `after`. */
export const PAGE_SIZE = pageSizeBounds(20, 100, (max) => `ask for ${max} or fewer and page on with \`after\` where the list has it`);

/**
 * A plain list field (`[Evidence!]!`, an article's people, …) answers at most its first
 * `first` items. The default is above the longest list of today's corpus, so nothing is cut;
 * the maximum bounds what one field can cost as the corpus grows.
 */
export const LIST_SIZE = pageSizeBounds(
  100,
  500,
  (max) => `this list answers only its first items: ask for ${max} or fewer, or use the paged connection of the same relation where there is one`,
);

/** class-validator's check of a `first` argument against its bounds, with the bounds' own messages. */
export function IsWithin(bounds: PageSizeBounds): PropertyDecorator {
  const message = ({ value }: { value: number }) => bounds.problem(value)!;
  const decorators = [IsOptional(), IsInt(), Min(0, { message }), Max(bounds.max, { message })];
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}
