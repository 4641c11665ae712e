/**
 * Random GraphQL operations over the served schema, for property tests. Everything is read
 * from the schema object: each composite type gets a selection arbitrary that picks some of
 * its fields (inline fragments for unions and interfaces), nesting to a random depth; each
 * argument gets values of its type, at and beyond its bounds, written in the document or
 * sent as variables. Broken documents (truncated, with stray tokens, token soup, fragment
 * cycles) are made from the same operations.
 */
import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLUnionType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

/** What the generators draw real values from. */
export interface CorpusSamples {
  /** Ids of the corpus's entities, of every kind. */
  readonly ids: readonly string[];
  /** Names, aliases and words of the corpus: what searches and name filters find. */
  readonly words: readonly string[];
  /** Cursors the API handed out (pageInfo.endCursor of real pages). */
  readonly cursors: readonly string[];
}

/** A GraphQL request as a client sends it. */
export interface GeneratedOperation {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

/** How deep the generated selections nest, at most (the server's limit is 10: some go past it). */
const MAX_SELECTION_DEPTH = 12;
const SELECTION_DEPTH = fc.createDepthIdentifier();

// ---------------------------------------------------------------------------------------------
// What is generated, before it is printed

/** An enum value as a document writes it (a bare name); variables send it as a string. */
class EnumName {
  constructor(readonly name: string) {}
}

type InputValue = null | boolean | number | string | EnumName | readonly InputValue[] | { readonly [field: string]: InputValue };

interface GeneratedArgument {
  readonly name: string;
  readonly value: InputValue;
  /** Sent as a variable declared with this type ("Int", "ID!", …) instead of written in the document. */
  readonly variableType?: string;
  /** A declared variable the request leaves out of `variables`. */
  readonly omitted?: boolean;
}

interface FieldSelection {
  readonly kind: 'field';
  readonly name: string;
  readonly alias?: string;
  readonly args: readonly GeneratedArgument[];
  readonly directive?: string;
  readonly selections?: readonly Selection[];
}

interface FragmentSelection {
  readonly kind: 'fragment';
  readonly typeName: string;
  readonly selections: readonly Selection[];
}

type Selection = FieldSelection | FragmentSelection;

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * Each chance to make a deliberate mistake (a value of the wrong type, null where one is
 * required, an unknown argument, a wrong variable type, …) is taken one time in this many:
 * an operation has dozens of such chances, and most operations should still run.
 */
const MISTAKE_ODDS = 40;

/** `value` one time in `oneIn`, else undefined. */
function sometimes<T>(oneIn: number, value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: oneIn - 1 }, { arbitrary: value, weight: 1 });
}

/** `valid`, except one time in MISTAKE_ODDS: `mistake`. */
function mostly<T, U>(valid: fc.Arbitrary<T>, mistake: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ arbitrary: valid, weight: MISTAKE_ODDS - 1 }, { arbitrary: mistake, weight: 1 });
}

const typename: FieldSelection = { kind: 'field', name: '__typename', args: [] };

// ---------------------------------------------------------------------------------------------
// Argument values

/** Page sizes and other integers: the bounds of `first` (0–100 on connections, 0–500 on lists) and past them. */
function intValue(): fc.Arbitrary<InputValue> {
  return fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 6 },
    { arbitrary: fc.constantFrom(-1, 0, 1, 99, 100, 101, 499, 500, 501, 10 ** 9, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1), weight: 3 },
    { arbitrary: fc.integer(), weight: 1 },
  );
}

/** A string of the given code units, e.g. lone surrogates. */
const stringOfCodeUnits = (min: number, max: number) => fc.string({ unit: fc.integer({ min, max }).map((code) => String.fromCharCode(code)), maxLength: 8 });

/** Random text: graphemes, any code points, lone surrogates, huge strings, and tricky constants. */
function textValue(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 24 }),
    fc.string({ unit: 'binary', maxLength: 24 }),
    stringOfCodeUnits(0xd800, 0xdfff),
    stringOfCodeUnits(0, 0x1f),
    fc.tuple(fc.constantFrom('a', ' ', 'é', '🦄', 'a b ', '\u0301'), fc.integer({ min: 150, max: 20_000 })).map(([text, n]) => text.repeat(n)),
    fc.constantFrom('', ' ', '\u0000', '*', '"', '\\', '%', '../', '?', 'null', '__proto__', 'constructor', 'OR 1=1', '\u202e', '\ufeff'),
  );
}

/** Words the corpus has (names, aliases), sometimes cut or mangled, and random text. */
function wordValue(samples: CorpusSamples): fc.Arbitrary<string> {
  const word = fc.constantFrom(...samples.words);
  return fc.oneof(
    { arbitrary: word, weight: 3 },
    { arbitrary: fc.tuple(word, fc.nat()).map(([w, n]) => w.slice(0, 1 + (n % w.length))), weight: 1 },
    { arbitrary: fc.tuple(word, word).map(([a, b]) => `${a.toUpperCase()} ${b.toLowerCase()}`), weight: 1 },
    { arbitrary: textValue(), weight: 2 },
  );
}

/** ISO dates as EventFilter takes them (YYYY, YYYY-MM, YYYY-MM-DD), valid and not. */
function dateValue(): fc.Arbitrary<string> {
  const pad = (n: number, width: number) => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'));
  return fc.oneof(
    fc.constantFrom('2017', '2017-06', '2017-06-09', '2018-01', '2020-02-29', '2019-02-29', '2017-13', '2017-00', '2017-02-30', '17', '2017-6-9'),
    fc.constantFrom('', ' ', '2017-06-09T00:00:00Z', '99999', '0000', '-2017', '+002017', 'yesterday', '2017/06/09', '２０１７'),
    fc
      .tuple(fc.integer({ min: -10, max: 10_000 }), fc.option(fc.integer({ min: -1, max: 13 })), fc.option(fc.integer({ min: -1, max: 32 })))
      .map(([year, month, day]) =>
        [pad(year, 4), month === null ? undefined : pad(month, 2), month === null || day === null ? undefined : pad(day, 2)].filter(Boolean).join('-'),
      ),
    textValue(),
  );
}

/** Cursors: real ones, forged ones at odd positions, and anything else. */
function cursorValue(samples: CorpusSamples): fc.Arbitrary<string> {
  const forge = (position: string) => Buffer.from(`v1:${position}`).toString('base64url');
  return fc.oneof(
    { arbitrary: fc.constantFrom(...samples.cursors), weight: 4 },
    fc.oneof(fc.constantFrom('-1', '0', '21', '22', '23', '999999999', '1000000000', '01', '1e3'), fc.nat().map(String)).map(forge),
    fc.base64String({ maxLength: 24 }),
    textValue(),
  );
}

/** Ids: real ones, of the wrong kind, unknown ones of a real kind, and anything else. */
function idValue(samples: CorpusSamples): fc.Arbitrary<InputValue> {
  const real = fc.constantFrom(...samples.ids);
  const kinds = fc.constantFrom('person', 'organisation', 'event', 'place', 'source', 'statement', 'commitment', 'affiliation', 'nope');
  return fc.oneof(
    { arbitrary: real, weight: 12 },
    { arbitrary: fc.tuple(real, kinds).map(([id, kind]) => `${kind}:${id.slice(id.indexOf(':') + 1)}`), weight: 2 },
    { arbitrary: fc.tuple(kinds, textValue()).map(([kind, rest]) => `${kind}:${rest}`), weight: 1 },
    { arbitrary: textValue(), weight: 1 },
    { arbitrary: fc.integer(), weight: 1 },
  );
}

/** Strings chosen by what the argument means: `after` a cursor, `from`/`to` a date, names and text words. */
function stringValue(argumentName: string, samples: CorpusSamples): fc.Arbitrary<InputValue> {
  if (argumentName === 'after') return cursorValue(samples);
  if (argumentName === 'from' || argumentName === 'to') return dateValue();
  return wordValue(samples);
}

/** Enum values: valid ones mostly, and names that are not values, lower case, or quoted. */
function enumValue(values: readonly string[]): fc.Arbitrary<InputValue> {
  const valid = fc.constantFrom(...values);
  return mostly(
    valid.map((name) => new EnumName(name)),
    fc.oneof(
      valid.map((name) => new EnumName(name.toLowerCase())),
      valid, // a string literal: invalid in a document, valid as a variable
      fc.constantFrom('NOPE', 'DAY_', 'true', 'null').map((name) => new EnumName(name)),
    ),
  );
}

/** A value of another type altogether, to try the coercion errors. */
function wrongTypedValue(): fc.Arbitrary<InputValue> {
  return fc.oneof(
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 5 }),
    fc.constant([]),
    fc.constant({}),
    fc.constant([1, 'two']),
  );
}

/** Values of an input type, mostly valid, sometimes null, of the wrong type, or with unknown fields. */
function inputValue(type: GraphQLInputType, argumentName: string, samples: CorpusSamples): fc.Arbitrary<InputValue> {
  if (isNonNullType(type)) {
    return mostly(inputValue(type.ofType, argumentName, samples), fc.constant(null));
  }
  const valueOfType = (): fc.Arbitrary<InputValue> => {
    if (isListType(type)) return fc.array(inputValue(type.ofType, argumentName, samples), { maxLength: 3 });
    if (isEnumType(type)) return enumValue(type.getValues().map((value) => value.name));
    if (isInputObjectType(type)) return inputObjectValue(Object.values(type.getFields()), samples);
    switch (type.name) {
      case 'Int':
        return intValue();
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return idValue(samples);
      default:
        return stringValue(argumentName, samples);
    }
  };
  return mostly(fc.oneof({ arbitrary: valueOfType(), weight: 9 }, { arbitrary: fc.constant(null), weight: 1 }), wrongTypedValue());
}

/** An input object with some of its fields (each valued by its own name and type), sometimes an unknown one. */
function inputObjectValue(fields: readonly { name: string; type: GraphQLInputType }[], samples: CorpusSamples): fc.Arbitrary<InputValue> {
  const values = Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, field.name, samples)]));
  const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
  return fc
    .tuple(fc.record(values, { requiredKeys: required }), sometimes(MISTAKE_ODDS, fc.constant({ nope: 1 })))
    .map(([object, unknown]) => ({ ...(object as Record<string, InputValue>), ...unknown }));
}

// ---------------------------------------------------------------------------------------------
// Arguments

/** Variable types to declare instead of the argument's own: each one wrong somewhere. */
const WRONG_VARIABLE_TYPES = ['Int', 'Int!', 'String', 'ID!', '[Int]', 'Boolean', 'Nope'];

function oneArgument(argument: GraphQLArgument, samples: CorpusSamples): fc.Arbitrary<GeneratedArgument> {
  const asVariable = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    { arbitrary: mostly(fc.constant(String(argument.type)), fc.constantFrom(...WRONG_VARIABLE_TYPES)), weight: 3 },
  );
  return fc
    .tuple(inputValue(argument.type, argument.name, samples), asVariable, sometimes(MISTAKE_ODDS, fc.constant(true)))
    .map(([value, variableType, omitted]) => ({ name: argument.name, value, variableType, omitted: variableType !== undefined && omitted }));
}

/** The field's arguments: a required one almost always, an optional one half the time; sometimes an unknown one. */
function argumentsOf(field: GraphQLField<unknown, unknown>, samples: CorpusSamples): fc.Arbitrary<GeneratedArgument[]> {
  const each = field.args.map((argument) => {
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    return required ? mostly(oneArgument(argument, samples), fc.constant(undefined)) : fc.option(oneArgument(argument, samples), { nil: undefined });
  });
  const unknown = sometimes(MISTAKE_ODDS, fc.constant<GeneratedArgument>({ name: 'nope', value: 1 }));
  return fc
    .tuple(fc.tuple(...each), unknown)
    .map(([args, extra]) => [...args, ...(extra ? [extra] : [])].filter((a): a is GeneratedArgument => a !== undefined));
}

// ---------------------------------------------------------------------------------------------
// Selections

const DIRECTIVES = ['@include(if: true)', '@include(if: false)', '@skip(if: true)', '@skip(if: false)'];
const WRONG_DIRECTIVES = ['@include(if: "yes")', '@nope', '@skip', '@include(if: true) @include(if: true)', '@deprecated'];

type Tie = (typeName: string) => fc.Arbitrary<unknown>;

function fieldSelection(field: GraphQLField<unknown, unknown>, tie: Tie, samples: CorpusSamples): fc.Arbitrary<FieldSelection> {
  const named = getNamedType(field.type);
  return fc.record({
    kind: fc.constant('field' as const),
    name: fc.constant(field.name),
    alias: sometimes(10, fc.constantFrom('a', 'b', 'first', 'id', '__typename', 'x1')),
    args: argumentsOf(field, samples),
    directive: sometimes(10, mostly(fc.constantFrom(...DIRECTIVES), fc.constantFrom(...WRONG_DIRECTIVES))),
    selections: isCompositeType(named) ? (tie(named.name) as fc.Arbitrary<Selection[]>) : fc.constant(undefined),
  });
}

/** Fields of an object or interface type, one to four of them, each with its arguments and selections. */
function someFields(type: GraphQLObjectType | GraphQLInterfaceType, tie: Tie, samples: CorpusSamples): fc.Arbitrary<Selection[]> {
  const fields = Object.values(type.getFields());
  return fc
    .subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) })
    .chain((chosen) => fc.tuple(...chosen.map((field) => fieldSelection(field, tie, samples))))
    .map((selections) => [...selections]);
}

/** Where the nesting stops: scalar fields without required arguments, or `__typename`. */
function leafFields(type: GraphQLObjectType | GraphQLInterfaceType): fc.Arbitrary<Selection[]> {
  const leaves = Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((argument) => !isNonNullType(argument.type)))
    .map((field): FieldSelection => ({ kind: 'field', name: field.name, args: [] }));
  return leaves.length === 0 ? fc.constant<Selection[]>([typename]) : fc.subarray(leaves, { minLength: 1, maxLength: Math.min(3, leaves.length) });
}

/** Inline fragments on some of the possible types, sometimes with `__typename`, sometimes on a type that cannot be there. */
function someFragments(possibleTypes: readonly GraphQLObjectType[], otherTypeNames: readonly string[], tie: Tie): fc.Arbitrary<Selection[]> {
  const onType = mostly(fc.constantFrom(...possibleTypes.map((type) => type.name)), fc.constantFrom(...otherTypeNames));
  const fragment = onType.chain((typeName) =>
    (tie(typeName) as fc.Arbitrary<Selection[]>).map((selections): FragmentSelection => ({ kind: 'fragment', typeName, selections })),
  );
  return fc
    .tuple(fc.array(fragment, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([fragments, withTypename]) => (withTypename ? [typename, ...fragments] : fragments));
}

/** The selection arbitrary of each composite type, by name (fc.letrec ties them together). */
function selectionArbitraries(schema: GraphQLSchema, samples: CorpusSamples): Record<string, fc.Arbitrary<Selection[]>> {
  const composites = Object.values(schema.getTypeMap()).filter((type) => isCompositeType(type) && !type.name.startsWith('__'));
  const objectTypeNames = composites.filter(isObjectType).map((type) => type.name);
  return fc.letrec<Record<string, Selection[]>>((tie) =>
    Object.fromEntries(
      composites.map((type) => {
        const depth = { depthIdentifier: SELECTION_DEPTH, maxDepth: MAX_SELECTION_DEPTH, depthSize: 'small' as const };
        if (isUnionType(type)) {
          return [type.name, fc.oneof(depth, fc.constant<Selection[]>([typename]), someFragments(type.getTypes(), objectTypeNames, tie))];
        }
        const objectOrInterface = type as GraphQLObjectType | GraphQLInterfaceType;
        const full = isInterfaceType(objectOrInterface)
          ? fc
              .tuple(someFields(objectOrInterface, tie, samples), someFragments(schema.getPossibleTypes(objectOrInterface), objectTypeNames, tie))
              .map(([fields, fragments]) => [...fields, ...fragments])
          : someFields(objectOrInterface, tie, samples);
        return [type.name, fc.oneof(depth, leafFields(objectOrInterface), full)];
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Printing

function printValue(value: InputValue): string {
  if (value instanceof EnumName) return value.name;
  if (Array.isArray(value)) return `[${value.map(printValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, InputValue>)
      .map(([field, v]) => `${field}: ${printValue(v)}`)
      .join(', ')}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The JSON a variable sends for a value: enum names become strings. */
function variableValue(value: InputValue): unknown {
  if (value instanceof EnumName) return value.name;
  if (Array.isArray(value)) return value.map(variableValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, InputValue>).map(([field, v]) => [field, variableValue(v)]));
  }
  return value;
}

/** Prints an operation; arguments passed as variables get `$v0`, `$v1`, … declared in its header. */
function printOperation(keyword: string, name: string | undefined, selections: readonly Selection[]): GeneratedOperation {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const printArgument = (argument: GeneratedArgument): string => {
    if (argument.variableType === undefined) return `${argument.name}: ${printValue(argument.value)}`;
    const variable = `v${definitions.length}`;
    definitions.push(`$${variable}: ${argument.variableType}`);
    if (!argument.omitted) variables[variable] = variableValue(argument.value);
    return `${argument.name}: $${variable}`;
  };
  const printSelections = (list: readonly Selection[]): string => `{ ${list.map(printSelection).join(' ')} }`;
  const printSelection = (selection: Selection): string => {
    if (selection.kind === 'fragment') return `... on ${selection.typeName} ${printSelections(selection.selections)}`;
    const args = selection.args.length > 0 ? `(${selection.args.map(printArgument).join(', ')})` : '';
    const parts = [
      `${selection.alias ? `${selection.alias}: ` : ''}${selection.name}${args}`,
      selection.directive,
      selection.selections && printSelections(selection.selections),
    ];
    return parts.filter(Boolean).join(' ');
  };
  const body = printSelections(selections);
  const header =
    keyword !== 'query' || name || definitions.length > 0
      ? `${keyword}${name ? ` ${name}` : ''}${definitions.length > 0 ? `(${definitions.join(', ')})` : ''} `
      : '';
  return {
    query: header + body,
    ...(definitions.length > 0 ? { variables } : {}),
    ...(name ? { operationName: name } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Operations

/**
 * Operations built from the schema: random fields of Query, nested to a random depth (up
 * to 12), with random arguments; mostly queries, now and then a mutation or subscription
 * (the schema has neither), sometimes named.
 */
export function operationArbitrary(schema: GraphQLSchema, samples: CorpusSamples): fc.Arbitrary<GeneratedOperation> {
  const selections = selectionArbitraries(schema, samples);
  const rootSelections = someFields(schema.getQueryType()!, (typeName) => selections[typeName]!, samples);
  const keyword = fc.oneof({ arbitrary: fc.constant('query'), weight: 38 }, { arbitrary: fc.constantFrom('mutation', 'subscription'), weight: 1 });
  const name = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: fc.constantFrom('Generated', 'people', '__proto__', 'query'), weight: 1 },
  );
  return fc.tuple(keyword, name, rootSelections).map(([k, n, s]) => printOperation(k, n, s));
}

/**
 * One long chain of object fields from Query, 6 to 14 levels (the depth limit is 10):
 * `{ person(id: …) { affiliations { organisation { … { __typename } } } } }`. Each step
 * takes the field the next number picks; union and interface steps go through a fragment.
 * A root field by id gets a real id of its kind, so the chain resolves deep down.
 */
export function deepPathArbitrary(schema: GraphQLSchema, samples: CorpusSamples): fc.Arbitrary<GeneratedOperation> {
  return fc.array(fc.nat(), { minLength: 6, maxLength: 14 }).map((choices) => ({ query: deepPath(schema, choices, samples.ids) }));
}

/** Whether a chain can go on through this type: an object type with object fields, a union, an interface. */
function leadsDeeper(type: GraphQLNamedType): boolean {
  if (isUnionType(type) || isInterfaceType(type)) return true;
  return isObjectType(type) && Object.values(type.getFields()).some((field) => isCompositeType(getNamedType(field.type)));
}

function deepPath(schema: GraphQLSchema, choices: readonly number[], ids: readonly string[]): string {
  let type: GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType = schema.getQueryType()!;
  let text = '{ ';
  let open = 1;
  for (const choice of choices) {
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible: readonly GraphQLObjectType[] = schema.getPossibleTypes(type);
      type = possible[choice % possible.length]!;
      text += `... on ${type.name} { `;
      open += 1;
    }
    const fields = Object.values((type as GraphQLObjectType).getFields()).filter((field) => leadsDeeper(getNamedType(field.type)));
    if (fields.length === 0) break;
    const field = fields[choice % fields.length]!;
    const idsOfKind = ids.filter((id) => id.startsWith(`${field.name}:`));
    const id = idsOfKind.length > 0 ? idsOfKind[choice % idsOfKind.length]! : ids[choice % ids.length]!;
    const args = field.args
      .filter((argument) => isNonNullType(argument.type))
      .map((argument) => `${argument.name}: ${JSON.stringify(getNamedType(argument.type).name === 'ID' ? id : 'osce')}`);
    text += `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''} { `;
    open += 1;
    type = getNamedType(field.type) as GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType;
  }
  return `${text}__typename ${'} '.repeat(open)}`.trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Broken documents

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '$v0',
  '...',
  '@',
  '@include',
  '@skip(if: true)',
  '!',
  '=',
  '|',
  '&',
  ',',
  '"',
  '"""',
  '#',
  '\n',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'Person',
  'Query',
  'Node',
  '__typename',
  '__schema',
  '__type(name: "Person")',
  'people',
  'person(id: "person:gyorgy-szabo")',
  'first: 1',
  'first',
  'null',
  'true',
  '0',
  '-1',
  '1e400',
  '0x10',
  '"x"',
  '"\\u{1F600}"',
  '"\\ud800"',
  '"\\x"',
  'é',
  '\u0000',
  '\u200b',
  '\ufeff',
  '🦄',
];

const token = fc.constantFrom(...TOKENS);

/** Documents that do not parse or do not validate, made from real operations and from nothing. */
export function brokenDocumentArbitrary(operations: fc.Arbitrary<GeneratedOperation>): fc.Arbitrary<GeneratedOperation> {
  const truncated = fc
    .tuple(operations, fc.nat())
    .map(([operation, n]) => ({ ...operation, query: operation.query.slice(0, n % (operation.query.length + 1)) }));
  const withStrayTokens = fc.tuple(operations, fc.array(fc.tuple(fc.nat(), token), { minLength: 1, maxLength: 5 })).map(([operation, insertions]) => {
    let query = operation.query;
    for (const [at, inserted] of insertions) {
      const position = at % (query.length + 1);
      query = `${query.slice(0, position)} ${inserted} ${query.slice(position)}`;
    }
    return { ...operation, query };
  });
  const tokenSoup = fc.array(token, { maxLength: 60 }).map((tokens) => ({ query: tokens.join(' ') }));
  const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })).map((query) => ({ query }));
  return fc.oneof(truncated, withStrayTokens, tokenSoup, randomText, fragmentSoupArbitrary());
}

/** Named fragments that spread one another at random: cycles, unknown and unused fragments, wrong type conditions. */
function fragmentSoupArbitrary(): fc.Arbitrary<GeneratedOperation> {
  const names = ['A', 'B', 'C', 'D'];
  const fragment = fc.record({
    name: fc.constantFrom(...names),
    onType: fc.constantFrom('Query', 'Query', 'Person', 'Nope'),
    spreads: fc.array(fc.constantFrom(...names, 'E'), { maxLength: 3 }),
  });
  return fc
    .tuple(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }), fc.array(fragment, { minLength: 1, maxLength: 4 }))
    .map(([rootSpreads, fragments]) => ({
      query: [
        `{ ${rootSpreads.map((name) => `...${name}`).join(' ')} }`,
        ...fragments.map((f) => `fragment ${f.name} on ${f.onType} { __typename ${f.spreads.map((name) => `...${name}`).join(' ')} }`),
      ].join(' '),
    }));
}
