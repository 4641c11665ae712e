import type { OrganisationFormat, PersonFormat, PlaceFormat } from '../../loader/annotation/annotation-format';
import type { ArticleWriter, NamedType } from './article-writer';
import type { Span } from './span';

/*
 * One entry per place, person or organisation the text names, with its mentions; the full
 * entry (name, aliases, the rest) in its home article only.
 */

export function placeEntries(writer: ArticleWriter): PlaceFormat<Span>[] {
  const { world } = writer;
  return namedEntries(writer, 'places', (index, mentions, isHome) => {
    const place = world.place(index);
    if (!isHome) return { id: place.id, mentions };
    return {
      id: place.id,
      name: place.name,
      aliases: place.aliases.length > 0 ? place.aliases : undefined,
      country: place.country === undefined ? undefined : world.organisation(place.country).id,
      mentions,
    };
  });
}

export function personEntries(writer: ArticleWriter): PersonFormat<Span>[] {
  const { world } = writer;
  return namedEntries(writer, 'people', (index, mentions, isHome) => {
    const person = world.person(index);
    if (!isHome) return { id: person.id, mentions };
    return {
      id: person.id,
      name: person.name,
      aliases: person.alias ? [person.alias] : undefined,
      description: world.roleOf(person, 0),
      mentions,
    };
  });
}

export function organisationEntries(writer: ArticleWriter): OrganisationFormat<Span>[] {
  const { world } = writer;
  return namedEntries(writer, 'organisations', (index, mentions, isHome) => {
    const organisation = world.organisation(index);
    if (!isHome) return { id: organisation.id, mentions };
    return {
      id: organisation.id,
      name: organisation.name,
      aliases: organisation.aliases.length > 0 ? organisation.aliases : undefined,
      kind: organisation.kind,
      parent: organisation.parent === undefined ? undefined : world.organisation(organisation.parent).id,
      description: organisation.description,
      mentions,
    };
  });
}

function namedEntries<T>(writer: ArticleWriter, type: NamedType, entry: (index: number, mentions: Span[], isHome: boolean) => T): T[] {
  const home = writer.world.spreads[type];
  return [...writer.mentions[type]].map(([index, mentions]) => entry(index, mentions, home.homeOf(index) === writer.article));
}
