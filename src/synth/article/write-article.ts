/**
 * Writes one synthetic article: its text, sentence by sentence, and beside it the annotation
 * that cites that text. Every quote is a span recorded while writing, so it is in the text by
 * construction; `occurrence` is added wherever the same words occur more than once.
 */
import type { ArticleAnnotationFormat, CommitmentFormat, QuoteInFile, StatementFormat } from '../../loader/annotation/annotation-format';
import { slugify } from '../vocabulary';
import type { SynthWorld } from '../world/synth-world';
import { ArticleWriter } from './article-writer';
import { writeCommitment } from './commitments';
import { articleTitle, writeEvent } from './events';
import { introduceOrganisation, introducePerson, introducePlace } from './introductions';
import { organisationEntries, personEntries, placeEntries } from './named-entries';
import { QuoteFinder } from './quote-finder';
import type { Span } from './span';
import { writeStatement } from './statements';

export interface WrittenArticle {
  readonly text: string;
  readonly annotation: ArticleAnnotationFormat<QuoteInFile>;
  /** The entities this article defines, by type (what its index owns). */
  readonly defined: Readonly<Record<'places' | 'people' | 'organisations' | 'events' | 'statements' | 'commitments', number>>;
}

/**
 * Writes article `article` of the world: its title, byline and dateline, its events, the
 * introductions of the entities it is home to, its statements and commitments; and the
 * annotation that cites it, quotes resolved once the text is finished.
 */
export function writeArticle(world: SynthWorld, article: number): WrittenArticle {
  const writer = new ArticleWriter(world, article);
  const { spreads } = world;
  const range = (type: keyof typeof spreads) => {
    const [start, end] = spreads[type].rangeOf(article);
    return Array.from({ length: end - start }, (_, i) => start + i);
  };
  const events = range('events').map((i) => world.event(i));
  const statements = range('statements').map((i) => world.statement(i));
  const commitments = range('commitments').map((i) => world.commitment(i));
  const ownPlaces = range('places');
  const ownPeople = range('people');
  const ownOrganisations = range('organisations');

  const title = articleTitle(writer, events[0]);
  const source = { id: `source:${slugify(title)}-${article.toString(36)}`, title, publisher: '', authors: [] as string[] };
  writer.text(`${title}\n\nBy `);
  const author = world.anyPerson(writer.random);
  writer.person(author);
  writer.text(', ');
  const publisher = world.publisher(writer.random);
  writer.organisation(publisher);
  source.publisher = world.organisation(publisher).id;
  source.authors.push(world.person(author).id);

  const dateline = world.place(events[0]?.place ?? world.anyPlace(writer.random)).name.toUpperCase();
  writer.text(`\n\n${dateline} --`);
  const eventEntries = events.map((event) => writeEvent(writer, event));

  writer.paragraph(ownPlaces, (index) => introducePlace(writer, index));
  writer.paragraph(ownOrganisations, (index) => introduceOrganisation(writer, index));
  writer.paragraph(ownPeople, (index) => introducePerson(writer, index));
  const statementEntries: StatementFormat<Span>[] = [];
  writer.paragraph(statements, (statement) => statementEntries.push(writeStatement(writer, statement).annotation));
  const commitmentEntries: CommitmentFormat<Span>[] = [];
  writer.paragraph(commitments, (commitment) => commitmentEntries.push(writeCommitment(writer, commitment)));
  writer.text('\n');

  const text = writer.written();
  const annotation: ArticleAnnotationFormat<Span> = {
    source,
    places: placeEntries(writer),
    people: personEntries(writer),
    organisations: organisationEntries(writer),
    affiliations: [...writer.affiliations.values()].map(({ person, organisation, role, evidence }) => ({
      person: world.person(person).id,
      organisation: world.organisation(organisation).id,
      role,
      evidence,
    })),
    events: eventEntries,
    statements: statementEntries,
    commitments: commitmentEntries,
  };
  return {
    text,
    annotation: new QuoteFinder(text).resolve(annotation),
    defined: {
      places: ownPlaces.length,
      people: ownPeople.length,
      organisations: ownOrganisations.length,
      events: events.length,
      statements: statements.length,
      commitments: commitments.length,
    },
  };
}
