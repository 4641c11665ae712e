import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { searchTermsOf } from '../../../repository';
import type { LimitsConfig } from '../../config';
import { LimitRefusal } from './refusal';

/**
 * Prices `search` by its terms: each term of five letters or more is matched fuzzily over the
 * whole vocabulary, so an operation may run at most MAX_SEARCHES searches of at most
 * MAX_SEARCH_TERMS terms each (figures in docs/performance/search-pricing.md). Checked once the
 * operation and its variables are known, before anything runs.
 */
export function searchLimitPlugin({ maxSearches, maxSearchTerms }: Pick<LimitsConfig, 'maxSearches' | 'maxSearchTerms'>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const root = schema.getQueryType();
          if (operation?.operation !== 'query' || !root) return;
          const searchField = root.getFields()['search'];
          if (!searchField) return;
          // Bad variables: execution reports them. One error is enough to know: without a cap,
          // graphql-js quotes the whole value in each of its errors (a value of n bad fields: n² work).
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (!variables.coerced) return;
          const searches = rootFieldsNamed(schema, document, operation, variables.coerced, 'search');
          if (searches.length > maxSearches) throw new LimitRefusal('searches', searches.length, maxSearches);
          for (const node of searches) {
            const { text } = getArgumentValues(searchField, node, variables.coerced);
            const terms = typeof text === 'string' ? searchTermsOf(text).length : 0;
            if (terms > maxSearchTerms) throw new LimitRefusal('searchTerms', terms, maxSearchTerms);
          }
        },
      };
    },
  };
}

/** The root fields named `name` the operation runs, each once per response key (as execution merges them). */
function rootFieldsNamed(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: CoercedVariables,
  name: string,
): FieldNode[] {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const fields = collectFields(schema, fragments, variables, schema.getQueryType()!, operation.selectionSet);
  return [...fields.values()].map((nodes) => nodes[0]!).filter((node) => node.name.value === name);
}

type CoercedVariables = Parameters<typeof collectFields>[2];
