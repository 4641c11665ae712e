/**
 * The committed client code (client/generated/) must be what `npm run codegen` writes now:
 * codegen runs in memory with the same codegen.yml and each file is compared with the
 * committed one. The persisted-documents manifest is then checked on its own terms: one
 * entry per operation in schema/operations/, keyed by the sha256 of its document.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, DocumentNode, Kind, OperationDefinitionNode, parse, print, SelectionSetNode, validate } from 'graphql';
import * as generatedDocuments from '../../client/generated/graphql';

const ROOT = join(__dirname, '..', '..');
const GENERATED_DIRECTORY = join(ROOT, 'client', 'generated');
const OPERATIONS_DIRECTORY = join(ROOT, 'schema', 'operations');
const MANIFEST_PATH = join(GENERATED_DIRECTORY, 'persisted-documents.json');
const REGENERATE = 'Run `npm run codegen` and commit client/generated/.';

/**
 * Loads codegen.yml and calls `generate(config, false)`, which returns the files instead of
 * writing them. It runs in a child Node process because @graphql-codegen/cli needs ES-module
 * dependencies (yargs 18) that Jest's CommonJS module loader cannot require on Node 20.
 */
const GENERATE_IN_MEMORY = `
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
const files = await generate({ ...config, cwd: process.cwd(), silent: true }, false);
process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content }))));
`;

function generateInMemory(): { filename: string; content: string }[] {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '--eval', GENERATE_IN_MEMORY], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { filename: string; content: string }[];
}

/** Paths relative to the project top level, with forward slashes, as codegen names its outputs. */
function projectPath(absolutePath: string): string {
  return relative(ROOT, absolutePath).split('\\').join('/');
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(directory, entry.name)) : [projectPath(join(directory, entry.name))],
  );
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every named operation in schema/operations/*.graphql, by name. */
function loadSourceOperations(): Map<string, OperationDefinitionNode> {
  const operations = new Map<string, OperationDefinitionNode>();
  for (const file of readdirSync(OPERATIONS_DIRECTORY)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    for (const definition of parse(readFileSync(join(OPERATIONS_DIRECTORY, file), 'utf8')).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = definition.name?.value;
      if (!name) throw new Error(`schema/operations/${file} holds an unnamed operation`);
      if (operations.has(name)) throw new Error(`operation ${name} is defined twice in schema/operations/`);
      operations.set(name, definition);
    }
  }
  return operations;
}

function onlyOperation(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || document.definitions.length !== 1) {
    throw new Error(`expected exactly one operation, found ${document.definitions.length} definitions`);
  }
  return operations[0]!;
}

/**
 * What an operation asks for, independent of field order and layout (the manifest prints
 * documents normalized: sorted and on one line): its type and name, its variables with
 * defaults, and the sorted set of selection paths with their arguments.
 */
function shape(operation: OperationDefinitionNode): { header: string; variables: string[]; paths: string[] } {
  const paths: string[] = [];
  const walk = (selectionSet: SelectionSetNode | undefined, prefix: string): void => {
    for (const selection of selectionSet?.selections ?? []) {
      let path: string;
      if (selection.kind === Kind.FIELD) {
        const args = [...(selection.arguments ?? [])]
          .map((argument) => print(argument))
          .sort()
          .join(', ');
        const alias = selection.alias ? `${selection.alias.value}: ` : '';
        path = `${prefix}/${alias}${selection.name.value}${args ? `(${args})` : ''}`;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        path = `${prefix}/... on ${selection.typeCondition?.name.value ?? '*'}`;
      } else {
        path = `${prefix}/...${selection.name.value}`;
      }
      paths.push(path);
      if (selection.kind !== Kind.FRAGMENT_SPREAD) walk(selection.selectionSet, path);
    }
  };
  walk(operation.selectionSet, '');
  return {
    header: `${operation.operation} ${operation.name?.value ?? ''}`,
    variables: (operation.variableDefinitions ?? []).map((definition) => print(definition)).sort(),
    paths: paths.sort(),
  };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('client/generated (GraphQL Code Generator output)', () => {
  let generated: Map<string, string>;

  beforeAll(() => {
    generated = new Map(generateInMemory().map((file) => [projectPath(join(ROOT, file.filename)), file.content]));
  }, 60_000);

  it('is what `npm run codegen` writes from the current schema and operations', () => {
    const committed = listFiles(GENERATED_DIRECTORY);
    const problems: string[] = [];
    for (const [path, content] of generated) {
      const onDisk = readIfPresent(join(ROOT, path));
      if (onDisk === undefined) problems.push(`${path} is missing`);
      else if (onDisk !== content) problems.push(`${path} is stale (differs from what codegen generates now)`);
    }
    for (const path of committed) {
      if (!generated.has(path)) problems.push(`${path} is not generated by codegen any more (extra file)`);
    }
    if (problems.length > 0) {
      throw new Error(`client/generated/ is out of date:\n  - ${problems.join('\n  - ')}\n${REGENERATE}`);
    }
    expect([...generated.keys()].sort()).toEqual(committed.sort());
  });

  describe('persisted-documents.json', () => {
    const operations = loadSourceOperations();
    const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, unknown>;
    const entries = Object.entries(manifest);
    /** [operation name (for the test title), key, document] per manifest entry. */
    const cases = entries.map(([key, document]): [string, string, unknown] => {
      let name = '(not a single named operation)';
      try {
        name = onlyOperation(parse(String(document))).name?.value ?? name;
      } catch {
        // reported by the tests below
      }
      return [name, key, document];
    });
    const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8'));

    it('has one entry per operation in schema/operations/', () => {
      expect(operations.size).toBeGreaterThan(0);
      const names = entries.map(([, document]) => onlyOperation(parse(String(document))).name?.value);
      expect(names.sort()).toEqual([...operations.keys()].sort());
    });

    it.each(cases)('keys %s by the sha256 of its document', (_name, key, document) => {
      expect(typeof document).toBe('string');
      expect(key).toBe(`sha256:${sha256Hex(document as string)}`);
    });

    it.each(cases)('maps %s to the same operation as schema/operations/, valid against the schema', (_name, _key, document) => {
      const parsed = parse(document as string);
      expect(validate(schema, parsed)).toEqual([]);
      const operation = onlyOperation(parsed);
      const source = operations.get(operation.name?.value ?? '');
      expect(source).toBeDefined();
      expect(shape(operation)).toEqual(shape(source!));
    });

    it('matches the hash embedded in each generated typed document', () => {
      for (const name of operations.keys()) {
        const document = (generatedDocuments as Record<string, unknown>)[`${name}Document`] as (DocumentNode & { __meta__?: { hash?: string } }) | undefined;
        expect(document).toBeDefined();
        const hash = document!.__meta__?.hash;
        expect(hash).toBeDefined();
        expect(Object.keys(manifest)).toContain(hash);
        expect(onlyOperation(parse(manifest[hash!] as string)).name?.value).toBe(name);
        expect(onlyOperation(document!).name?.value).toBe(name);
      }
    });
  });
});
