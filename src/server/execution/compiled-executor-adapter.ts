import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLSchema, printSchema } from 'graphql';
import type { CompiledExecutor } from '../../graphql/compiled-execution';

/**
 * Apollo Server 5 has no executor option; a gateway's `load()` is the one place it takes an
 * executor. This "gateway" serves one fixed schema and runs operations with the compiled
 * executor (graphql-jit for repeated operations). Apollo still parses, validates, runs every
 * plugin hook and formats the errors; only execution changes.
 */
export function compiledExecutionGateway(schema: GraphQLSchema, executor: CompiledExecutor): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({
      executor: ({ document, request, context }) =>
        executor.execute({ document, operationName: request.operationName, variableValues: request.variables, contextValue: context }),
    }),
    stop: async () => undefined,
  };
}
