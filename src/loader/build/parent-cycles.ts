import type { Organisation } from '../../domain';
import type { ArticleContext } from './article-context';
import { entryLabel } from './entry-label';

/** Reports every organisation whose parent links lead back to it, at the entry that gives its parent. */
export function checkParentCycles(list: readonly Organisation[], contexts: () => readonly ArticleContext[]): void {
  const organisations = new Map(list.map((organisation) => [organisation.id, organisation]));
  for (const organisation of list) {
    const seen = new Set<string>([organisation.id]);
    for (let parent = organisation.parentId; parent; parent = organisations.get(parent)?.parentId) {
      if (!seen.has(parent)) {
        seen.add(parent);
        continue;
      }
      const where = parentEntryOf(organisation.id, contexts());
      where?.context.problem(where.entry, `parent links form a cycle: ${[...seen].join(' → ')} → ${parent}`);
      break;
    }
  }
}

/** The entry that gives an organisation its parent, to report a problem with the parent where it was given. */
function parentEntryOf(id: string, contexts: readonly ArticleContext[]): { context: ArticleContext; entry: string } | undefined {
  for (const context of contexts) {
    const index = (context.annotation.organisations ?? []).findIndex((o) => o.id === id && o.parent !== undefined);
    if (index >= 0) return { context, entry: `${entryLabel('organisations', index, id)}.parent` };
  }
  return undefined;
}
