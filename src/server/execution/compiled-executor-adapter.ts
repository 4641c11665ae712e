import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLSchema, printSchema } from 'graphql';
import type { CompiledExecutor } from '../../graphql/compiled-execution';

/**
 * Hands Apollo Server a compiled executor. Apollo Server 5 has no executor option; the
 * GatewayInterface's `load()` is the one place it takes one, so this adapter implements that
 * interface for one fixed schema (no federation involved). Apollo still parses, validates,
 * runs every plugin hook and formats the errors; only execution changes.
 */
export function compiledExecutorAdapter(schema: GraphQLSchema, executor: CompiledExecutor): GatewayInterface {
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
