import { CLOSINGS } from '../vocabulary';
import type { ArticleWriter } from './article-writer';

/* The sentences that introduce the places, organisations and people an article is the home of. */

/** "Osh (also called …) is a city in Kyrgyzstan." */
export function introducePlace(writer: ArticleWriter, index: number): void {
  const place = writer.world.place(index);
  writer.sentence(() => {
    writer.place(index);
    place.aliases.forEach((alias, i) => {
      writer.text(i === 0 ? ' (also called ' : ', ');
      writer.mention('places', index, writer.text(alias));
      if (i === place.aliases.length - 1) writer.text(')');
    });
    if (place.country === undefined) return void writer.text(' is a city');
    writer.text(' is a city in ');
    writer.organisation(place.country);
  });
}

/** "The Kamuro Foundation (KF) is a non-governmental organisation, part of …" */
export function introduceOrganisation(writer: ArticleWriter, index: number): void {
  const organisation = writer.world.organisation(index);
  writer.sentence(() => {
    writer.organisation(index, true);
    organisation.aliases.forEach((alias, i) => {
      writer.text(i === 0 ? ' (' : ', ');
      writer.mention('organisations', index, writer.text(alias));
      if (i === organisation.aliases.length - 1) writer.text(')');
    });
    writer.text(` is ${organisation.description[0]!.toLowerCase()}${organisation.description.slice(1)}`);
    if (organisation.parent === undefined) return;
    writer.text(', part of ');
    writer.organisation(organisation.parent);
  });
}

/** "Ainur Kamurov (also spelled …), Head of the …, …": the person's roles are affiliations stated. */
export function introducePerson(writer: ArticleWriter, index: number): void {
  const person = writer.world.person(index);
  writer.sentence(() => {
    writer.person(index);
    if (person.alias) {
      writer.text(' (also spelled ');
      writer.mention('people', index, writer.text(person.alias));
      writer.text(')');
    }
    writer.text(', ');
    writer.list(
      person.affiliations.map((_, i) => i),
      (affiliation) => writer.role(index, affiliation),
    );
    writer.text(`, ${writer.random.pick(CLOSINGS)}`);
  });
}
