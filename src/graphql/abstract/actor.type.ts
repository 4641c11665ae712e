import { createUnionType } from 'type-graphql';
import { Organisation } from '../entities/organisation/organisation.type';
import { Person } from '../entities/person/person.type';
import { typeNameOf } from './type-name';

export const Actor = createUnionType({
  name: 'Actor',
  description: 'Who acts, speaks or commits: a person or an organisation (a state, a ministry, …).',
  types: () => [Person, Organisation] as const,
  resolveType: (value: { id: string }) => typeNameOf(value),
});
