import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  getNamedType,
  type GraphQLInputType,
  GraphQLID,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { LimitsConfig } from '../../config';
import { quoteClientText } from '../../apollo/client-text';
import { LimitRefusal } from './refusal';

/**
 * Refuses an id longer than MAX_ID_LENGTH, in the query's arguments or its variables (lists and
 * filters included), before anything runs: no entity has one, and clients choose the length
 * of what the caches and the validation keep.
 */
export function idLengthPlugin({ maxIdLength }: Pick<LimitsConfig, 'maxIdLength'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const longest = longestId(schema, document, operation, request.variables ?? {});
          if (longest && longest.length > maxIdLength) {
            throw new LimitRefusal('idLength', longest.length, maxIdLength, {
              detail: `The id sent: ${quoteClientText(longest)}.`,
            });
          }
        },
      };
    },
  };
}

/** The longest id the operation is given: in its literal arguments, or in the variables it declares. */
function longestId(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): string | undefined {
  let longest: string | undefined;
  const consider = (value: unknown) => {
    if (typeof value === 'string' && value.length > (longest?.length ?? -1)) longest = value;
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (getNamedType(typeInfo.getInputType() ?? undefined) === GraphQLID) consider(node.value);
      },
    }),
  );
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) idsIn(variables[definition.variable.name.value], type, consider);
  }
  return longest;
}

/** Calls `found` with every ID in `value`, a variable's value of input type `type`. */
function idsIn(value: unknown, type: GraphQLInputType, found: (id: unknown) => void, depth = 0): void {
  if (value === null || value === undefined || depth > 20) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    for (const item of Array.isArray(value) ? value : [value]) idsIn(item, inner.ofType, found, depth + 1);
  } else if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    for (const [name, field] of Object.entries(inner.getFields())) idsIn((value as Record<string, unknown>)[name], field.type, found, depth + 1);
  } else if (inner === GraphQLID || inner.name === 'ID') {
    found(value);
  }
}
