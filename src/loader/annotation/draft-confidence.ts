import { IsNumber, IsOptional, Max, Min } from 'class-validator';

const CONFIDENCE_MESSAGE = 'confidence must be a number from 0 to 1: how sure the machine draft is of this entry (low means "review this first")';

/**
 * `confidence`, 0 to 1, that a machine draft (`review: draft`) gives each entry it wrote, so
 * that the reviewer looks at the least certain first. Optional; the loader keeps it no further:
 * once reviewed, an entry is as sure as any other.
 */
export function DraftConfidence(): PropertyDecorator {
  const decorators = [
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: CONFIDENCE_MESSAGE }),
    Min(0, { message: CONFIDENCE_MESSAGE }),
    Max(1, { message: CONFIDENCE_MESSAGE }),
  ];
  return (target, propertyName) => decorators.forEach((decorate) => decorate(target, propertyName));
}
