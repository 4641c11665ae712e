import type { EventFormat } from '../../loader/annotation/annotation-format';
import { TOPICS } from '../vocabulary';
import type { ActorRef, EventInfo } from '../world/entity-info';
import type { ArticleWriter } from './article-writer';
import { dateAnnotation, datePhrase } from './dates';
import type { Span } from './span';

const TITLE_LEADS = ['Officials discuss', 'Experts debate', 'Central Asia focuses on', 'Talks on', 'Delegations meet on'];

/** Participants are listed this many to a sentence. */
const NAMES_PER_SENTENCE = 8;

/** The article's title: about its first event, if it has one. */
export function articleTitle(writer: ArticleWriter, event: EventInfo | undefined): string {
  const lead = writer.random.pick(TITLE_LEADS);
  return event ? `${lead} ${event.topic} in ${writer.world.place(event.place).name}` : `${lead} ${writer.random.pick(TOPICS)}`;
}

/** An event's sentences (who organised it, where and when; who took part) and its annotation. */
export function writeEvent(writer: ArticleWriter, event: EventInfo): EventFormat<Span> {
  writer.text(' ');
  const evidence = writer.sentence(() => {
    writer.list(event.organisers, (organiser, first) => writer.organisation(organiser, first));
    writer.text(` organised the ${event.nameBeforePlace}`);
    writer.place(event.place);
    writer.text(` ${datePhrase(event.start, event.end)}`);
    if (event.attendance) writer.text(`, attended by ${event.attendance.text} ${event.attendance.approximate ? 'people' : 'delegates'}`);
  });
  const evidenceOf = new Map<ActorRef, Span>();
  const organisations = event.participants.filter((p) => p.actor.type === 'organisation');
  const people = event.participants.filter((p) => p.actor.type === 'person');
  if (organisations.length > 0) {
    writer.text(' ');
    writer.sentence(() => {
      writer.text('Delegations of ');
      writer.list(organisations, ({ actor }) => evidenceOf.set(actor, writer.actor(actor)));
      writer.text(' took part');
    });
  }
  for (let from = 0; from < people.length; from += NAMES_PER_SENTENCE) {
    writer.text(' ');
    writer.sentence(() => {
      writer.text(from === 0 ? 'Among the participants were ' : 'They were joined by ');
      writer.list(people.slice(from, from + NAMES_PER_SENTENCE), ({ actor }) => evidenceOf.set(actor, writer.actor(actor)));
    });
  }
  return {
    id: event.id,
    name: event.name,
    kind: event.kind,
    description: event.description,
    startDate: dateAnnotation(event.start),
    endDate: event.end && dateAnnotation(event.end),
    location: writer.world.place(event.place).name,
    place: writer.world.place(event.place).id,
    // The text says "attended by some 120 people" or "by 35 delegates": people, either way.
    attendance: event.attendance && { ...event.attendance, unit: 'PEOPLE' },
    organisers: event.organisers.map((o) => writer.world.organisation(o).id),
    participants: event.participants.map(({ actor, role }) => ({
      actor: writer.world.actorId(actor),
      role,
      evidence: [evidenceOf.get(actor)!],
    })),
    evidence: [evidence],
  };
}
