import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ArgumentNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  validate,
  type ValidationRule,
  visit,
  visitWithTypeInfo,
} from 'graphql';

type Maybe<T> = T | null | undefined;

/** The arguments armor's cost multiplies a field by, when the query writes a number there. */
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last']);

/** The variables' values: those sent, else the operation's defaults. */
function variableValues(operation: OperationDefinitionNode | undefined, variables: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { variable, defaultValue } of operation?.variableDefinitions ?? []) {
    if (defaultValue?.kind === Kind.INT) values[variable.name.value] = Number(defaultValue.value);
  }
  return { ...values, ...variables };
}

/** A connection's page size when `first` is not given (connections are the fields paged with `after`). */
function defaultPageSize(field: Maybe<GraphQLField<unknown, unknown>>): number | undefined {
  if (!field?.args.some((arg) => arg.name === 'after')) return undefined;
  const size = field.args.find((arg) => arg.name === 'first')?.defaultValue;
  return typeof size === 'number' ? size : undefined;
}

/** A value GraphQL's Int accepts: a whole number in 32 bits. */
const isGraphQLInt = (value: unknown) => Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31;

function intArgument(name: string, value: number): ArgumentNode {
  return { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value: { kind: Kind.INT, value: String(value) } };
}

/**
 * The document with every page size written out as a number: `first: $n` becomes the value of
 * $n, and a connection without `first` gets its default (a page of 20). Undefined when there
 * was nothing to write out.
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> = {},
): DocumentNode | undefined {
  const values = variableValues(operation, variables);
  const typeInfo = new TypeInfo(schema);
  let changed = false;
  const sized = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const given = node.arguments?.find((arg) => PAGE_SIZE_ARGUMENTS.has(arg.name.value));
        if (given?.value.kind === Kind.INT) return undefined;
        const fromVariable = given?.value.kind === Kind.VARIABLE ? values[given.value.name.value] : undefined;
        if (fromVariable !== undefined && fromVariable !== null && !isGraphQLInt(fromVariable)) return undefined; // coercion refuses it
        const size = typeof fromVariable === 'number' ? fromVariable : defaultPageSize(typeInfo.getFieldDef());
        if (size === undefined) return undefined;
        changed = true;
        const others = (node.arguments ?? []).filter((arg) => arg !== given);
        return { ...node, arguments: [...others, intArgument(given?.name.value ?? 'first', size)] };
      },
    }),
  );
  return changed ? sized : undefined;
}

/**
 * graphql-armor's cost rule multiplies a list by its page size only where the query writes a
 * number: `first: $n`, or a connection left at its default page of 20, would cost as if the
 * page held one item. Once the operation and its variables are known, this plugin costs the
 * document again with every page size written out, and refuses it as the rule would.
 */
export function pageSizeCostPlugin(costRule: ValidationRule): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const sized = withPageSizes(schema, document, operation, request.variables ?? {});
          if (!sized) return;
          const [refusal] = validate(schema, sized, [costRule]);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
