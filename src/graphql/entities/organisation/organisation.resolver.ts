import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { givenFields } from '../../inputs/given-fields';
import { toConnection } from '../../pagination/connection';
import { firstOf, ListArgs } from '../../pagination/list-args';
import { PageArgs } from '../../pagination/page-args';
import { Affiliation } from '../affiliation/affiliation.type';
import { CommitmentConnection } from '../commitment/commitment.type';
import { NamedEntityResolver } from '../entity.resolver';
import { EventConnection } from '../event/event.type';
import { Place } from '../place/place.type';
import { relatedList, relatedPage, RelationField } from '../related';
import { StatementConnection } from '../statement/statement.type';
import { OrganisationFilter } from './organisation.filter';
import { Organisation, OrganisationConnection } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver extends NamedEntityResolver('organisation', Organisation, {
  byId: 'An organisation by id, e.g. "organisation:osce"; null when there is none.',
  id: "The organisation's id.",
  sources: 'The articles that name it.',
  mentions: 'Every place the sources name it.',
}) {
  @Query(() => OrganisationConnection, {
    description: 'Organisations, by name, filtered and paged; with a name filter, whole-name matches first, then names that begin with it.',
  })
  organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Which organisations; all when not given.' })
    filter: OrganisationFilter | undefined,
    @Args() page: DraftsPageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return toConnection(repositoryFor(context, page.includeDrafts).findOrganisations(givenFields(filter)), page);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The body it belongs to, e.g. the OSCE for an OSCE Programme Office.' })
  async parent(@Root() organisation: domain.Organisation, @Ctx() context: GraphQLContext) {
    return organisation.parentId ? loadersFor(context, organisation).organisation.load(organisation.parentId) : null;
  }

  @RelationField('subOrganisationsByParent', () => [Organisation], { description: firstOf('The bodies directly under it.') })
  subOrganisations(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, organisation), 'subOrganisationsByParent', organisation.id, list);
  }

  @RelationField('affiliationsByOrganisation', () => [Affiliation], { description: firstOf('The people with a role in it, as the sources state them.') })
  members(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, organisation), 'affiliationsByOrganisation', organisation.id, list);
  }

  @RelationField('eventsByActor', () => EventConnection, { description: 'Events it organised, took part in or spoke at, in date order.' })
  events(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, organisation), 'eventsByActor', organisation.id, page);
  }

  @RelationField('eventsByOrganiser', () => EventConnection, { description: 'Events it organised, in date order.' })
  organisedEvents(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, organisation), 'eventsByOrganiser', organisation.id, page);
  }

  @RelationField('statementsBySpeaker', () => StatementConnection, { description: 'Statements made in its name (e.g. by a ministry or "the UN").' })
  statements(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, organisation), 'statementsBySpeaker', organisation.id, page);
  }

  @RelationField('commitmentsByActor', () => CommitmentConnection, { description: 'Commitments it made.' })
  commitments(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, organisation), 'commitmentsByActor', organisation.id, page);
  }

  @RelationField('commitmentsByBeneficiary', () => CommitmentConnection, { description: 'Commitments others made to it or for its benefit.' })
  beneficiaryOf(@Root() organisation: domain.Organisation, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, organisation), 'commitmentsByBeneficiary', organisation.id, page);
  }

  @RelationField('placesByCountry', () => [Place], { description: firstOf('For a state: the places in it that the sources name.') })
  places(@Root() organisation: domain.Organisation, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, organisation), 'placesByCountry', organisation.id, list);
  }
}
