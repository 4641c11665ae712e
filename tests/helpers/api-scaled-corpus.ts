/**
 * A corpus many times the size of the seeds, for tests that must see the same behaviour at
 * any size: every entity of the seed corpus, cloned `copies` times.
 */
import type { Corpus } from '../../src/domain';

/** The suffix copy `n` gives every id: "person:gyorgy-szabo" → "person:gyorgy-szabo-copy-3". */
export const copySuffix = (n: number): string => `-copy-${n}`;

/**
 * `copies` clones of `corpus`, each with every id and every reference to one (`id`, `…Id`,
 * `…Ids`, also inside evidence and participations) suffixed by `copySuffix(n)`, so that each
 * copy refers only to itself. Names, texts and evidence offsets are kept as they are.
 */
export function scaleCorpus(corpus: Corpus, copies: number): Corpus {
  const clones = Array.from({ length: copies }, (_, n) => renameIds(corpus, copySuffix(n)));
  return {
    sources: clones.flatMap((clone) => clone.sources),
    places: clones.flatMap((clone) => clone.places),
    people: clones.flatMap((clone) => clone.people),
    organisations: clones.flatMap((clone) => clone.organisations),
    affiliations: clones.flatMap((clone) => clone.affiliations),
    events: clones.flatMap((clone) => clone.events),
    statements: clones.flatMap((clone) => clone.statements),
    commitments: clones.flatMap((clone) => clone.commitments),
  };
}

/** A deep copy of `value` in which every id and reference is suffixed. */
function renameIds<T>(value: T, suffix: string): T {
  const rename = (node: unknown, key?: string): unknown => {
    if (Array.isArray(node)) {
      return node.map((item) => (key?.endsWith('Ids') && typeof item === 'string' ? `${item}${suffix}` : rename(item)));
    }
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rename(v, k)]));
    }
    if (typeof node === 'string' && key !== undefined && (key === 'id' || key.endsWith('Id'))) return `${node}${suffix}`;
    return node;
  };
  return rename(value) as T;
}
