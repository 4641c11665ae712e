/**
 * Measures a query as the limits see it: its length, its tokens (counted as query-size.ts
 * counts them), its depth, aliases and directives (counted by graphql-armor's own rules,
 * with the server's counting options, through their onAccept callbacks), and its cost on a
 * corpus (estimated as the cost limit estimates it, variables at their defaults).
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLSchema, parse, validate } from 'graphql';
import { estimateCost } from '../../../src/graphql/cost/estimate-cost';
import type { CorpusFanOuts } from '../../../src/repository';
import { ARMOR_COUNTING } from '../../../src/server/plugins/limits/armor';
import { countTokens } from '../../../src/server/plugins/limits/query-size';

export interface QueryFigures {
  readonly chars: number;
  readonly tokens: number;
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly cost: number;
}

export function measureQuery(schema: GraphQLSchema, text: string, fanOuts: CorpusFanOuts): QueryFigures {
  const counted: Partial<Record<'depth' | 'aliases' | 'directives', number>> = {};
  const record = (figure: keyof typeof counted) => ({
    propagateOnRejection: false,
    onAccept: [(_context: unknown, details: { n: number }) => void (counted[figure] = details.n)],
  });
  const unlimited = Number.MAX_SAFE_INTEGER;
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: unlimited, ...ARMOR_COUNTING.maxDepth, ...record('depth') },
    maxAliases: { n: unlimited, allowList: [...ARMOR_COUNTING.maxAliases.allowList], ...record('aliases') },
    maxDirectives: { n: unlimited, ...record('directives') },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const document = parse(text);
  const errors = validate(schema, document, validationRules);
  if (errors.length > 0) throw new Error(`could not measure the query: ${errors.map((e) => e.message).join('; ')}`);
  const figure = (name: keyof typeof counted) => {
    if (counted[name] === undefined) throw new Error(`graphql-armor did not report the ${name} of the query`);
    return counted[name];
  };
  return {
    chars: text.length,
    tokens: countTokens(text),
    depth: figure('depth'),
    aliases: figure('aliases'),
    directives: figure('directives'),
    cost: estimateCost(schema, document, {}, fanOuts)?.objects ?? Number.NaN,
  };
}
