import { Document, isMap, isSeq } from 'yaml';
import type { ArticleDraft } from './draft-article';

/**
 * The draft as an annotation file: the usual YAML, `review: draft` first, and above each new
 * entity the corpus entities it may be, with their scores, as comments for the reviewer.
 */
export function draftYaml(draft: ArticleDraft): string {
  const document = new Document(draft.annotation);
  document.commentBefore =
    ' A machine draft (npm run article:add). Review every entry, lowest confidence first; fix or\n' +
    ' delete what is wrong, then set review: reviewed to publish it (seeds/README.md).';
  for (const section of ['places', 'people', 'organisations']) {
    const list = document.get(section);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const candidates = draft.candidates.get(String(item.get('id')));
      if (!candidates) continue;
      item.commentBefore = ` Maybe the same as: ${candidates.map((c) => `${c.id} ("${c.name}", score ${c.score})`).join('; ')}`;
    }
  }
  return document.toString({ lineWidth: 0, singleQuote: true });
}
