import type { ActorRef } from '../world/entity-info';
import type { SynthWorld } from '../world/synth-world';
import type { Random } from '../random';
import { capitalise } from '../vocabulary';
import { Span } from './span';

/** The places, people and organisations a text names. */
export type NamedType = 'places' | 'people' | 'organisations';

/**
 * An article's text as it is written, piece by piece, and what the annotation needs of it: the
 * span of every mention of a place, person or organisation, and every affiliation stated.
 */
export class ArticleWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly mentions: Record<NamedType, Map<number, Span[]>> = { places: new Map(), people: new Map(), organisations: new Map() };
  readonly affiliations = new Map<string, { person: number; organisation: number; role: string; evidence: Span[] }>();
  readonly random: Random;

  constructor(
    readonly world: SynthWorld,
    readonly article: number,
  ) {
    this.random = world.random('article', article);
  }

  /** The text written so far. */
  written(): string {
    return this.parts.join('');
  }

  text(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return new Span(start, this.length);
  }

  /** Runs `write` for each item, a sentence each, starting a new paragraph every five. */
  paragraph<T>(items: readonly T[], write: (item: T) => void): void {
    items.forEach((item, i) => {
      this.text(i % 5 === 0 ? '\n\n' : ' ');
      write(item);
    });
  }

  sentence(write: () => void): Span {
    const start = this.length;
    write();
    this.text('.');
    return new Span(start, this.length);
  }

  /** Writes a list: "A, B and C". */
  list<T>(items: readonly T[], write: (item: T, first: boolean) => void): void {
    items.forEach((item, i) => {
      if (i > 0) this.text(i === items.length - 1 ? ' and ' : ', ');
      write(item, i === 0);
    });
  }

  mention(type: NamedType, index: number, span: Span): Span {
    const spans = this.mentions[type].get(index);
    if (spans) spans.push(span);
    else this.mentions[type].set(index, [span]);
    return span;
  }

  person(index: number): Span {
    return this.mention('people', index, this.text(this.world.person(index).name));
  }

  place(index: number): Span {
    return this.mention('places', index, this.text(this.world.place(index).name));
  }

  /** "the OSCE Programme Office in Astana" ("The …" to start a sentence); the name is the mention. */
  organisation(index: number, startsSentence = false): Span {
    const { article, name } = this.world.organisation(index);
    if (article) this.text(startsSentence ? capitalise(article) : article);
    return this.mention('organisations', index, this.text(name));
  }

  actor(actor: ActorRef, startsSentence = false): Span {
    return actor.type === 'person' ? this.person(actor.index) : this.organisation(actor.index, startsSentence);
  }

  /** "Head of the Kamuro Foundation": states the affiliation, with this phrase as its evidence. */
  role(person: number, affiliation = 0): string {
    const info = this.world.person(person);
    const { organisation, role } = info.affiliations[affiliation]!;
    const start = this.length;
    this.text(`${role} of `);
    this.organisation(organisation);
    const span = new Span(start, this.length);
    const key = `${person}:${organisation}`;
    const known = this.affiliations.get(key);
    if (known) known.evidence.push(span);
    else this.affiliations.set(key, { person, organisation, role, evidence: [span] });
    return this.world.roleOf(info, affiliation);
  }
}
