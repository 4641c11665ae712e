export { addArticle, ArticleAddError, summaryOf } from './add-article';
export type { AddArticleRequest, AddedArticle } from './add-article';
export { draftArticle } from './draft-article';
export type { ArticleDraft, DraftOptions } from './draft-article';
export { draftYaml } from './draft-yaml';
export { EMPTY_CORPUS, knownCorpusOf, NameMatcher } from './known-names';
export type { KnownCorpus, KnownNamed } from './known-names';
