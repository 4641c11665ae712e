import type { StatementKind } from '../../domain';
import { capitalise, slugify, STATEMENT_OBJECTS, STATEMENT_QUALIFIERS, STATEMENT_SUBJECTS, STATEMENT_VERBS } from '../vocabulary';
import type { ActorRef, StatementInfo, World } from './entity-info';

/** Statement `index`: a quote or a report, by a person or organisation, at an event of its article or another. */
export function describeStatement(world: World, index: number): StatementInfo {
  const random = world.random('statement', index);
  const kind: StatementKind = random.chance(0.6) ? 'DIRECT_QUOTE' : 'REPORTED';
  const speakerRoll = random.next();
  const speaker: ActorRef | undefined =
    speakerRoll < 0.03
      ? undefined
      : speakerRoll < 0.85
        ? { type: 'person', index: world.anyPerson(random) }
        : { type: 'organisation', index: world.anyOrganisation(random, 0.8) };
  const text = [random.pick(STATEMENT_SUBJECTS), random.pick(STATEMENT_VERBS), `${random.pick(STATEMENT_OBJECTS)}${random.pick(STATEMENT_QUALIFIERS)}`].join(
    ' ',
  );
  const home = world.spreads.statements.homeOf(index);
  const [firstEvent, endEvent] = world.spreads.events.rangeOf(home);
  const event =
    endEvent > firstEvent && random.chance(0.5)
      ? firstEvent + random.int(endEvent - firstEvent)
      : random.chance(0.1)
        ? random.int(world.counts.events)
        : undefined;
  const speakerSlug = speaker ? world.actorId(speaker).split(':')[1]! : 'unattributed';
  return {
    index,
    id: `statement:${speakerSlug}-${slugify(text.split(' ').slice(-3).join(' '))}-${index.toString(36)}`,
    kind,
    speaker,
    text: kind === 'DIRECT_QUOTE' ? capitalise(text) : text,
    event,
    withRole: speaker?.type === 'person' && random.chance(0.5),
  };
}
