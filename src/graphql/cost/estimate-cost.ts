import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isListType,
  Kind,
} from 'graphql';
// graphql-js's own field collection (fragments, @skip/@include, merging by response key), so
// that what is counted is what execution would resolve. Internal, but stable across graphql 16.
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import type { CorpusFanOuts } from '../../repository';
import { listSizeOf, type ListSize } from './list-sizes';

/** How many objects one field of the answer holds at most, by its path ("people.nodes.statements"). */
export interface FieldCost {
  readonly path: string;
  readonly objects: number;
}

/** A `first` argument outside its bounds, where it stands. */
export interface PageSizeProblem {
  readonly path: string;
  readonly message: string;
  readonly node: FieldNode;
}

export interface CostEstimate {
  /** The most objects the operation can answer with: every object in the answer counts once. */
  readonly objects: number;
  /** The fields that hold those objects, the largest first. */
  readonly fields: readonly FieldCost[];
  /** Page sizes out of their bounds: the query is wrong whatever its cost. */
  readonly pageSizeProblems: readonly PageSizeProblem[];
}

export interface CostRequest {
  readonly operationName?: string | null;
  readonly variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * The most objects an operation can answer with on this corpus, counted as GitHub counts
 * nodes: a list holds at most its `first` items, and never more than the longest such list
 * the corpus holds (`fanOuts`), times the objects it is nested in. Only the operation that
 * runs is counted. Undefined when there is no such operation or its variables are invalid:
 * execution reports those.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: CostRequest,
  fanOuts: CorpusFanOuts,
  sizeOf: (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) => ListSize | undefined = listSizeOf,
): CostEstimate | undefined {
  const operation = getOperationAST(document, request.operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return undefined;
  // Bad variables: execution reports them. One error is enough to know (uncapped, graphql-js
  // quotes the whole value in each error: a value of n bad fields costs n² work).
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
  if (errors) return undefined;

  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const pageSizeProblems: PageSizeProblem[] = [];

  /**
   * The objects under `fields` of `parents` objects of `type`; `page`: the page size, when `type` is a connection
   * (or the actors, when a network); `inherited`: the arguments of the fields above (the nearest first), which some
   * lists' sizes depend on (a timeline's unit).
   */
  const countFields = (
    type: GraphQLObjectType,
    fields: Map<string, readonly FieldNode[]>,
    parents: number,
    path: string,
    page?: number,
    inherited: Readonly<Record<string, unknown>> = {},
  ): Counted => {
    const counted: Counted = { objects: 0, fields: [] };
    for (const [key, nodes] of fields) {
      const node = nodes[0]!;
      const field = type.getFields()[node.name.value];
      const returned = field && getNamedType(field.type);
      if (!field || !isCompositeType(returned)) continue; // scalars, __typename and introspection cost nothing
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, node, coerced);
      } catch {
        args = {}; // execution refuses them; counted at the defaults, never less than the field could answer
      }
      const fieldPath = `${path}${key}`;
      const isList = isListType(getNullableType(field.type));
      const size = sizeOf(type, field);
      let items = 1;
      let itemsOfPage: number | undefined;
      if (size) {
        const most = itemsOf(size, args, fanOuts, inherited, page, (message) => pageSizeProblems.push({ path: fieldPath, message, node }));
        if (isList) items = most;
        else itemsOfPage = most; // a connection: one object, whose edges and nodes hold the page
      } else if (isList) {
        if (page === undefined)
          throw new Error(`${type.name}.${field.name} answers a list, but neither LIST_SIZES nor a RelationField says how long it can be`);
        items = page;
      }
      const objects = parents * items;
      const below = countSelection(returned, nodes, objects, `${fieldPath}.`, itemsOfPage, { ...inherited, ...args });
      counted.objects += objects + below.objects;
      counted.fields.push({ path: fieldPath, objects }, ...below.fields);
    }
    return counted;
  };

  /** An abstract type counts as its costliest possible type: every object is one of them. */
  const countSelection = (
    type: GraphQLCompositeType,
    nodes: readonly FieldNode[],
    parents: number,
    path: string,
    page: number | undefined,
    inherited: Readonly<Record<string, unknown>>,
  ): Counted => {
    const types = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    let costliest: Counted = { objects: 0, fields: [] };
    for (const possible of types) {
      const counted = countFields(possible, collectSubfields(schema, fragments, coerced, possible, nodes), parents, path, page, inherited);
      if (counted.objects > costliest.objects) costliest = counted;
    }
    return costliest;
  };

  const counted = countFields(root, collectFields(schema, fragments, coerced, root, operation.selectionSet), 1, '');
  const fields = counted.fields.filter((field) => field.objects > 0).sort((a, b) => b.objects - a.objects);
  return { objects: counted.objects, fields, pageSizeProblems };
}

interface Counted {
  objects: number;
  fields: FieldCost[];
}

/**
 * How many items a list answers at most: its `first` (or default), capped by the corpus's
 * longest (given the arguments above it, `inherited`, and within the object holding it,
 * `within`) and by what its other arguments allow.
 */
function itemsOf(
  size: ListSize,
  args: Record<string, unknown>,
  fanOuts: CorpusFanOuts,
  inherited: Readonly<Record<string, unknown>>,
  within: number | undefined,
  report: (problem: string) => void,
): number {
  const first = args.first;
  const longest = Math.min(size.longest(fanOuts, inherited, within), size.allowed ? size.allowed(args, fanOuts) : Number.POSITIVE_INFINITY);
  if (!size.first) return longest;
  const asked = typeof first === 'number' ? first : size.first.default;
  const problem = size.first.problem(asked);
  if (problem) report(problem);
  return Math.max(0, Math.min(asked, longest));
}
