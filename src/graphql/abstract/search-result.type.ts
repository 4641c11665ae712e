import { createUnionType } from 'type-graphql';
import { Commitment } from '../entities/commitment/commitment.type';
import { Event } from '../entities/event/event.type';
import { Organisation } from '../entities/organisation/organisation.type';
import { Person } from '../entities/person/person.type';
import { Place } from '../entities/place/place.type';
import { Source } from '../entities/source/source.type';
import { Statement } from '../entities/statement/statement.type';
import { typeNameOf } from './type-name';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything a search can find.',
  types: () => [Person, Organisation, Place, Event, Statement, Commitment, Source] as const,
  resolveType: (value: { id: string }) => typeNameOf(value),
});
