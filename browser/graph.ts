/**
 * /graph?actor=ID[&hops=N&from=…&to=…]: an actor's network, drawn from Query.network with
 * Cytoscape.js and the fcose layout (node colour by kind, edge width by weight); clicking a tie
 * lists its evidence, each quote in its sentence with the span marked. A search box finds an
 * actor by any spelling (Query.search); the actor's monthly timeline (Query.timeline) is drawn
 * with Vega-Lite, coarser-dated items in their own band; the ties and their evidence are also a
 * table under the drawing.
 */
import cytoscape, { type Core, type EdgeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { el } from './dom';
import { query } from './graphql-client';
import { drawTimeline, type TimelineData } from './timeline-chart';

cytoscape.use(fcose);

interface ActorRef {
  readonly __typename: 'Person' | 'Organisation';
  readonly id: string;
  readonly name: string;
  readonly kind?: string;
}

interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly source: { readonly id: string; readonly title: string };
}

interface Tie {
  readonly kind: 'MET' | 'AFFILIATED' | 'COMMITTED';
  readonly weight: number;
  readonly from: ActorRef;
  readonly to: ActorRef;
  readonly events: { readonly id: string; readonly name: string }[];
  readonly commitments: { readonly id: string; readonly description: string }[];
  readonly evidence: Evidence[];
}

interface NetworkData {
  readonly network: { readonly actors: ActorRef[]; readonly ties: Tie[]; readonly truncated: boolean };
}

const ACTOR = '__typename ... on Person { id name } ... on Organisation { id name kind }';
const ACTOR_NAME = `query ActorName($id: ID!) { actor: node(id: $id) { ${ACTOR} } }`;

const NETWORK = `query ActorNetwork($seedIds: [ID!]!, $hops: Int, $filter: NetworkFilter) {
  network(seedIds: $seedIds, hops: $hops, filter: $filter) {
    truncated
    actors { ${ACTOR} }
    ties { kind weight from { ${ACTOR} } to { ${ACTOR} } events { id name } commitments { id description } evidence { start end quote source { id title } } }
  }
}`;

// Asked apart from the network: each part of the page shows what it could get.
const TIMELINE = `query ActorTimeline($filter: TimelineFilter) {
  timeline(filter: $filter, unit: MONTH) {
    unit undated
    buckets { period count inferred }
    coarser { period unit count inferred }
  }
}`;

const SEARCH = `query FindActor($text: String!) {
  search(text: $text, first: 10) { node { __typename ... on Person { id name aliases } ... on Organisation { id name aliases } } }
}`;

/** Node colours by kind: people, then each kind of organisation. */
export const KIND_COLOURS: Record<string, string> = {
  PERSON: '#d9480f',
  STATE: '#1971c2',
  GOVERNMENT_BODY: '#1098ad',
  INTERGOVERNMENTAL: '#5f3dc4',
  NON_GOVERNMENTAL: '#2b8a3e',
  ACADEMIC: '#a61e4d',
  MEDIA: '#868e96',
  ARMED_GROUP: '#000000',
  OTHER: '#495057',
};
const TIE_COLOURS: Record<Tie['kind'], string> = { MET: '#8aa1b8', AFFILIATED: '#e67700', COMMITTED: '#7048e8' };

const kindOf = (actor: ActorRef) => (actor.__typename === 'Person' ? 'PERSON' : (actor.kind ?? 'OTHER'));

/** What the page shows: read from, and written back to, the address. */
interface View {
  actor: string;
  hops: number;
  from: string;
  to: string;
}

function viewOfAddress(): View | undefined {
  const params = new URLSearchParams(location.search);
  const actor = params.get('actor');
  if (!actor) return undefined;
  return { actor, hops: Number(params.get('hops') ?? '1') || 1, from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

function addressOf(view: View): string {
  const params = new URLSearchParams({ actor: view.actor, hops: String(view.hops) });
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  return `/graph?${params}`;
}

/** The source texts the evidence panel has shown, by id: each fetched once. */
const sourceTexts = new Map<string, Promise<string>>();
function sourceText(id: string): Promise<string> {
  let text = sourceTexts.get(id);
  if (!text) {
    text = query<{ source: { text: string } | null }>('query SourceText($id: ID!) { source(id: $id) { text } }', { id }).then(
      (data) => data.source?.text ?? '',
    );
    sourceTexts.set(id, text);
  }
  return text;
}

/** The sentence around a span: from the end of the sentence (or line) before it to the end of its own. */
export function sentenceAround(text: string, start: number, end: number): { before: string; quote: string; after: string } {
  let from = 0;
  for (const boundary of text.slice(0, start).matchAll(/[.!?]["”’)]?\s+|\n/g)) from = boundary.index + boundary[0].length;
  const quote = text.slice(start, end);
  const next = /[.!?]["”’)]?(?=\s|$)|\n/.exec(text.slice(end));
  const endsSentence = /[.!?]["”’)]?$/.test(quote);
  const to = endsSentence ? end : next ? end + next.index + next[0].length : text.length;
  return { before: text.slice(from, start), quote, after: text.slice(end, to).trimEnd() };
}

const tieTitle = (tie: Tie) => `${tie.from.name} — ${tie.kind.toLowerCase()} — ${tie.to.name}`;
const sourceLink = (evidence: Evidence) =>
  el('a', { href: `/source?id=${encodeURIComponent(evidence.source.id)}&at=${evidence.start}` }, evidence.source.title);

async function showTie(panel: HTMLElement, tie: Tie): Promise<void> {
  panel.replaceChildren(
    el('h2', {}, tieTitle(tie)),
    el(
      'p',
      { class: 'muted' },
      `Weight ${tie.weight}: ${tie.events.length} events, ${tie.commitments.length} commitments, ${tie.evidence.length} spans of evidence`,
    ),
  );
  if (tie.events.length) panel.append(el('p', {}, 'Events: ', tie.events.map((event) => event.name).join('; ')));
  if (tie.commitments.length) panel.append(el('p', {}, 'Commitments: ', tie.commitments.map((commitment) => commitment.description).join('; ')));
  const list = el('div', { class: 'tie-evidence' });
  panel.append(list);
  for (const evidence of tie.evidence) {
    const text = await sourceText(evidence.source.id);
    const { before, quote, after } = text ? sentenceAround(text, evidence.start, evidence.end) : { before: '', quote: evidence.quote, after: '' };
    list.append(el('blockquote', {}, before, el('mark', { class: 'quote' }, quote), after), el('p', { class: 'muted' }, 'In ', sourceLink(evidence)));
  }
}

function draw(container: HTMLElement, data: NetworkData, seed: string, onTie: (tie: Tie) => void): Core {
  const maxWeight = Math.max(1, ...data.network.ties.map((tie) => tie.weight));
  const cy = cytoscape({
    container,
    elements: [
      ...data.network.actors.map((actor) => ({
        data: { id: actor.id, label: actor.name, colour: KIND_COLOURS[kindOf(actor)] ?? '#495057', seed: actor.id === seed ? 1 : 0 },
      })),
      ...data.network.ties.map((tie, index) => ({
        data: { id: `tie-${index}`, source: tie.from.id, target: tie.to.id, weight: tie.weight, colour: TIE_COLOURS[tie.kind], index },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          'font-size': 10,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': '1px',
          width: 18,
          height: 18,
        },
      },
      { selector: 'node[seed = 1]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#2b8a3e', 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: `mapData(weight, 1, ${Math.max(2, maxWeight)}, 1.5, 9)`,
          'line-color': 'data(colour)',
          'curve-style': 'bezier',
          opacity: 0.8,
        },
      },
      { selector: 'edge:selected', style: { 'line-color': '#e03131', opacity: 1 } },
    ],
    layout: { name: 'fcose', animate: false, randomize: true, nodeRepulsion: () => 20000, idealEdgeLength: () => 130, padding: 30 } as cytoscape.LayoutOptions,
    minZoom: 0.3,
    // Labels stay readable: a small network is not blown up to fill the box.
    maxZoom: 1.6,
  });
  cy.on('tap', 'edge', (event) => onTie(data.network.ties[(event.target as EdgeSingular).data('index') as number]!));
  return cy;
}

/** The ties as a table; each row's button shows the tie's evidence beside the drawing, as a click on the tie does. */
function tieTable(ties: Tie[], onTie: (index: number) => void): HTMLElement {
  const button = (index: number) => {
    const show = el('button', { type: 'button', class: 'show-tie' }, 'Show');
    show.addEventListener('click', () => onTie(index));
    return show;
  };
  const rows = ties.map((tie, index) =>
    el(
      'tr',
      {},
      el('td', {}, button(index)),
      el('td', {}, tie.from.name),
      el('td', {}, tie.kind.toLowerCase()),
      el('td', {}, tie.to.name),
      el('td', {}, String(tie.weight)),
      el('td', {}, ...tie.evidence.flatMap((evidence) => [el('q', {}, evidence.quote), ' (', sourceLink(evidence), ')', el('br')])),
    ),
  );
  return el(
    'table',
    { id: 'ties-table' },
    el('caption', { class: 'muted' }, 'The ties drawn above, with their evidence'),
    el('thead', {}, el('tr', {}, ...['', 'From', 'Tie', 'To', 'Weight', 'Evidence'].map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, ...rows),
  );
}

function searchBox(): HTMLElement {
  const input = el('input', { type: 'search', id: 'actor-search', placeholder: 'Nazarbaev, KNB, Erlan Karin…', 'aria-label': 'Find an actor by any spelling' });
  const results = el('ul', { class: 'search-results', id: 'search-results', 'aria-live': 'polite' });
  const form = el('form', { role: 'search' }, el('label', {}, 'Find a person or organisation', input), results);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    query<{ search: { node: { __typename: string; id?: string; name?: string; aliases?: string[] } }[] }>(SEARCH, { text })
      .then(({ search }) => {
        const actors = search.map((hit) => hit.node).filter((node) => node.__typename === 'Person' || node.__typename === 'Organisation');
        results.replaceChildren(
          ...(actors.length
            ? actors.map((node) =>
                el(
                  'li',
                  {},
                  el('a', { href: addressOf({ actor: node.id!, hops: 1, from: '', to: '' }) }, node.name!),
                  node.aliases?.length ? el('span', { class: 'muted' }, ` (${node.aliases.join(', ')})`) : '',
                ),
              )
            : [el('li', { class: 'muted' }, `No person or organisation matches “${text}”.`)]),
        );
      })
      .catch((error: unknown) => results.replaceChildren(el('li', { class: 'error' }, String(error instanceof Error ? error.message : error))));
  });
  return form;
}

function controls(view: View, onChange: (view: View) => void): HTMLElement {
  const hops = el(
    'select',
    { id: 'hops' },
    ...[1, 2, 3].map((n) => el('option', { value: String(n), ...(n === view.hops ? { selected: '' } : {}) }, String(n))),
  );
  const from = el('input', { id: 'from', value: view.from, placeholder: 'YYYY[-MM[-DD]]', size: '11' });
  const to = el('input', { id: 'to', value: view.to, placeholder: 'YYYY[-MM[-DD]]', size: '11' });
  const form = el(
    'form',
    { class: 'controls' },
    el('label', {}, 'Hops', hops),
    el('label', {}, 'From', from),
    el('label', {}, 'To', to),
    el('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange({ actor: view.actor, hops: Number(hops.value), from: from.value.trim(), to: to.value.trim() });
  });
  return form;
}

const failed = (what: string, error: unknown) =>
  el('p', { class: 'error' }, `${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);

async function show(main: HTMLElement, view: View): Promise<void> {
  const range = { ...(view.from ? { from: view.from } : {}), ...(view.to ? { to: view.to } : {}) };
  main.replaceChildren(searchBox(), el('p', { class: 'muted' }, 'Loading…'));
  // Three questions, each answered into its own part of the page: one failing leaves the others.
  const networkData = query<NetworkData>(NETWORK, { hops: view.hops, seedIds: [view.actor], filter: range });
  const timelineData = query<{ timeline: TimelineData }>(TIMELINE, { filter: { actorId: view.actor, ...range } });
  networkData.catch(() => undefined);
  timelineData.catch(() => undefined);
  const { actor } = await query<{ actor: ActorRef | null }>(ACTOR_NAME, { id: view.actor });
  if (!actor || (actor.__typename !== 'Person' && actor.__typename !== 'Organisation')) {
    main.replaceChildren(searchBox(), el('p', { class: 'error' }, `No person or organisation has the id ${view.actor}. Find one by name above.`));
    return;
  }
  document.title = `${actor.name} · Network`;
  const summary = el('p', { class: 'muted' }, 'Loading the network…');
  const legend = el('div', { class: 'legend' });
  const drawing = el('div', {
    class: 'drawing',
    id: 'drawing',
    role: 'img',
    'aria-label': `The network of ${actor.name}; the table below lists the same ties`,
  });
  const panel = el('aside', { id: 'tie-panel', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Click a tie to see the words that support it.'));
  const timeline = el('div', { class: 'timeline', id: 'timeline' }, el('p', { class: 'muted' }, 'Loading the timeline…'));
  const table = el('div', { id: 'ties' });
  main.replaceChildren(
    searchBox(),
    el('h1', {}, actor.name),
    controls(view, (next) => {
      history.pushState(null, '', addressOf(next));
      void run(main);
    }),
    summary,
    legend,
    el('div', { class: 'layout' }, drawing, panel),
    el('h2', {}, 'Timeline'),
    timeline,
    el('h2', {}, 'Ties'),
    table,
  );
  await Promise.all([
    networkData
      .then((data) => {
        const { actors, ties, truncated } = data.network;
        summary.replaceChildren(
          `${actors.length} actors, ${ties.length} ties within ${view.hops} ${view.hops === 1 ? 'hop' : 'hops'}`,
          truncated ? ' (cut short: the network is larger)' : '',
        );
        legend.replaceChildren(...legendOf(actors));
        const cy = draw(drawing, data, actor.id, (tie) => void showTie(panel, tie));
        table.replaceChildren(
          tieTable(ties, (index) => {
            cy.edges().unselect();
            cy.getElementById(`tie-${index}`).select();
            void showTie(panel, ties[index]!);
            panel.scrollIntoView({ block: 'nearest' });
          }),
        );
        // For the console and the page tests: the drawing's graph.
        (window as unknown as { cy: Core }).cy = cy;
      })
      .catch((error: unknown) => summary.replaceChildren(failed('The network', error))),
    timelineData
      .then(({ timeline: dated }) => drawTimeline(timeline, dated))
      .catch((error: unknown) => timeline.replaceChildren(failed('The timeline', error))),
  ]);
}

/** A swatch per kind of actor drawn, then one per kind of tie. */
function legendOf(actors: ActorRef[]): HTMLElement[] {
  const swatch = (label: string, colour: string) => {
    const item = el('span', {}, label);
    item.style.setProperty('--swatch', colour);
    return item;
  };
  return [
    ...Object.entries(KIND_COLOURS)
      .filter(([kind]) => actors.some((actor) => kindOf(actor) === kind))
      .map(([kind, colour]) => swatch(kind.toLowerCase().replace(/_/g, ' '), colour)),
    ...Object.entries(TIE_COLOURS).map(([kind, colour]) => swatch(`${kind.toLowerCase()} (tie)`, colour)),
  ];
}

async function run(main: HTMLElement): Promise<void> {
  const view = viewOfAddress();
  if (!view) {
    main.replaceChildren(searchBox(), el('p', { class: 'muted' }, 'Find a person or organisation to see their network.'));
    return;
  }
  await show(main, view).catch((error: unknown) => main.append(failed('The page', error)));
}

const main = document.getElementById('graph-page')!;
window.addEventListener('popstate', () => void run(main));
void run(main);
