import { ValidateBy } from 'class-validator';
import { dayRangeOf, parseIsoPartialDate } from '../../domain';
import type { DayRange } from '../../repository';
import { badUserInput } from '../errors';

/** class-validator: an ISO date at any precision, YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsIsoPartialDate = () =>
  ValidateBy({
    name: 'isIsoPartialDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseIsoPartialDate(value) !== undefined,
      defaultMessage: (args) =>
        `${args?.property} must be an ISO date, YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2017", "2017-06" or "2017-06-09" (got ${JSON.stringify(args?.value)})`,
    },
  });

/** A filter's validated `from`/`to` as the days they mean: from the first day of `from` to the last of `to`; undefined when neither is given. */
export function dayRangeOfIso(from: string | undefined | null, to: string | undefined | null): DayRange | undefined {
  const fromDay = from ? dayRangeOf(parseIsoPartialDate(from)!)![0] : undefined;
  const toDay = to ? dayRangeOf(parseIsoPartialDate(to)!)![1] : undefined;
  if (fromDay && toDay && fromDay > toDay) {
    throw badUserInput(`filter.from (${from}) is after filter.to (${to}); give the earlier date as from`);
  }
  return fromDay || toDay ? { from: fromDay, to: toDay } : undefined;
}
