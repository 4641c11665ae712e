/**
 * The layers of src/ (README, "How the code is organised") are kept by ESLint
 * (eslint.config.mjs): import-x/no-restricted-paths refuses an import from a higher layer or a
 * tool, import-x/no-cycle an import circle. These cases prove that `npm run lint` fails on
 * each, and does not on an import the right way. ESLint runs in a child process: its flat
 * config is an ES module, which Jest's CommonJS loader cannot import on Node 20.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

interface Case {
  /** Where the code would be, relative to the project: the zones go by path. */
  readonly file: string;
  /** The code; none to lint the file on disk as it is. */
  readonly code?: string;
}

/** The rules each case breaks, as ESLint reports them, in the order given. */
const LINT_CASES = `
import { ESLint } from 'eslint';
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd(), ignore: false });
const rules = [];
for (const { file, code } of cases) {
  const [result] = code === undefined ? await eslint.lintFiles([file]) : await eslint.lintText(code, { filePath: file });
  rules.push(result.messages.map((message) => message.ruleId ?? message.message));
}
process.stdout.write(JSON.stringify(rules));
`;

function rulesBroken(cases: readonly Case[]): string[][] {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '--eval', LINT_CASES, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(stdout) as string[][];
}

const CASES: Record<string, Case & { readonly breaks: string[] }> = {
  'the domain importing the loader': {
    file: 'src/domain/wrong-way.ts',
    code: "import { loadCorpus } from '../loader';\nexport const load = loadCorpus;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'the repository importing the server': {
    file: 'src/repository/wrong-way.ts',
    code: "import { corpusDirectory } from '../corpus-dir';\nimport { readConfig } from '../server/config';\nexport const both = [corpusDirectory, readConfig];\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'the exports importing the GraphQL layer': {
    file: 'src/export/wrong-way.ts',
    code: "import { buildClientSchema } from '../graphql/schema';\nexport const build = buildClientSchema;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'the exports importing the repository': {
    file: 'src/export/right-way.ts',
    code: "import { CorpusRepository } from '../repository';\nexport const Repository = CorpusRepository;\n",
    breaks: [],
  },
  'the server importing a tool': {
    file: 'src/server/wrong-way.ts',
    code: "import { generateCorpus } from '../synth';\nexport const generate = generateCorpus;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'a shared leaf importing a layer': {
    file: 'src/process/wrong-way.ts',
    code: "import { loadCorpus } from '../loader';\nexport const load = loadCorpus;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'the benchmark importing a CLI': {
    file: 'src/bench/wrong-way.ts',
    code: "import { readExampleOperations } from '../cli/soak/example-operations';\nexport const read = readExampleOperations;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'the loader importing the extractor': {
    file: 'src/loader/wrong-way.ts',
    code: "import { draftArticle } from '../draft';\nexport const draft = draftArticle;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'the extractor importing a CLI': {
    file: 'src/draft/wrong-way.ts',
    code: "import { readExampleOperations } from '../cli/soak/example-operations';\nexport const read = readExampleOperations;\n",
    breaks: ['import-x/no-restricted-paths'],
  },
  'an import circle': { file: 'tests/lint/fixtures/cycle/first.ts', breaks: ['import-x/no-cycle'] },
  'the server importing lower layers and a shared leaf': {
    file: 'src/server/right-way.ts',
    code: "import { Corpus } from '../domain';\nimport { loadCorpus } from '../loader';\nimport { PROJECT_DIR } from '../paths';\nexport const all: unknown[] = [loadCorpus, PROJECT_DIR];\nexport type Loaded = Corpus;\n",
    breaks: [],
  },
  'a CLI importing the extractor': {
    file: 'src/cli/right-way.ts',
    code: "import { draftArticle } from '../draft';\nexport const draft = draftArticle;\n",
    breaks: [],
  },
  'a tool importing the service and the synthetic corpus': {
    file: 'src/cli/right-way.ts',
    code: "import { generateCorpus } from '../synth';\nimport { createApolloServer } from '../server/apollo';\nimport { startServerProcess } from '../process/server-process';\nexport const all = [generateCorpus, createApolloServer, startServerProcess];\n",
    breaks: [],
  },
};

describe('the layers, as lint keeps them', () => {
  let broken: Record<string, string[]>;

  beforeAll(() => {
    const names = Object.keys(CASES);
    const rules = rulesBroken(names.map((name) => ({ file: CASES[name]!.file, code: CASES[name]!.code })));
    broken = Object.fromEntries(names.map((name, i) => [name, rules[i]!]));
  }, 120_000);

  it.each(Object.keys(CASES))('%s', (name) => {
    expect(broken[name]).toEqual(CASES[name]!.breaks);
  });
});
