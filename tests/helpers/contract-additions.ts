/**
 * Reading an issue's additions from the next API contract's markers, and comparing what the
 * contract says of each with what the served schema has: object, enum and input types, unions and
 * fields, whose descriptions are compared where the contract gives one. Every contract test
 * (tests/api/contract-issue-*.test.ts) uses these, and states only what its issue adds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isUnionType,
  parse,
  print,
  printType,
} from 'graphql';

/** The next contract's copy in the fixtures, which the tests read. */
export const NEXT_FIXTURE = join(__dirname, '..', 'fixtures', 'api-contract-next.graphql');
/** The next contract as published beside the project, when it is checked out there. */
export const SHARED_NEXT = join(__dirname, '..', '..', '..', 'shared', 'api-contract-next.graphql');

export function contractSdl(): string {
  return readFileSync(NEXT_FIXTURE, 'utf8');
}

export function contractSchema(): GraphQLSchema {
  return buildSchema(contractSdl());
}

/**
 * The contract with each `[written, instead]` replaced, for showing a comparison finds a
 * difference. A replacement whose text is not in the (printed) contract is an error, so a negative
 * check cannot pass by changing nothing.
 */
export function changedContract(...replacements: [written: string, instead: string][]): GraphQLSchema {
  let sdl = print(parse(contractSdl()));
  for (const [written, instead] of replacements) {
    if (!sdl.includes(written)) throw new Error(`"${written}" is not in the printed contract: change something it writes`);
    sdl = sdl.replace(written, instead);
  }
  return buildSchema(sdl);
}

const DEFINITION = /^(?:type|enum|interface|input|union)\s+(\w+)/;

/**
 * The coordinates an issue adds, read from the contract's markers: "# (issue 10) A, B.c" before a
 * definition names types and fields; "# (issue 10: …)" alone names the definition that follows;
 * inside a type, "# (issue 10) a, b" (or "a and b") names fields of that type. A marker's words that are not
 * names ("facets, totals, timelines and networks, down to NetworkFilter") name every definition
 * that follows, down to the one named last.
 */
export function additionsOf(sdl: string, issue: number): string[] {
  const lines = sdl.split('\n');
  const coordinates: string[] = [];
  let enclosing: string | undefined;
  lines.forEach((line, index) => {
    const opening = DEFINITION.exec(line);
    if (opening) enclosing = line.includes('{') ? opening[1] : undefined;
    if (line.startsWith('}')) enclosing = undefined;
    const marker = new RegExp(`^(\\s*)# \\(issue ${issue}(?:\\)|:[^)]*\\))(.*)$`).exec(line);
    if (!marker) return;
    const [, indent, rest] = marker;
    const downTo = /down to (\w+)\s*$/.exec(rest!);
    if (!indent && downTo) {
      for (const following of lines.slice(index + 1)) {
        const name = DEFINITION.exec(following)?.[1];
        if (!name) continue;
        coordinates.push(name);
        if (name === downTo[1]) break;
      }
      return;
    }
    const names = rest!
      .split(/,|\band\b/)
      .map((name) => name.trim())
      .filter(Boolean);
    if (indent) {
      coordinates.push(...names.map((name) => `${enclosing}.${name}`));
    } else if (names.length > 0) {
      coordinates.push(...names);
    } else {
      const next = lines.slice(index + 1).find((l) => DEFINITION.test(l));
      coordinates.push(DEFINITION.exec(next!)![1]!);
    }
  });
  return coordinates;
}

/** A field's definition as the contract states it: type, arguments, and its description where the contract gives one. */
function fieldDefinition(field: GraphQLField<unknown, unknown>, described: boolean) {
  return {
    type: String(field.type),
    args: field.args.map((arg: GraphQLArgument) => ({ name: arg.name, type: String(arg.type), defaultValue: arg.defaultValue })),
    ...(described ? { description: field.description } : {}),
  };
}

function inputFieldDefinition(field: GraphQLInputField, described: boolean) {
  return { name: field.name, type: String(field.type), defaultValue: field.defaultValue, ...(described ? { description: field.description } : {}) };
}

/**
 * What the contract says of one coordinate, and what the served schema has there: for a type,
 * its kind, description, and every field, input field, member or enum value; for a field, its
 * definition. A description is compared where the contract gives one (the project describes
 * every element it serves). `beyond` names a type's fields served beyond the contract, left out
 * of the comparison (see fieldsBeyond).
 */
export function compare(
  contract: GraphQLSchema,
  served: GraphQLSchema,
  coordinate: string,
  beyond: readonly string[] = [],
): { contract: unknown; served: unknown } {
  const [typeName, fieldName] = coordinate.split('.') as [string, string | undefined];
  const contractType = contract.getType(typeName);
  if (!contractType) throw new Error(`${typeName} is not in the contract`);
  const servedType = served.getType(typeName);
  if (fieldName !== undefined) {
    if (!isObjectType(contractType)) throw new Error(`${coordinate}: only object fields are expected`);
    const contractField = contractType.getFields()[fieldName];
    if (!contractField) throw new Error(`${coordinate} is not in the contract`);
    const servedField = servedType && isObjectType(servedType) ? servedType.getFields()[fieldName] : undefined;
    const described = Boolean(contractField.description);
    return { contract: fieldDefinition(contractField, described), served: servedField && fieldDefinition(servedField, described) };
  }
  return {
    contract: typeDefinition(contractType, contractType, []),
    served: servedType && typeDefinition(servedType, contractType, beyond),
  };
}

/** The fields of an object or input type that the served schema has and the contract does not. */
export function fieldsBeyond(contract: GraphQLSchema, served: GraphQLSchema, typeName: string): string[] {
  const contractType = contract.getType(typeName);
  const servedType = served.getType(typeName);
  const fieldsOf = (type: GraphQLNamedType | undefined) => (isObjectType(type) || isInputObjectType(type) ? Object.keys(type.getFields()) : []);
  const stated = new Set(fieldsOf(contractType));
  return fieldsOf(servedType).filter((field) => !stated.has(field));
}

function typeDefinition(type: GraphQLNamedType, contractType: GraphQLNamedType, beyond: readonly string[]) {
  const description = contractType.description ? { description: type.description } : {};
  if (isEnumType(type) && isEnumType(contractType)) {
    const stated = new Map(contractType.getValues().map((value) => [value.name, Boolean(value.description)]));
    const values = type
      .getValues()
      .map((value) => ({ name: value.name, ...(stated.get(value.name) ? { description: value.description } : {}) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'enum', ...description, values };
  }
  if (isObjectType(type) && isObjectType(contractType)) {
    const contractFields = contractType.getFields();
    const fields = Object.values(type.getFields())
      .filter((field) => !beyond.includes(field.name))
      .map((field) => ({ name: field.name, ...fieldDefinition(field, Boolean(contractFields[field.name]?.description)) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'object', ...description, fields, interfaces: type.getInterfaces().map((i) => i.name) };
  }
  if (isInputObjectType(type) && isInputObjectType(contractType)) {
    const contractFields = contractType.getFields();
    const fields = Object.values(type.getFields())
      .filter((field) => !beyond.includes(field.name))
      .map((field) => inputFieldDefinition(field, Boolean(contractFields[field.name]?.description)))
      .sort((a, b) => a.name.localeCompare(b.name));
    return { kind: 'input', ...description, fields };
  }
  if (isUnionType(type) && isUnionType(contractType)) {
    return { kind: 'union', ...description, members: type.getTypes().map((member) => member.name) };
  }
  return { kind: 'other', printed: printType(type) };
}
