/**
 * The compiled operations are bounded (issue 18): V8 keeps each one's generated code while it
 * is kept, so at most `maxCompiled` are, the least recently run dropped first; a dropped
 * operation runs with graphql-js again, and is compiled anew once it has run `compileAfter`
 * times more. The answers never change.
 */
import { parse } from 'graphql';
import { createCompiledExecutor, DEFAULT_COMPILE_AFTER, DEFAULT_MAX_COMPILED } from '../../src/graphql/compiled-execution';
import { createContext } from '../../src/graphql/context';
import { buildClientSchema } from '../../src/graphql/schema';
import { readServerConfig } from '../../src/server/config';
import { loadSeedRepository } from '../helpers/seeds';

const repository = loadSeedRepository();
const PEOPLE = ['person:gyorgy-szabo', 'person:nurtai-abykayev', 'person:barlybay-sadykov'];
const documents = PEOPLE.map((id) => parse(`{ person(id: "${id}") { name affiliations { organisation { name } } } }`));

test('with room for 2, a third operation compiled drops the least recently run; it is compiled again when it repeats', async () => {
  const executor = createCompiledExecutor(await buildClientSchema(), { compileAfter: 1, maxCompiled: 2 });
  const run = (i: number) => executor.execute({ document: documents[i]!, contextValue: createContext(repository) });
  const first = await run(0);
  for (const i of [0, 1, 1, 2, 2]) await run(i);
  expect({ compiled: executor.compiledOperations, kept: executor.compiledKept }).toEqual({ compiled: 3, kept: 2 });
  // The first was dropped: it runs once more with graphql-js, then is compiled again.
  expect(await run(0)).toEqual(first);
  expect(executor.compiledOperations).toBe(3);
  expect(await run(0)).toEqual(first);
  expect({ compiled: executor.compiledOperations, kept: executor.compiledKept }).toEqual({ compiled: 4, kept: 2 });
  expect((first.data as { person: { name: string } }).person.name).toBe('György Szabó');
});

test('maxCompiled 0 compiles nothing', async () => {
  const executor = createCompiledExecutor(await buildClientSchema(), { compileAfter: 0, maxCompiled: 0 });
  for (let i = 0; i < 3; i++) await executor.execute({ document: documents[0]!, contextValue: createContext(repository) });
  expect(executor.compiledOperations).toBe(0);
});

test('the defaults: compiled after 20 runs, 500 kept; JIT_MAX_COMPILED sets the bound', () => {
  expect({ compileAfter: DEFAULT_COMPILE_AFTER, maxCompiled: DEFAULT_MAX_COMPILED }).toEqual({ compileAfter: 20, maxCompiled: 500 });
  expect(readServerConfig({}).execution).toMatchObject({ compileAfter: 20, maxCompiled: 500 });
  expect(readServerConfig({ JIT_MAX_COMPILED: '10' }).execution.maxCompiled).toBe(10);
});
