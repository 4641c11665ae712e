import { DocumentNode, execute, ExecutionResult, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { GraphQLError as JitGraphQLError } from 'graphql-jit/dist/error';
import { LRUCache } from 'lru-cache';

/** One operation to run: what `graphql.execute` takes, less the schema. */
export interface OperationExecution {
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly variableValues?: Readonly<Record<string, unknown>>;
  readonly contextValue: unknown;
}

export interface CompiledExecutor {
  execute(execution: OperationExecution): Promise<ExecutionResult>;
  /** How many operations have been compiled since the executor was made. */
  readonly compiledOperations: number;
  /** How many compiled operations are kept now (at most `maxCompiled`). */
  readonly compiledKept: number;
}

export interface CompiledExecutionOptions {
  /**
   * How many times graphql-js runs an operation before it is compiled with graphql-jit
   * (0: compile at once). A query sent once never pays for compiling.
   */
  readonly compileAfter: number;
  /**
   * How many compiled operations are kept, least recently run dropped first: V8 keeps each
   * one's generated code (about 60 KB of heap) for as long as it is kept.
   */
  readonly maxCompiled?: number;
}

/**
 * Compiling costs about 10 ms and 60 KB of heap an operation, and saves a fraction of a
 * millisecond a run (docs/performance/compiled-retention.md): worth it for operations that
 * repeat, not for one-offs, so an operation is compiled once graphql-js has run it 20 times.
 */
export const DEFAULT_COMPILE_AFTER = 20;
/** At about 60 KB each: some 30 MB at most. */
export const DEFAULT_MAX_COMPILED = 500;

/** What is known of one operation of one parsed document. */
interface OperationPlan {
  readonly operation: OperationDefinitionNode | null;
  /** Runs with graphql-js since it was last compiled (or first seen). */
  runs: number;
  /** graphql-jit could not compile it, so graphql-js runs it. */
  uncompilable?: true;
}

/**
 * Runs operations with graphql-js at first, and with graphql-jit once an operation has run
 * `compileAfter` times: the same schema and resolvers, the same answers, less work per field.
 * Plans are kept per parsed document (weakly: Apollo keeps one DocumentNode per query text in
 * its document cache); the compiled operations, at most `maxCompiled`, least recently run
 * dropped first. Apollo's cache is bounded by the size of the query texts, not by what
 * compiling them holds: 10,000 distinct operations compiled kept over a gigabyte of heap.
 *
 * graphql-jit differs from graphql-js in two ways that matter here, and both are undone:
 * it does not apply the default of a variable that is not sent (if the variable is non-null),
 * and its errors are its own kind (no AST nodes; no `extensions` unless the error a resolver
 * threw had some), which Apollo and graphql-armor cannot format. So variables are checked by
 * graphql-js's own coercion (same errors, same BAD_USER_INPUT mapping in Apollo), the compiled
 * query runs with the variables it coerced (defaults included), and its errors are rebuilt as
 * graphql-js ones.
 */
export function createCompiledExecutor(
  schema: GraphQLSchema,
  { compileAfter, maxCompiled = DEFAULT_MAX_COMPILED }: CompiledExecutionOptions,
): CompiledExecutor {
  let compiledOperations = 0;
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan>>();
  // A dropped operation starts counting its runs again.
  const compiledPlans = new LRUCache<OperationPlan, CompiledQuery>({ max: Math.max(1, maxCompiled), dispose: (_compiled, plan) => void (plan.runs = 0) });

  const planOf = (document: DocumentNode, operationName: string | null | undefined): OperationPlan => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const known = byName.get(operationName ?? '');
    if (known) return known;
    const operation = getOperationAST(document, operationName) ?? null;
    const plan: OperationPlan = { operation, runs: 0 };
    byName.set(operationName ?? '', plan);
    return plan;
  };

  const compiledFor = (plan: OperationPlan, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null => {
    if (plan.uncompilable || maxCompiled === 0) return null;
    const kept = compiledPlans.get(plan);
    if (kept) return kept;
    // An unknown or ambiguous operation: graphql-js reports it, in its own words.
    if (!plan.operation || plan.runs++ < compileAfter) return null;
    const compiled = compileOrNull(schema, document, operationName);
    if (!compiled) {
      plan.uncompilable = true;
      return null;
    }
    compiledOperations++;
    compiledPlans.set(plan, compiled);
    return compiled;
  };

  return {
    async execute({ document, operationName, variableValues = {}, contextValue }) {
      const plan = planOf(document, operationName);
      const compiled = compiledFor(plan, document, operationName);
      if (!compiled || !plan.operation) return execute({ schema, document, operationName, variableValues, contextValue });
      const variables = getVariableValues(schema, plan.operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
      if (variables.errors) return { errors: variables.errors };
      const result = await compiled.query(undefined, contextValue, variables.coerced);
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
    },
    get compiledOperations() {
      return compiledOperations;
    },
    get compiledKept() {
      return compiledPlans.size;
    },
  };
}

/** The operation compiled, or null where graphql-jit cannot compile it (graphql-js then runs it). */
function compileOrNull(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/**
 * graphql-jit's errors as graphql-js makes them: `extensions` always an object (taken from the
 * error a resolver threw), the original error kept; the locations jit computed are kept too,
 * as it has no AST nodes to give.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (!(error instanceof JitGraphQLError)) return error;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  return Object.assign(rebuilt, { locations: error.locations });
}
