import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from '../graphql/context';

/**
 * What the production concerns add to a server, each as small parts: Apollo plugins,
 * validation rules, HTTP middleware in front of the API, and routes beside it.
 * start-server.ts composes them; each concern keeps its own module and its own config.
 */
export interface ServerFeatures {
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  readonly validationRules: ValidationRule[];
  /** Runs on every /graphql request before the body is parsed. */
  readonly middleware: RequestHandler[];
  readonly routes: { path: string; handler: RequestHandler }[];
}

export function serverFeatures(_env: NodeJS.ProcessEnv): ServerFeatures {
  const features: ServerFeatures = { plugins: [], validationRules: [], middleware: [], routes: [] };
  return features;
}
