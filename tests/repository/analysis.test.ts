/**
 * The repository's analysis: facets of a filtered list (counted per call, choosing the top values
 * without sorting them all) agree with the whole ordering; periods are labelled as ISO 8601 says.
 */
import { CorpusRepository, FACETS, type FacetedList } from '../../src/repository';
import { countFacet } from '../../src/repository/facets';
import { periodIndex, periodLabel } from '../../src/repository/timeline';
import { scaleCorpus } from '../helpers/api-scaled-corpus';
import { loadSeedCorpus } from '../helpers/seeds';

const repository = new CorpusRepository(scaleCorpus(loadSeedCorpus(), 10));
const labels = {
  labelOf: (id: string) => {
    const entity = repository.entitiesByIds([id])[0];
    return entity && ('name' in entity ? entity.name : 'title' in entity ? entity.title : undefined);
  },
  sortKeyOf: (label: string) => label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
};

describe.each(['events', 'statements', 'commitments'] as FacetedList[])('facets of %s on a 10x corpus (ten of every value: many ties)', (list) => {
  // Every other item: a filtered list, so the facets are counted, not read from the load's.
  const items = repository[list].filter((_, at) => at % 2 === 0) as never[];

  test.each(Object.keys(FACETS[list]))('%s: the top values are the first of the whole ordering, for every top', (name) => {
    const facet = (FACETS[list] as Record<string, Parameters<typeof countFacet>[1]>)[name]!;
    const whole = countFacet(items, facet, labels);
    expect(whole.length).toBeGreaterThan(0);
    for (let top = 1; top <= whole.length + 1; top++) expect(countFacet(items, facet, labels, top)).toEqual(whole.slice(0, top));
    expect(repository.facets(list, items, 5)[name as never]).toEqual(whole.slice(0, 5));
  });
});

test('periods: ISO 8601 at each unit, consecutive indexes for consecutive periods', () => {
  const date = { year: 2010, month: 12, day: 31 };
  expect(['YEAR', 'QUARTER', 'MONTH', 'DAY'].map((unit) => periodLabel(periodIndex(date, unit as never)!, unit as never))).toEqual([
    '2010',
    '2010-Q4',
    '2010-12',
    '2010-12-31',
  ]);
  expect(periodLabel(periodIndex(date, 'DAY')! + 1, 'DAY')).toBe('2011-01-01');
  expect(periodLabel(periodIndex(date, 'QUARTER')! + 1, 'QUARTER')).toBe('2011-Q1');
  expect(periodLabel(periodIndex({ year: 2012, month: 2, day: 28 }, 'DAY')! + 1, 'DAY')).toBe('2012-02-29');
  // A month alone has no day: it is never put on the first of the month.
  expect(periodIndex({ year: 2010, month: 12 }, 'DAY')).toBeUndefined();
});
