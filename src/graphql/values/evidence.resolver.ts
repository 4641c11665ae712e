import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import { type GraphQLContext, loadersFor } from '../context';
import { Source } from '../entities/source/source.type';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source, { description: 'The article the quote is from.' })
  source(@Root() evidence: domain.Evidence, @Ctx() context: GraphQLContext) {
    return loadersFor(context, evidence).source.load(evidence.sourceId);
  }
}
