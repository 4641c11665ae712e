import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../domain';
import type { GraphQLContext } from '../context';
import { connectionType, toConnection } from '../pagination/connection';
import { givenFields } from './filter-values';
import { firstItems, firstOf, ListArgs } from '../pagination/list-args';
import { PageArgs } from '../pagination/page-args';
import { Affiliation } from './affiliation';
import { CommitmentConnection } from './commitment';
import { OrganisationKindEnum } from './enums';
import { EventConnection } from './event';
import { Evidence } from './evidence';
import { Node } from './node';
import { OrganisationFilter } from './organisation-filter';
import { Place } from './place';
import { Source } from './source';
import { StatementConnection } from './statement';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A state, an intergovernmental body or one of its offices, a ministry, an NGO, a publisher, …' })
export class Organisation extends Node {
  @Field({ description: 'The full name, e.g. "Organization for Security and Co-operation in Europe".' })
  name!: string;

  @Field(() => [String], { description: 'Acronyms, other spellings, and former or later names (e.g. "OSCE", "KNB", "Kirgizstan").' })
  aliases!: string[];

  @Field(() => OrganisationKindEnum, { description: 'What kind of body it is.' })
  kind!: domain.OrganisationKind;

  @Field(() => String, { nullable: true, description: 'What it is, where the sources say more than its name.' })
  description?: string;
}

export const OrganisationConnection = connectionType('Organisation', () => Organisation, 'organisations');

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'An organisation by id, e.g. "organisation:osce"; null when there is none.' })
  organisation(@Arg('id', () => ID, { description: 'The organisation\'s id.' }) id: string, @Ctx() { loaders }: GraphQLContext) {
    return loaders.organisation.load(id);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations, by name, filtered and paged; with a name filter, whole-name matches first, then names that begin with it.',
  })
  organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Which organisations; all when not given.' })
    filter: OrganisationFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { repository }: GraphQLContext,
  ) {
    return toConnection(repository.findOrganisations(givenFields(filter)), page);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The body it belongs to, e.g. the OSCE for an OSCE Programme Office.' })
  async parent(@Root() organisation: domain.Organisation, @Ctx() { loaders }: GraphQLContext) {
    return organisation.parentId ? loaders.organisation.load(organisation.parentId) : null;
  }

  @FieldResolver(() => [Organisation], { description: firstOf('The bodies directly under it.') })
  async subOrganisations(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.subOrganisationsByParent.load(organisation.id), list);
  }

  @FieldResolver(() => [Affiliation], { description: firstOf('The people with a role in it, as the sources state them.') })
  async members(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.affiliationsByOrganisation.load(organisation.id), list);
  }

  @FieldResolver(() => EventConnection, { description: 'Events it organised, took part in or spoke at, in date order.' })
  async events(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.eventsByActor.load(organisation.id), page);
  }

  @FieldResolver(() => EventConnection, { description: 'Events it organised, in date order.' })
  async organisedEvents(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.eventsByOrganiser.load(organisation.id), page);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements made in its name (e.g. by a ministry or "the UN").' })
  async statements(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.statementsBySpeaker.load(organisation.id), page);
  }

  @FieldResolver(() => CommitmentConnection, { description: 'Commitments it made.' })
  async commitments(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.commitmentsByActor.load(organisation.id), page);
  }

  @FieldResolver(() => CommitmentConnection, { description: 'Commitments others made to it or for its benefit.' })
  async beneficiaryOf(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() { loaders }: GraphQLContext) {
    return toConnection(await loaders.commitmentsByBeneficiary.load(organisation.id), page);
  }

  @FieldResolver(() => [Place], { description: firstOf('For a state: the places in it that the sources name.') })
  async places(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.placesByCountry.load(organisation.id), list);
  }

  @FieldResolver(() => [Source], { description: firstOf('The articles that name it.') })
  async sources(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() { loaders }: GraphQLContext) {
    return firstItems(await loaders.sourcesByEntity.load(organisation.id), list);
  }

  @FieldResolver(() => [Evidence], { description: firstOf('Every place the sources name it.') })
  mentions(@Root() organisation: domain.Organisation, @Args() list: ListArgs) {
    return firstItems(organisation.mentions, list);
  }
}
