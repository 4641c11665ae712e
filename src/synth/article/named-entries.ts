import type { NamedFormat, OrganisationFormat, PersonFormat, PlaceFormat } from '../../loader/annotation/annotation-format';
import type { ArticleWriter, NamedType } from './article-writer';
import type { Span } from './span';

/*
 * One entry per place, person or organisation the text names, with its mentions; the full
 * entry (name, aliases, the rest) in its home article only.
 */

export function placeEntries(writer: ArticleWriter): PlaceFormat<Span>[] {
  const { world } = writer;
  return namedEntries(writer, 'places', world.place.bind(world), (place, mentions) => ({
    id: place.id,
    name: place.name,
    aliases: place.aliases.length > 0 ? place.aliases : undefined,
    country: place.country === undefined ? undefined : world.organisation(place.country).id,
    mentions,
  }));
}

export function personEntries(writer: ArticleWriter): PersonFormat<Span>[] {
  const { world } = writer;
  return namedEntries(writer, 'people', world.person.bind(world), (person, mentions) => ({
    id: person.id,
    name: person.name,
    aliases: person.alias ? [person.alias] : undefined,
    description: world.roleOf(person, 0),
    mentions,
  }));
}

export function organisationEntries(writer: ArticleWriter): OrganisationFormat<Span>[] {
  const { world } = writer;
  return namedEntries(writer, 'organisations', world.organisation.bind(world), (organisation, mentions) => ({
    id: organisation.id,
    name: organisation.name,
    aliases: organisation.aliases.length > 0 ? organisation.aliases : undefined,
    kind: organisation.kind,
    parent: organisation.parent === undefined ? undefined : world.organisation(organisation.parent).id,
    description: organisation.description,
    mentions,
  }));
}

/** The entries of one type: the full entry where this article is the entity's home, else its id and mentions. */
function namedEntries<I extends { readonly id: string }, T extends NamedFormat<Span>>(
  writer: ArticleWriter,
  type: NamedType,
  describe: (index: number) => I,
  fullEntry: (info: I, mentions: Span[]) => T,
): (T | NamedFormat<Span>)[] {
  const home = writer.world.spreads[type];
  return [...writer.mentions[type]].map(([index, mentions]) => {
    const info = describe(index);
    return home.homeOf(index) === writer.article ? fullEntry(info, mentions) : { id: info.id, mentions };
  });
}
