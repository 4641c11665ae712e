/**
 * import-x/no-cycle (tests/lint/layers.test.ts) leaves out imports of types only: they are gone
 * at run time. A circle of them still ties modules into one, so this test finds circles with
 * every import counted, in all of src/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The project's own modules `file` imports, types only or not. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name))
    .flatMap((base) => [`${base}.ts`, join(base, 'index.ts')].filter(existsSync).slice(0, 1));
}

/** The circles among `files`: groups of two or more modules each reachable from the others (Tarjan). */
function circlesAmong(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const circle: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      circle.push(relative(ROOT, member));
    } while (member !== file);
    if (circle.length > 1) circles.push(circle.sort());
  };
  for (const file of files) if (!order.has(file)) visit(file);
  return circles;
}

describe('import circles, imports of types included', () => {
  test('are found (the fixture circle)', () => {
    expect(circlesAmong(sourceFiles(join(__dirname, 'fixtures', 'cycle')))).toEqual([
      ['tests/lint/fixtures/cycle/first.ts', 'tests/lint/fixtures/cycle/second.ts'],
    ]);
  });

  test('there are none in src/', () => {
    const circles = circlesAmong(sourceFiles(join(ROOT, 'src')));
    expect(circles).toEqual([]);
  });
});
