import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
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
import { LRUCache } from 'lru-cache';

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

/** The names of the variables a document uses as page sizes (`first: $n`). */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (PAGE_SIZE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

function copyOf(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError, extensions: error.extensions });
}

/** How many verdicts are kept per document: one per distinct set of page sizes sent. */
const VERDICTS_PER_DOCUMENT = 64;

interface DocumentVerdicts {
  readonly variables: readonly string[];
  readonly verdicts: LRUCache<string, { refusal: GraphQLError | undefined }>;
}

/**
 * graphql-armor's cost rule multiplies a list by its page size only where the query writes a
 * number: `first: $n`, or a connection left at its default page of 20, would cost as if the
 * page held one item. Once the operation and its variables are known, this plugin costs the
 * document again with every page size written out, and refuses it as the rule would.
 *
 * The verdict depends only on the document, the operation and the page-size variables, and
 * Apollo hands the same parsed document to every request with the same query: verdicts are
 * kept per document (weakly) and per page sizes, so a repeated request costs a lookup.
 */
export function pageSizeCostPlugin(costRule: ValidationRule): ApolloServerPlugin {
  const byDocument = new WeakMap<DocumentNode, DocumentVerdicts>();
  const verdictsOf = (document: DocumentNode) => {
    let entry = byDocument.get(document);
    if (!entry) {
      entry = { variables: pageSizeVariables(document), verdicts: new LRUCache({ max: VERDICTS_PER_DOCUMENT }) };
      byDocument.set(document, entry);
    }
    return entry;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const variables = request.variables ?? {};
          const { variables: pageSizes, verdicts } = verdictsOf(document);
          // Whether each is sent tells an omitted variable (its default) from a null (the field's).
          const key = JSON.stringify([operation?.name?.value ?? null, ...pageSizes.map((name) => [name in variables, variables[name] ?? null])]);
          let verdict = verdicts.get(key);
          if (!verdict) {
            const sized = withPageSizes(schema, document, operation, variables);
            verdict = { refusal: sized ? validate(schema, sized, [costRule])[0] : undefined };
            verdicts.set(key, verdict);
          }
          // Each request gets its own error: errors carry per-request state (the request id).
          if (verdict.refusal) throw copyOf(verdict.refusal);
        },
      };
    },
  };
}
