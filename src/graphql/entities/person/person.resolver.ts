import { Arg, Args, Ctx, Query, Resolver, Root } from 'type-graphql';
import type * as domain from '../../../domain';
import { type GraphQLContext, loadersFor, repositoryFor } from '../../context';
import { DraftsPageArgs } from '../../inputs/include-drafts';
import { givenFields } from '../../inputs/given-fields';
import { firstOf, ListArgs } from '../../pagination/list-args';
import { PageArgs } from '../../pagination/page-args';
import { toConnection } from '../../pagination/connection';
import { Affiliation } from '../affiliation/affiliation.type';
import { CommitmentConnection } from '../commitment/commitment.type';
import { NamedEntityResolver } from '../entity.resolver';
import { EventConnection } from '../event/event.type';
import { relatedList, relatedPage, RelationField } from '../related';
import { StatementConnection } from '../statement/statement.type';
import { PersonFilter } from './person.filter';
import { Person, PersonConnection } from './person.type';

@Resolver(() => Person)
export class PersonResolver extends NamedEntityResolver('person', Person, {
  byId: 'A person by id, e.g. "person:yerlan-karin"; null when there is none.',
  id: "The person's id.",
  sources: 'The articles that name the person.',
  mentions: 'Every place the sources name the person.',
}) {
  @Query(() => PersonConnection, {
    description: 'People, by name, filtered and paged; with a name filter, whole-name matches first, then names that begin with it.',
  })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people; all when not given.' }) filter: PersonFilter | undefined,
    @Args() page: DraftsPageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return toConnection(repositoryFor(context, page.includeDrafts).findPeople(givenFields(filter)), page);
  }

  @RelationField('affiliationsByPerson', () => [Affiliation], { description: firstOf("The person's roles in organisations, as the sources state them.") })
  affiliations(@Root() person: domain.Person, @Args() list: ListArgs, @Ctx() context: GraphQLContext) {
    return relatedList(loadersFor(context, person), 'affiliationsByPerson', person.id, list);
  }

  @RelationField('eventsByActor', () => EventConnection, { description: 'Events the person took part in or spoke at, in date order.' })
  events(@Root() person: domain.Person, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, person), 'eventsByActor', person.id, page);
  }

  @RelationField('statementsBySpeaker', () => StatementConnection, { description: 'What the person said, in the order the articles tell it.' })
  statements(@Root() person: domain.Person, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, person), 'statementsBySpeaker', person.id, page);
  }

  @RelationField('commitmentsByActor', () => CommitmentConnection, { description: 'Commitments the person made.' })
  commitments(@Root() person: domain.Person, @Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    return relatedPage(loadersFor(context, person), 'commitmentsByActor', person.id, page);
  }
}
