import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { badUserInput } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';
import { DEFAULT_PAGE_SIZE, PageArgs } from './page-args';
import { PageInfo } from './page-info';

export interface Connection<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly nodes: T[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
  /** The whole list the page is cut from (not a field): what facets and totals count. */
  readonly items: readonly T[];
}

/**
 * The `XEdge` and `XConnection` object types of a node type. The node type is a thunk so
 * that types which page through each other (a person's events, an event's people) can be
 * declared in any order.
 */
export function connectionType(nodeName: string, nodeType: () => ClassType, plural: string) {
  @ObjectType(`${nodeName}Edge`, { simpleResolvers: true, description: `One ${nodeName} in a page of a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Pass this as `after` to continue the list after this item.' })
    cursor!: string;

    @Field(nodeType, { description: `The ${nodeName}.` })
    node!: unknown;
  }

  @ObjectType(`${nodeName}Connection`, { simpleResolvers: true, description: `A page of ${plural}, with the total and the cursors to page on.` })
  class ConnectionType {
    @Field(() => [Edge], { description: `The ${plural} of this page, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [nodeType()], { description: `The ${plural} of this page, without cursors.` })
    nodes!: unknown[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} the whole list holds, on all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}

/** A page of `items` as a connection: `first` items after the cursor `after`. */
export function toConnection<T>(items: readonly T[], { first, after }: PageArgs): Connection<T> {
  const size = first ?? DEFAULT_PAGE_SIZE;
  let start = 0;
  if (after !== undefined && after !== null) {
    const offset = decodeCursor(after);
    if (offset === undefined || offset >= Math.max(items.length, 1)) {
      throw badUserInput(
        `after is not a cursor of this list (got ${JSON.stringify(after)}); pass the pageInfo.endCursor of a page of the same list, or leave it out to start at the beginning`,
      );
    }
    start = offset + 1;
  }
  const page = items.slice(start, start + size);
  const edges = page.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    nodes: page,
    totalCount: items.length,
    items,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
