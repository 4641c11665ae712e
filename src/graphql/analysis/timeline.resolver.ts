import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Timeline as RepositoryTimeline, TimelineBucket as RepositoryTimelineBucket, TimeUnit } from '../../repository';
import { MAX_TIMELINE_PERIODS, TimelineTooLongError } from '../../repository';
import { type GraphQLContext, repositoryFor } from '../context';
import { dayRangeOfIso } from '../inputs/iso-partial-date';
import { badUserInput } from '../errors';
import { givenFields } from '../inputs/given-fields';
import { DEFAULT_PAGE_SIZE } from '../pagination/page-args';
import { Timeline, TimelineBucket, TimelineFilter, TimelineItem, TimelineItemsArgs, TimeUnitEnum } from './timeline.type';

@Resolver(() => Timeline)
export class TimelineResolver {
  @Query(() => Timeline, { description: "What is dated when, bucketed by `unit` with each date's precision respected." })
  // Type-GraphQL lists a field's arguments last parameter first: these are in reverse of the contract's order.
  timeline(
    @Ctx() context: GraphQLContext,
    @Arg('includeDrafts', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'True adds the facts of machine-drafted articles not yet reviewed.',
    })
    includeDrafts: boolean | undefined,
    @Arg('unit', () => TimeUnitEnum, { nullable: true, defaultValue: 'MONTH', description: 'The unit of the periods: MONTH when not given.' })
    unit: TimeUnit | undefined,
    @Arg('filter', () => TimelineFilter, { nullable: true, description: 'Which items; everything dated when not given.' }) filter: TimelineFilter | undefined,
  ): RepositoryTimeline {
    const { from, to, ...rest } = givenFields(filter);
    try {
      return repositoryFor(context, includeDrafts ?? false).timeline({ ...rest, dates: dayRangeOfIso(from, to) }, unit ?? 'MONTH');
    } catch (error) {
      if (!(error instanceof TimelineTooLongError)) throw error;
      throw badUserInput(
        `${error.message}; ask for a coarser unit (${coarserUnits(error.unit)}) or a narrower filter.from and filter.to, at most ${MAX_TIMELINE_PERIODS} periods apart`,
      );
    }
  }
}

function coarserUnits(unit: TimeUnit): string {
  const units: TimeUnit[] = ['YEAR', 'QUARTER', 'MONTH', 'DAY'];
  return units.slice(0, Math.max(1, units.indexOf(unit))).join(', ');
}

@Resolver(() => TimelineBucket)
export class TimelineBucketResolver {
  @FieldResolver(() => [TimelineItem], {
    description: "The period's items in date order (events, then statements, then commitments on one date): its first `first`.",
  })
  items(@Root() bucket: RepositoryTimelineBucket, @Args() { first }: TimelineItemsArgs) {
    return bucket.items.slice(0, first ?? DEFAULT_PAGE_SIZE);
  }
}
