import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { GraphQLContext } from '../graphql/context';
import { sandboxExample } from './example-operation';
import { createFormatError } from './format-error';

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly production: boolean;
  /** Drained on stop, so in-flight requests finish. */
  readonly httpServer?: Server;
}

/** Apollo Server for the client-facing graph: Sandbox in development, no stack traces in production. */
export function createApolloServer({ schema, production, httpServer }: ApolloOptions): ApolloServer<GraphQLContext> {
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    production
      ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
      : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false, ...sandboxExample() }),
  ];
  if (httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer }));
  return new ApolloServer<GraphQLContext>({
    schema,
    plugins,
    formatError: createFormatError(schema, { production }),
    includeStacktraceInErrorResponses: !production,
    // Production hides the schema: no introspection, and no "Did you mean …?" hints in errors.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
  });
}
