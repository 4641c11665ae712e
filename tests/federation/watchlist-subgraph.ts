import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/**
 * A second team's subgraph, written for the tests: it adds fields to our Person and
 * Organisation entities and points at our Events by id.
 */
export const WATCHLIST_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

type Person @key(fields: "id") {
  id: ID!
  "An analyst's note on the person."
  watchNote: String
}

type Organisation @key(fields: "id") {
  id: ID!
  "How closely analysts follow the organisation, 1 to 5."
  watchLevel: Int!
}

type Event @key(fields: "id", resolvable: false) {
  id: ID!
}

type Briefing {
  title: String!
  people: [Person!]!
  events: [Event!]!
}

type Query {
  briefing: Briefing!
}
`;

const NOTES: Record<string, string> = {
  'person:gyorgy-szabo': 'Spoke for the OSCE in Astana.',
  'person:nurtai-abykayev': 'Head of the KNB at the time.',
};

export const BRIEFING = {
  title: 'Counter-terrorism in Central Asia',
  people: ['person:nurtai-abykayev', 'person:gyorgy-szabo', 'person:antonio-guterres', 'person:federica-mogherini'],
  events: ['event:osce-summit-astana-2010', 'event:tashkent-conference-on-afghanistan'],
};

export async function startWatchlistSubgraph(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    schema: buildSubgraphSchema({
      typeDefs: parse(WATCHLIST_SDL),
      resolvers: {
        Query: {
          briefing: () => ({
            title: BRIEFING.title,
            people: BRIEFING.people.map((id) => ({ id })),
            events: BRIEFING.events.map((id) => ({ id })),
          }),
        },
        Person: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          watchNote: ({ id }: { id: string }) => NOTES[id] ?? null,
        },
        Organisation: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          watchLevel: ({ id }: { id: string }) => (id === 'organisation:osce' ? 3 : 1),
        },
      } as never,
    }),
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 } });
  return { url, stop: () => server.stop() };
}
