/**
 * Timelines, facets and totals make a fixed number of repository calls per request, however
 * large the corpus: the list once (facets and totals reuse it), the timeline once, and one
 * batch per relation their items ask for.
 */
import { copySuffix } from '../helpers/api-scaled-corpus';
import { countedQuery as run, seedAndScaledAround } from '../helpers/counted-api';

const TIMELINE = /* GraphQL */ `
  {
    timeline(unit: YEAR) {
      undated
      buckets {
        period
        count
        items(first: 100) {
          ... on Event {
            id
            organisers {
              name
            }
          }
          ... on Statement {
            id
            speaker {
              ... on Person {
                name
              }
              ... on Organisation {
                name
              }
            }
          }
          ... on Commitment {
            id
            actors {
              ... on Person {
                name
              }
              ... on Organisation {
                name
              }
            }
          }
        }
      }
      coarser {
        period
        count
        items {
          ... on Event {
            name
          }
        }
      }
    }
  }
`;

/** Facets and totals; `suffix`: the copy's, on the scaled corpus (its ids are renamed). */
const facets = (suffix: string) => /* GraphQL */ `
  {
    events(filter: { from: "2010", to: "2017" }, first: 5) {
      totalCount
      facets(top: 5) {
        kind {
          value
          count
        }
        year {
          value
          count
        }
        organiser {
          label
          count
        }
        participant {
          label
          count
        }
      }
    }
    statements(filter: { speakerId: "person:nurtai-abykayev${suffix}" }) {
      totalCount
      facets {
        speaker {
          label
          count
        }
        event {
          label
          count
        }
        source {
          label
          count
        }
        kind {
          value
          count
        }
      }
    }
    commitments(first: 1) {
      totalCount
      facets {
        currency {
          value
          count
        }
        actor {
          label
          count
        }
        beneficiary {
          label
          count
        }
        kind {
          value
          count
        }
      }
      totals {
        currency
        value
        commitments
      }
    }
    organisation(id: "organisation:kazakhstan${suffix}") {
      commitmentsMade: commitments {
        totals {
          currency
          value
        }
        facets(top: 3) {
          beneficiary {
            label
            count
          }
        }
      }
    }
  }
`;

const apis = seedAndScaledAround();

test('a timeline with its items and their relations: one timeline call, one batch per relation', async () => {
  const small = await run(apis.seed, TIMELINE);
  const large = await run(apis.scaled, TIMELINE);
  expect(small.counts).toEqual({ timeline: 1, organisationsByIds: 1, actorsByIds: 1 });
  expect(large.counts).toEqual(small.counts);
  // Not vacuous: ten copies of every dated item, ten times the undated.
  type Answer = { timeline: { undated: number; buckets: { count: number }[] } };
  const { timeline: few } = small.data as Answer;
  const { timeline: many } = large.data as Answer;
  expect(few.undated).toBe(46);
  expect(many.undated).toBe(460);
  expect(many.buckets.map((bucket) => bucket.count)).toEqual(few.buckets.map((bucket) => bucket.count * 10));
});

test('facets and totals of root lists and of a relation: each list read once, each facet set and total one call', async () => {
  const small = await run(apis.seed, facets(''));
  const large = await run(apis.scaled, facets(copySuffix(0)));
  expect(small.counts).toEqual({
    findEvents: 1,
    findStatements: 1,
    findCommitments: 1,
    organisationsByIds: 1,
    commitmentsByActor: 1,
    facets: 4,
    moneyTotals: 2,
  });
  expect(large.counts).toEqual(small.counts);
  const totals = (data: unknown) => (data as { commitments: { totals: { currency: string; value: number; commitments: number }[] } }).commitments.totals;
  expect(totals(small.data)).toEqual([
    { currency: 'KZT', value: 96_100_000, commitments: 1 },
    { currency: 'USD', value: 50_300_000, commitments: 2 },
  ]);
  expect(totals(large.data)).toEqual([
    { currency: 'KZT', value: 961_000_000, commitments: 10 },
    { currency: 'USD', value: 503_000_000, commitments: 20 },
  ]);
  // A copy's own lists are as on the seeds: Abykayev's four statements, Kazakhstan's money.
  const ofCopy = (data: unknown) => JSON.parse(JSON.stringify(data).replaceAll(copySuffix(0), '')) as { statements: unknown; organisation: unknown };
  expect(ofCopy(large.data).statements).toEqual((small.data as { statements: unknown }).statements);
  expect(ofCopy(large.data).organisation).toEqual((small.data as { organisation: unknown }).organisation);
});
