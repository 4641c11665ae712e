/**
 * /source?id=ID: an article with every evidence span highlighted (the spans of its statements,
 * commitments, events, participations and affiliations, and where it names a person,
 * organisation or place); hovering or focusing a span lists the facts it supports.
 * `&at=START` scrolls to the span that begins there. Without an id: the list of articles.
 */
import { el, actorName, type Named } from './dom';
import { query } from './graphql-client';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly source: { readonly id: string };
}

interface SourcePageData {
  source: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    text: string;
    statements: { id: string; kind: string; text: string; speaker: Named | null; evidence: Span[] }[];
    commitments: { id: string; kind: string; description: string; evidence: Span[] }[];
    events: { id: string; name: string; evidence: Span[]; participants: { role: string | null; actor: Named; evidence: Span[] }[] }[];
    people: { id: string; name: string; mentions: Span[]; affiliations: { role: string | null; organisation: Named; evidence: Span[] }[] }[];
    organisations: { id: string; name: string; mentions: Span[] }[];
    places: { id: string; name: string; mentions: Span[] }[];
  } | null;
}

const SPAN = 'start end source { id }';
const ACTOR = '... on Person { name } ... on Organisation { name }';
const SOURCE_PAGE = `query SourcePage($id: ID!) {
  source(id: $id) {
    id title publisher url text
    statements { id kind text speaker { ${ACTOR} } evidence { ${SPAN} } }
    commitments { id kind description evidence { ${SPAN} } }
    events { id name evidence { ${SPAN} } participants { role actor { ${ACTOR} } evidence { ${SPAN} } } }
    people { id name mentions { ${SPAN} } affiliations { role organisation { name } evidence { ${SPAN} } } }
    organisations { id name mentions { ${SPAN} } }
    places { id name mentions { ${SPAN} } }
  }
}`;

const SOURCES = `query Sources { sources(first: 100) { nodes { id title publisher } } }`;

/** A fact a span supports, as the page lists it. */
interface Fact {
  readonly kind: string;
  readonly text: string;
}

/** A span of the article, and the facts it supports. */
interface Supported {
  readonly start: number;
  readonly end: number;
  readonly fact: Fact;
}

/** Every span of this article, each with the fact it supports (spans in other articles are theirs). */
export function supportedSpans(source: NonNullable<SourcePageData['source']>): Supported[] {
  const spans: Supported[] = [];
  const add = (evidence: Span[], fact: Fact) => {
    for (const span of evidence) if (span.source.id === source.id) spans.push({ start: span.start, end: span.end, fact });
  };
  for (const s of source.statements)
    add(s.evidence, { kind: `statement (${s.kind.toLowerCase()})`, text: `${s.speaker ? `${actorName(s.speaker)}: ` : ''}${s.text}` });
  for (const c of source.commitments) add(c.evidence, { kind: `commitment (${c.kind.toLowerCase()})`, text: c.description });
  for (const e of source.events) {
    add(e.evidence, { kind: 'event', text: e.name });
    for (const p of e.participants) add(p.evidence, { kind: 'took part', text: `${actorName(p.actor)}${p.role ? ` (${p.role})` : ''} in ${e.name}` });
  }
  for (const p of source.people) {
    add(p.mentions, { kind: 'names a person', text: p.name });
    for (const a of p.affiliations) add(a.evidence, { kind: 'affiliation', text: `${p.name}: ${a.role ?? 'member'}, ${a.organisation.name}` });
  }
  for (const o of source.organisations) add(o.mentions, { kind: 'names an organisation', text: o.name });
  for (const p of source.places) add(p.mentions, { kind: 'names a place', text: p.name });
  return spans;
}

/**
 * The article cut where any span starts or ends: each piece with the facts of every span over
 * it, so that overlapping spans are all highlighted and all listed.
 */
function pieces(text: string, spans: Supported[]): { start: number; end: number; facts: Fact[] }[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const result: { start: number; end: number; facts: Fact[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const facts = spans.filter((span) => span.start <= start && end <= span.end).map((span) => span.fact);
    result.push({ start, end, facts: [...new Map(facts.map((fact) => [`${fact.kind}\u0000${fact.text}`, fact])).values()] });
  }
  return result;
}

async function showArticle(main: HTMLElement, id: string, at: number | undefined): Promise<void> {
  const { source } = await query<SourcePageData>(SOURCE_PAGE, { id });
  if (!source) {
    main.append(el('p', { class: 'error' }, `No article has the id ${id}.`), el('p', {}, el('a', { href: '/source' }, 'The articles')));
    return;
  }
  document.title = `${source.title} · Sources`;
  const spans = supportedSpans(source);
  const tip = el('div', { class: 'span-facts', role: 'tooltip', id: 'span-facts', hidden: '' });
  const article = el('div', { class: 'article', id: 'article' });
  for (const piece of pieces(source.text, spans)) {
    const words = source.text.slice(piece.start, piece.end);
    if (piece.facts.length === 0) {
      article.append(words);
      continue;
    }
    const mark = el(
      'mark',
      {
        class: piece.facts.length > 1 ? 'evidence dense' : 'evidence',
        tabindex: '0',
        'data-start': String(piece.start),
        'data-end': String(piece.end),
        'aria-describedby': 'span-facts',
      },
      words,
    );
    const show = () => {
      tip.replaceChildren(el('ul', {}, ...piece.facts.map((fact) => el('li', {}, el('span', { class: 'kind' }, fact.kind), ' ', fact.text))));
      const box = mark.getBoundingClientRect();
      tip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - 420))}px`;
      tip.style.top = `${box.bottom + 6}px`;
      tip.hidden = false;
    };
    mark.addEventListener('mouseenter', show);
    mark.addEventListener('focus', show);
    mark.addEventListener('mouseleave', () => (tip.hidden = true));
    mark.addEventListener('blur', () => (tip.hidden = true));
    article.append(mark);
  }
  window.addEventListener('scroll', () => (tip.hidden = true), { passive: true });
  main.append(
    el('h1', {}, source.title),
    el(
      'p',
      { class: 'muted' },
      [source.publisher, source.url].filter(Boolean).join(' · ') || 'Publisher and address not given',
      ` · ${spans.length} evidence spans`,
    ),
    article,
    tip,
  );
  if (at !== undefined) {
    const target = [...article.querySelectorAll<HTMLElement>('mark.evidence')].find(
      (mark) => Number(mark.dataset.start) <= at && at < Number(mark.dataset.end),
    );
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }
}

async function listArticles(main: HTMLElement): Promise<void> {
  const { sources } = await query<{ sources: { nodes: { id: string; title: string; publisher: string | null }[] } }>(SOURCES);
  main.append(
    el('h1', {}, 'The articles'),
    el(
      'ul',
      {},
      ...sources.nodes.map((s) => el('li', {}, el('a', { href: `/source?id=${encodeURIComponent(s.id)}` }, s.title), s.publisher ? ` · ${s.publisher}` : '')),
    ),
  );
}

const main = document.getElementById('source-page')!;
const params = new URLSearchParams(location.search);
const id = params.get('id');
const at = params.get('at');
(id ? showArticle(main, id, at === null ? undefined : Number(at)) : listArticles(main)).catch((error: unknown) => {
  main.append(el('p', { class: 'error' }, `The article could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
});
