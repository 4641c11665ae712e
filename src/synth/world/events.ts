import type { EventKind } from '../../domain';
import { EVENT_ADJECTIVES, MONTHS, slugify, TOPICS } from '../vocabulary';
import type { Random } from '../random';
import type { ActorRef, DateInfo, EventInfo, World } from './entity-info';

export const EVENT_KIND_WORDS: Readonly<Record<EventKind, string>> = {
  CONFERENCE: 'conference',
  MEETING: 'meeting',
  SUMMIT: 'summit',
  SESSION: 'session',
  VISIT: 'visit',
  TRAINING: 'training course',
  OTHER: 'forum',
};

/** Event `index`: its kind, topic, place and dates, organisers, and delegations and people taking part. */
export function describeEvent(world: World, index: number): EventInfo {
  const random = world.random('event', index);
  const kind = random.pick(['CONFERENCE', 'CONFERENCE', 'MEETING', 'MEETING', 'SUMMIT', 'SESSION', 'VISIT', 'TRAINING', 'OTHER'] as const);
  const topic = random.pick(TOPICS);
  const place = world.anyPlace(random);
  const nameBeforePlace = `${random.pick(EVENT_ADJECTIVES)} ${EVENT_KIND_WORDS[kind]} on ${topic} in `;
  const name = nameBeforePlace + world.place(place).name;
  const { start, end } = eventDates(random);
  const attendance = random.chance(0.25)
    ? random.chance(0.5)
      ? { count: random.between(2, 40) * 10, approximate: true }
      : { count: random.between(12, 400), approximate: false }
    : undefined;
  const organisers = new Set<number>();
  for (let n = random.between(1, 3); n > 0; n--) organisers.add(world.organiser(random));
  // A fifth of the events are big: dozens of delegations and people.
  const big = random.chance(0.2);
  const participants = new Map<string, { actor: ActorRef; role: string }>();
  for (let n = big ? random.between(4, 10) : random.between(0, 2); n > 0; n--) {
    const state = world.state(random);
    participants.set(`o${state}`, { actor: { type: 'organisation', index: state }, role: 'delegation' });
  }
  for (let n = big ? random.between(20, 50) : random.between(1, 6); n > 0; n--) {
    const person = world.anyPerson(random);
    participants.set(`p${person}`, { actor: { type: 'person', index: person }, role: random.pick(['speaker', 'participant', 'panellist', 'observer']) });
  }
  return {
    index,
    id: `event:${slugify(name)}-${index.toString(36)}`,
    name,
    nameBeforePlace,
    kind,
    topic,
    description: `A ${EVENT_KIND_WORDS[kind]} on ${topic}.`,
    place,
    start,
    end,
    attendance: attendance && { ...attendance, text: `${attendance.approximate ? 'some ' : ''}${attendance.count}` },
    organisers: [...organisers],
    participants: [...participants.values()],
  };
}

/** Dates at every precision the corpus knows, some with an inferred year, some with none. */
function eventDates(random: Random): { start: DateInfo; end?: DateInfo } {
  const year = random.between(2005, 2024);
  const month = random.between(1, 12);
  const day = random.between(1, 28);
  const roll = random.next();
  if (roll < 0.55) {
    const start = { text: `${day} ${MONTHS[month - 1]} ${year}`, year, month, day };
    if (!random.chance(0.25)) return { start };
    const endDay = Math.min(28, day + random.between(1, 3));
    return { start, end: { text: `${endDay} ${MONTHS[month - 1]} ${year}`, year, month, day: endDay } };
  }
  if (roll < 0.7) return { start: { text: `${MONTHS[month - 1]} ${year}`, year, month } };
  if (roll < 0.8) return { start: { text: String(year), year } };
  if (roll < 0.9) return { start: { text: `${day} ${MONTHS[month - 1]}`, month, day } };
  return {
    start: {
      text: `${MONTHS[month - 1]} ${day}`,
      year,
      month,
      day,
      inferred: `The article gives no year; it reports the event as news of ${year}, the year it was published.`,
    },
  };
}
