import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError, ValidationTypes } from 'class-validator';
import { type Document, parseDocument } from 'yaml';
import { ArticleAnnotation } from './annotation/article-annotation';
import { normaliseCompiled, validateCompiled } from './annotation/fast-path/validate-compiled';
import { isMapping, SHAPE_CONSTRAINTS } from './annotation/shape-constraints';
import type { CorpusProblem } from './corpus-problem';

const NESTED_VALIDATION = ValidationTypes.NESTED_VALIDATION;

export type ParsedAnnotation = { annotation: ArticleAnnotation } | { problems: CorpusProblem[] };

/** Parses one annotation file (YAML, or JSON, which is YAML too) and validates its shape. */
export function parseAnnotation(file: string, content: string): ParsedAnnotation {
  const fast = parseValidJsonAnnotation(file, content);
  if (fast) return { annotation: fast };
  // YAML, and any JSON the fast path does not vouch for: the full parse, with its messages.
  const document = parseDocument(content, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return { problems: document.errors.map((error) => ({ file, message: `not valid YAML: ${error.message}` })) };
  }
  const plain = toPlain(document);
  if (plain === ALIAS_BOMB) {
    const message = `not valid YAML: its aliases expand past ${MAX_ALIAS_COUNT} (a YAML "billion laughs" bomb, or an annotation written with far too many aliases); write each value out, using aliases sparingly`;
    return { problems: [{ file, message }] };
  }
  if (!isMapping(plain)) {
    return { problems: [{ file, message: 'an annotation file must be a mapping with a `source` and lists of entries' }] };
  }
  const compiled = validateCompiled(ArticleAnnotation, plain);
  if (compiled) return { annotation: compiled };
  const annotation = plainToInstance(ArticleAnnotation, plain);
  const errors = validateSync(annotation, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) return { problems: errors.flatMap((error) => problemsOf(file, error, [], plain)) };
  return { annotation };
}

/**
 * How far a document's aliases may expand (the yaml package's maxAliasCount, its default made
 * explicit): past it, toJS throws instead of building gigabytes from a few lines.
 */
const MAX_ALIAS_COUNT = 100;
const ALIAS_BOMB = Symbol('alias bomb');

function toPlain(document: Document): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml's only message for it: "Excessive alias count indicates a resource exhaustion attack".
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) return ALIAS_BOMB;
    throw error;
  }
}

/** The annotation when parseAnnotation takes its fast path for this file (valid JSON, checked by the compiled validation); else undefined. */
export function parseValidJsonAnnotation(file: string, content: string): ArticleAnnotation | undefined {
  return file.endsWith('.json') ? parseValidJson(content) : undefined;
}

/** The annotation of JSON text that parseValidJsonAnnotation accepted (on another thread): parsed, not checked again. */
export function parseCheckedJson(content: string): ArticleAnnotation {
  return normaliseCompiled(ArticleAnnotation, JSON.parse(content) as Record<string, unknown>);
}

/**
 * A valid annotation from JSON text, by JSON.parse (faster than the YAML parser on JSON, with
 * the same values) and the compiled validation; undefined on any doubt,
 * including duplicate keys, which JSON.parse would silently drop and YAML reports.
 */
function parseValidJson(content: string): ArticleAnnotation | undefined {
  let plain: unknown;
  try {
    plain = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (!isMapping(plain) || !hasNoRepeatedKey(plain, content)) return undefined;
  return validateCompiled(ArticleAnnotation, plain);
}

/**
 * Whether the JSON text gave no key twice in one object: then its objects hold as many keys as
 * it writes. A regular expression bounds the keys written from above (it also counts any `":`
 * inside a string); when the bound is met, the exact count need not be taken.
 */
function hasNoRepeatedKey(plain: Record<string, unknown>, json: string): boolean {
  const keys = keyCountOf(plain);
  return keys === keysAtMost(json) || keys === keysWrittenIn(json);
}

const KEY_END = /"[ \t\n\r]*:/g;

/** At least as many as the keys the JSON text writes (every key ends in `":`), in one native scan. */
function keysAtMost(json: string): number {
  let count = 0;
  KEY_END.lastIndex = 0;
  while (KEY_END.test(json)) count++;
  return count;
}

/** How many keys the parsed objects hold, all levels together. */
function keyCountOf(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keyCountOf(item), 0);
  if (!isMapping(value)) return 0;
  let count = 0;
  for (const key in value) count += 1 + keyCountOf(value[key]);
  return count;
}

/**
 * How many keys valid JSON text writes: strings followed by a colon. Jumps from quote to quote
 * with indexOf (outside strings, valid JSON has no quotes), so it costs little beside the parse.
 */
function keysWrittenIn(json: string): number {
  let keys = 0;
  for (let open = json.indexOf('"'); open !== -1;) {
    let close = json.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(json, close)) close = json.indexOf('"', close + 1);
    if (close === -1) return -1;
    let next = close + 1;
    while (isJsonWhitespace(json.charCodeAt(next))) next++;
    if (json.charCodeAt(next) === 0x3a /* : */) keys++;
    open = json.indexOf('"', next);
  }
  return keys;
}

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Whether the character at `at` follows an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

/** Flattens class-validator's error tree into one problem per broken constraint, with a readable path. */
function problemsOf(file: string, error: ValidationError, path: string[], plain: unknown, shapeReported = false): CorpusProblem[] {
  const here = [...path, segmentOf(error, path)];
  const entry = here.join('').replace(/^\./, '');
  const constraints = Object.entries(error.constraints ?? {});
  // Where a shape constraint reported a nested value (here, or on the list holding it), it said
  // what to give instead; class-validator's own message on the same value is left out.
  const shapeHere = constraints.some(([constraint]) => SHAPE_CONSTRAINTS.includes(constraint));
  const own = constraints
    .filter(([constraint]) => !(constraint === NESTED_VALIDATION && (shapeHere || shapeReported)))
    .map(([constraint, message]) => ({
      file,
      entry: entry || undefined,
      message: constraint === 'whitelistValidation' ? `unknown field "${error.property}"; check its spelling against seeds/README.md` : message,
    }));
  // A mapping where a list belongs: what class-validator finds inside it, checked as if it were
  // one entry, would only bury the one mistake.
  const notAList = constraints.some(([constraint]) => constraint === 'isArray');
  const nested = notAList ? [] : (error.children ?? []).flatMap((child) => problemsOf(file, child, here, plain, shapeHere));
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
