import type { EntityType } from '../../domain';
import { entityTypeOf } from '../../domain';
import type { ArticleAnnotation } from '../annotation/article-annotation';
import type { ArticleContext } from './article-context';
import { entryLabel } from './entry-label';

/**
 * Calls `visit` with every id an annotation refers to, and a label for the entry that names it.
 * One walk for both uses (collecting ids, reporting unknown ones), so they cannot drift apart;
 * labels are built only when asked for.
 */
function visitReferences(a: ArticleAnnotation, visit: (id: string, entry: () => string) => void): void {
  const check = (entry: () => string, id: string | undefined) => {
    if (id !== undefined) visit(id, entry);
  };
  check(() => 'source.publisher', a.source.publisher);
  (a.source.authors ?? []).forEach((id, i) => check(() => `source.authors[${i}]`, id));
  (a.places ?? []).forEach((p, i) => check(() => `${entryLabel('places', i, p.id)}.country`, p.country));
  (a.organisations ?? []).forEach((o, i) => check(() => `${entryLabel('organisations', i, o.id)}.parent`, o.parent));
  (a.affiliations ?? []).forEach((af, i) => {
    check(() => `${entryLabel('affiliations', i)}.person`, af.person);
    check(() => `${entryLabel('affiliations', i)}.organisation`, af.organisation);
  });
  (a.events ?? []).forEach((e, i) => {
    const entry = () => entryLabel('events', i, e.id);
    check(() => `${entry()}.place`, e.place);
    (e.organisers ?? []).forEach((id, j) => check(() => `${entry()}.organisers[${j}]`, id));
    (e.participants ?? []).forEach((p, j) => check(() => `${entry()}.participants[${j}].actor`, p.actor));
  });
  (a.statements ?? []).forEach((s, i) => {
    const entry = () => entryLabel('statements', i, s.id);
    check(() => `${entry()}.speaker`, s.speaker);
    check(() => `${entry()}.event`, s.event);
  });
  (a.commitments ?? []).forEach((c, i) => {
    const entry = () => entryLabel('commitments', i, c.id);
    c.actors.forEach((id, j) => check(() => `${entry()}.actors[${j}]`, id));
    (c.beneficiaries ?? []).forEach((id, j) => check(() => `${entry()}.beneficiaries[${j}]`, id));
    check(() => `${entry()}.event`, c.event);
    check(() => `${entry()}.statement`, c.statement);
  });
}

/** Every reference in one article points at an id that some article defines. */
export function checkReferences(context: ArticleContext, isKnown: (id: string) => boolean): void {
  visitReferences(context.annotation, (id, entry) => {
    if (isKnown(id)) return;
    const type = entityTypeOf(id) as EntityType;
    context.problem(entry(), `unknown ${type} ${id}: no article defines it; add it to the ${sectionOf(type)} of an article, or fix the id`);
  });
}

function sectionOf(type: EntityType): string {
  return {
    source: 'source',
    place: 'places',
    person: 'people',
    organisation: 'organisations',
    event: 'events',
    statement: 'statements',
    commitment: 'commitments',
  }[type];
}
