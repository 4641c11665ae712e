import { FieldResolver, Resolver, Root } from 'type-graphql';
import * as domain from '../../domain';
import { PartialDate } from './partial-date.type';

@Resolver(() => PartialDate)
export class PartialDateResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'ISO 8601 at the known precision ("2017-06-09", "2018-01", "2020"); null without a year.',
  })
  iso(@Root() date: domain.PartialDate): string | null {
    return domain.isoOf(date);
  }

  @FieldResolver(() => Boolean, { description: 'True when part of the date (usually the year) was inferred, not stated by the source.' })
  inferred(@Root() date: domain.PartialDate): boolean {
    return date.inferredBecause !== undefined;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why part of the date was inferred; null when nothing was.' })
  inferredBecause(@Root() date: domain.PartialDate): string | null {
    return date.inferredBecause ?? null;
  }
}
