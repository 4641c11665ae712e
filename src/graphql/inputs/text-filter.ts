import type { ValidationArguments } from 'class-validator';

/** Text filters match parts of names and texts; longer input cannot match anything useful. */
export const TEXT_FILTER_MAX = 200;

export const textFilterTooLong = ({ property, value }: ValidationArguments): string =>
  `${property} is ${String(value).length} characters long; send at most ${TEXT_FILTER_MAX}: a part of a name or a few words`;
