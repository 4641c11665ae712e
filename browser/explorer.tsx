import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';
import { pageConfig } from './page-config';

/** What /explorer's page carries (src/server/http/pages.ts). */
interface ExplorerConfig {
  /** The example operations of schema/operations/, each with its variables' defaults. */
  readonly tabs: { readonly query: string; readonly variables: string }[];
  /** Whether the service answers introspection (development, or EXPLORER=1): the docs explorer needs it. */
  readonly introspection: boolean;
}

const config = pageConfig<ExplorerConfig>();

/** Whether the document defines an operation of that name. */
const defines = (document: string, name: string) => new RegExp(`\\b(query|mutation|subscription)\\s+${name}\\b`).test(document);

// The service's own /graphql, as JSON over POST (Apollo's CSRF prevention accepts it); no subscriptions.
const fetcher: Fetcher = async (params, options) => {
  // GraphiQL reads the operation's name 100 ms after an edit or a change of tab: a run sooner
  // sends the previous tab's name, which the new document does not define.
  const { operationName, ...rest } = params;
  const body = operationName && defines(params.query, operationName) ? params : rest;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(body),
  });
  return response.json();
};

// GraphiQL 3 fills the first tab's query from defaultTabs but not its variables: on a first visit
// (no tabs stored in this browser yet) they are given as well.
const firstVisit = localStorage.getItem('graphiql:tabState') === null;

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={config.tabs}
    variables={firstVisit ? config.tabs[0]?.variables : undefined}
    // null: no introspection query at all (production without EXPLORER=1); undefined: GraphiQL asks.
    schema={config.introspection ? undefined : null}
    defaultEditorToolsVisibility="variables"
    isHeadersEditorEnabled={false}
  />,
);
