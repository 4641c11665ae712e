import { registerDecorator, ValidationOptions } from 'class-validator';
import type { EntityType } from './entity-types';
import { entityTypeOf, idExample } from './ids';

/**
 * class-validator: the value is an id (or, with `each`, a list of ids) of one of the given
 * types. Shared by the corpus annotations and the API's filters, so both say the same thing.
 */
export function IsEntityId(types: EntityType | readonly EntityType[], options?: ValidationOptions): PropertyDecorator {
  const allowed: readonly EntityType[] = typeof types === 'string' ? [types] : types;
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEntityId',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property, value }) =>
          `${property} must be ${allowed.map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t} id like "${idExample(t)}"`).join(' or ')}; got ${JSON.stringify(value)}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && allowed.includes(entityTypeOf(value) as EntityType),
      },
    });
}
