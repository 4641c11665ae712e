import type { PartialDateFormat } from '../../loader/annotation/annotation-format';
import type { DateInfo } from '../world/entity-info';

/** "on 3 May 2016", "in May 2016", "from 3 May 2016 to 5 May 2016". */
export function datePhrase(start: DateInfo, end: DateInfo | undefined): string {
  if (end) return `from ${start.text} to ${end.text}`;
  return start.day === undefined ? `in ${start.text}` : `on ${start.text}`;
}

export function dateAnnotation(date: DateInfo): PartialDateFormat {
  const { text, year, month, day, inferred } = date;
  return { text, year, month, day, inferred };
}
