import { createUnionType } from 'type-graphql';
import { typeNameOf } from '../type-names';
import { Organisation } from './organisation';
import { Person } from './person';

export const Actor = createUnionType({
  name: 'Actor',
  description: 'Who acts, speaks or commits: a person or an organisation (a state, a ministry, …).',
  types: () => [Person, Organisation] as const,
  resolveType: (value: { id: string }) => typeNameOf(value),
});
