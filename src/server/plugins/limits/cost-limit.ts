import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, visit } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type CostEstimate, estimateCost, type PageSizeProblem } from '../../../graphql/cost/estimate-cost';
import type { GraphQLContext } from '../../../graphql/context';
import type { CorpusFanOuts } from '../../../repository';

/** How long a list field can be (graphql/cost/list-sizes.ts's listSizeOf, or the gateway's). */
export type ListSizeOf = NonNullable<Parameters<typeof estimateCost>[4]>;
import type { BudgetState, CostBudget } from './cost-budget';
import { LimitRefusal } from './refusal';

/** What the cost limit reads of a request's context: the client graph's, or the gateway's (which has no repository). */
export type CostContext = Pick<GraphQLContext, 'clientAddress'>;

/** The fan-outs of the client graph's context: those of the corpus version the request is served from. */
export const fanOutsOfRepository = (context: GraphQLContext): CorpusFanOuts => context.repository.fanOuts;

export interface CostLimitOptions<TContext extends CostContext = GraphQLContext> {
  /** The longest list of each kind the corpus holds, for this request (see estimate-cost.ts). */
  readonly fanOutsOf: (context: TContext) => CorpusFanOuts;
  /** How long each list field can be; by default the client graph's (list-sizes.ts). */
  readonly sizeOf?: ListSizeOf;
  /** The most objects one operation may answer with (MAX_COST). */
  readonly maxCost: number;
  /** Per-client budgets of cost points; none: only the per-operation limit. */
  readonly budget?: CostBudget;
}

/** How many fields a refusal names: enough to see what to trim. */
const FIELDS_NAMED = 3;

/**
 * Estimates the cost of the operation that runs (estimate-cost.ts: the objects it can answer
 * with, on the corpus this request is served from), refuses it when that is over the limit
 * or over the client's budget, and says what it cost in every answer:
 * `extensions.cost { requested, limit }`. Page sizes out of bounds are refused first, with the
 * same message as the argument validation: they are wrong whatever the cost.
 */
export function costLimitPlugin<TContext extends CostContext = GraphQLContext>({
  maxCost,
  budget,
  fanOutsOf,
  sizeOf,
}: CostLimitOptions<TContext>): ApolloServerPlugin<TContext> {
  const estimates = new CostEstimates(sizeOf);
  return {
    // Budgets counted in Redis connect before the API opens, and disconnect when it stops.
    async serverWillStart() {
      await budget?.start();
      return { serverWillStop: async () => budget?.stop() };
    },
    async requestDidStart() {
      let requested: number | undefined;
      let budgetState: BudgetState | undefined;
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          const estimate = estimates.of(schema, document, request, fanOutsOf(contextValue));
          if (!estimate) return;
          if (estimate.pageSizeProblems.length > 0) throw pageSizeRefusal(estimate.pageSizeProblems);
          requested = estimate.objects;
          if (requested > maxCost) throw costRefusal(estimate, maxCost);
          if (budget) budgetState = await budget.spend(budget.clientOf(request, contextValue), requested);
        },
        async willSendResponse({ response }) {
          if (budget && budgetState) for (const [name, value] of budget.headers(budgetState)) response.http.headers.set(name, value);
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: maxCost } };
        },
      };
    },
  };
}

function costRefusal(estimate: CostEstimate, maxCost: number): LimitRefusal {
  const costliest = estimate.fields.slice(0, FIELDS_NAMED);
  const named = costliest.map(({ path, objects }) => `${path} (up to ${objects})`);
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  return new LimitRefusal('cost', estimate.objects, maxCost, {
    detail: list ? `Most of them would come from ${list}.` : undefined,
    extensions: { fields: costliest },
  });
}

/** The argument validation's messages, each after the path of its field; the error points at the fields. */
function pageSizeRefusal(problems: readonly PageSizeProblem[]): GraphQLError {
  const named = problems.map(({ path, message }) => ({ argument: `${path}.first`, message: `${path}: ${message}` }));
  return new GraphQLError(named.map((problem) => problem.message).join('; '), {
    nodes: problems.map((problem) => problem.node),
    extensions: { code: 'BAD_USER_INPUT', problems: named, http: { status: 400 } },
  });
}

/** How many estimates are kept per document: one per distinct set of the variables that move its cost. */
const ESTIMATES_PER_DOCUMENT = 64;

/**
 * Estimates, kept per parsed document (Apollo hands the same one to every request with the
 * same query text) and per value of the variables that can change the cost: page sizes and
 * @skip/@include conditions. An estimate is for one corpus: a reloaded corpus estimates anew.
 */
class CostEstimates {
  constructor(private readonly sizeOf?: ListSizeOf) {}

  private readonly byDocument = new WeakMap<DocumentNode, { variables: readonly string[]; estimates: LRUCache<string, Kept> }>();

  of(schema: GraphQLSchema, document: DocumentNode, request: GraphQLRequest, fanOuts: CorpusFanOuts): CostEstimate | undefined {
    let entry = this.byDocument.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), estimates: new LRUCache({ max: ESTIMATES_PER_DOCUMENT }) };
      this.byDocument.set(document, entry);
    }
    const variables = request.variables ?? {};
    // Whether each is sent tells an omitted variable (its default) from a null.
    const key = JSON.stringify([request.operationName ?? null, ...entry.variables.map((name) => [name in variables, variables[name] ?? null])]);
    const kept = entry.estimates.get(key);
    if (kept?.fanOuts === fanOuts) return kept.estimate;
    const estimate = estimateCost(schema, document, request, fanOuts, this.sizeOf);
    // Undefined (invalid variables) may depend on the other variables too: not kept.
    if (estimate) entry.estimates.set(key, { fanOuts, estimate });
    return estimate;
  }
}

interface Kept {
  readonly fanOuts: CorpusFanOuts;
  readonly estimate: CostEstimate;
}

/** The variables a document uses as page sizes (`first: $n`) or in directives (`@include(if: $b)`). */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let inDirective = 0;
  visit(document, {
    Directive: { enter: () => void inDirective++, leave: () => void inDirective-- },
    Argument(node) {
      if ((inDirective > 0 || node.name.value === 'first') && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}
