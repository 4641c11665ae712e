import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { parseDocument } from 'yaml';
import { ArticleAnnotation } from './annotation/article-annotation';
import type { CorpusProblem } from './corpus-problem';

export type ParsedAnnotation = { annotation: ArticleAnnotation } | { problems: CorpusProblem[] };

/** Parses one annotation file (YAML, or JSON, which is YAML too) and validates its shape. */
export function parseAnnotation(file: string, content: string): ParsedAnnotation {
  const document = parseDocument(content, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return { problems: document.errors.map((error) => ({ file, message: `not valid YAML: ${error.message}` })) };
  }
  const plain: unknown = document.toJS();
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { problems: [{ file, message: 'an annotation file must be a mapping with a `source` and lists of entries' }] };
  }
  const annotation = plainToInstance(ArticleAnnotation, plain);
  const errors = validateSync(annotation, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) return { problems: errors.flatMap((error) => problemsOf(file, error, [], plain)) };
  return { annotation };
}

/** Flattens class-validator's error tree into one problem per broken constraint, with a readable path. */
function problemsOf(file: string, error: ValidationError, path: string[], plain: unknown): CorpusProblem[] {
  const here = [...path, segmentOf(error, path)];
  const entry = here.join('').replace(/^\./, '');
  const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
    file,
    entry: entry || undefined,
    message: constraint === 'whitelistValidation' ? `unknown field "${error.property}"; check its spelling against seeds/README.md` : message,
  }));
  const nested = (error.children ?? []).flatMap((child) => problemsOf(file, child, here, plain));
  // A section entry is easier to find by its id than by its index.
  return [...own, ...nested].map((problem) => ({ ...problem, entry: labelWithId(problem.entry, plain) }));
}

function segmentOf(error: ValidationError, path: string[]): string {
  return /^\d+$/.test(error.property) ? `[${error.property}]` : `${path.length > 0 ? '.' : ''}${error.property}`;
}

function labelWithId(entry: string | undefined, plain: unknown): string | undefined {
  const match = entry ? /^(\w+)\[(\d+)\]/.exec(entry) : null;
  if (!entry || !match || entry.includes(' (')) return entry;
  const item = (plain as Record<string, unknown[] | undefined>)[match[1]!]?.[Number(match[2])];
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? entry.replace(match[0], `${match[0]} (${id})`) : entry;
}
