import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { createContext, GraphQLContext } from '../graphql/context';
import type { CorpusRepository } from '../repository';

export interface HttpAppOptions {
  readonly apollo: ApolloServer<GraphQLContext>;
  readonly repository: CorpusRepository;
  readonly corsOrigins: readonly string[];
}

/** The HTTP surface: `/graphql` (POST, and GET for queries) and `/health`. */
export function createHttpApp({ apollo, repository, corsOrigins }: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');

  // The server starts listening only once the corpus is loaded, so answering means healthy.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.use(
    '/graphql',
    cors({ origin: [...corsOrigins] }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(repository) }),
  );
  return app;
}
