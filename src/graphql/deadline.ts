import { GraphQLError, type GraphQLSchema, isObjectType } from 'graphql';

export const DEADLINE_CODE = 'EXECUTION_DEADLINE_EXCEEDED';

/** A request's execution deadline (EXECUTION_TIMEOUT_MS), counted from when its context was made. */
export class Deadline {
  private readonly at: number;

  constructor(readonly timeoutMs: number) {
    this.at = performance.now() + timeoutMs;
  }

  get passed(): boolean {
    return performance.now() > this.at;
  }
}

/** What a request that ran out of time answers: 503, its own code, and what to do instead. */
export class DeadlineExceeded extends GraphQLError {
  constructor(timeoutMs: number) {
    super(
      `The request ran longer than this API allows (${timeoutMs} ms) and was stopped. Ask for less at once: smaller pages (a lower \`first\`), fewer nested lists or searches; or try again when the service is less busy.`,
      { extensions: { code: DEADLINE_CODE, timeoutMs, http: { status: 503 } } },
    );
    this.name = 'DeadlineExceeded';
  }
}

const checked = new WeakSet<GraphQLSchema>();

/**
 * Every field with a resolver of its own checks the request's deadline (`context.deadline`)
 * before it runs (and, past it, rejects), so a request out of time stops within one resolver's work, under graphql-js
 * and graphql-jit alike (both call the field's `resolve`). Plain fields, read as properties,
 * stay as they are: graphql-jit inlines them. A context without a deadline runs unchecked.
 */
export function checkDeadlineInResolvers(schema: GraphQLSchema): GraphQLSchema {
  if (checked.has(schema)) return schema;
  checked.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: { deadline?: Deadline } | undefined, info) => {
        const deadline = context?.deadline;
        // Past it, a rejected promise, not a throw: when a field throws, graphql-js abandons the
        // promises of the fields beside it (graphql/graphql-js#3528), and once they too were
        // refused by the deadline, their rejections were unhandled and stopped the process.
        if (deadline?.passed) return Promise.reject(new DeadlineExceeded(deadline.timeoutMs));
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
