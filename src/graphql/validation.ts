import { validate, ValidationError } from 'class-validator';
import { getNamedType } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { ResolverData } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Argument sets already found valid; bounded in count and in the characters of their keys, as
 * clients choose the values (and their length).
 */
const VALID_ARGUMENTS = new LRUCache<string, true>({ max: 10_000, maxSize: 4_000_000, sizeCalculation: (_valid, key) => key.length });

/** What the cache of valid arguments holds, and its bound: for the tests and the soak. */
export const validArgumentsCache = {
  get entries(): number {
    return VALID_ARGUMENTS.size;
  },
  get characters(): number {
    return VALID_ARGUMENTS.calculatedSize;
  },
  maxCharacters: VALID_ARGUMENTS.maxSize,
};

/**
 * Type-GraphQL's validateFn: runs class-validator on argument and input objects and turns
 * what it finds into one BAD_USER_INPUT error whose message lists every problem.
 */
export async function validateArguments(argValue: unknown, argType: unknown, { info }: ResolverData): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  // Validity depends on the values alone, and a query asks the same arguments of every
  // parent in a list: each distinct set is validated once.
  const key = `${typeof argType === 'function' ? argType.name : ''}:${JSON.stringify(argValue)}`;
  if (VALID_ARGUMENTS.has(key)) return;
  const errors = await validate(argValue, { forbidUnknownValues: false });
  if (errors.length === 0) {
    VALID_ARGUMENTS.set(key, true);
    return;
  }
  // An input object (`filter`) is one argument: name its fields by their path, "filter.from".
  // Input classes carry their GraphQL type's name; an @ArgsType class is all the arguments.
  const typeName = typeof argType === 'function' ? argType.name : undefined;
  const argument = info.parentType.getFields()[info.fieldName]?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name;
  const problems = errors.flatMap((error) => flatten(error, argument ? `${argument}.` : ''));
  throw badUserInput(problems.map((p) => p.message).join('; '), { problems });
}

function flatten(error: ValidationError, prefix: string): { argument: string; message: string }[] {
  const argument = `${prefix}${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ argument, message: prefixed(prefix, message) }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, `${argument}.`))];
}

// Nested input fields are named by their path, e.g. "filter.from must be …".
function prefixed(prefix: string, message: string): string {
  return prefix && !message.startsWith(prefix) ? `${prefix}${message}` : message;
}
