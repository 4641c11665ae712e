/**
 * Binary search over ISO days (YYYY-MM-DD) sorted ascending, which compare as strings: how the
 * date indexes (event-dates.ts, timeline.ts) find where a range starts and ends in O(log n).
 */

/** The position of the first day that is `day` or later (the length when none is). */
export function firstAtOrAfter(days: readonly string[], day: string): number {
  return firstPassing(days, (at) => at < day);
}

/** The position of the first day that is after `day` (the length when none is). */
export function firstAfter(days: readonly string[], day: string): number {
  return firstPassing(days, (at) => at <= day);
}

/** The position of the first day not `before`, where the days `before` holds for come first. */
function firstPassing(days: readonly string[], before: (day: string) => boolean): number {
  let [low, high] = [0, days.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(days[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
