import { PURPOSES } from '../vocabulary';
import { amountsOf } from './amounts';
import type { ActorRef, CommitmentInfo, World } from './entity-info';

/** Commitment `index`: who commits what, to whom, with amounts for most funding and pledges. */
export function describeCommitment(world: World, index: number): CommitmentInfo {
  const random = world.random('commitment', index);
  const kind = random.pick(['FUNDING', 'FUNDING', 'PLEDGE', 'PLEDGE', 'OFFER', 'PLAN', 'PROPOSAL', 'AGREEMENT'] as const);
  const actors = new Map<string, ActorRef>();
  for (let n = random.chance(0.8) ? 1 : 2; n > 0; n--) {
    const roll = random.next();
    const actor: ActorRef =
      roll < 0.7
        ? { type: 'organisation', index: world.state(random) }
        : roll < 0.85
          ? { type: 'organisation', index: world.anyOrganisation(random) }
          : { type: 'person', index: world.anyPerson(random) };
    actors.set(`${actor.type}${actor.index}`, actor);
  }
  const beneficiaries = new Set<number>();
  for (let n = random.int(3); n > 0; n--) beneficiaries.add(world.anyOrganisation(random, 0.6));
  const withAmounts = kind === 'FUNDING' || kind === 'PLEDGE' ? random.chance(0.9) : kind === 'OFFER' && random.chance(0.4);
  const amounts = withAmounts ? amountsOf(random) : [];
  const due = random.chance(0.3) ? random.between(2006, 2030) : undefined;
  const home = world.spreads.commitments.homeOf(index);
  const [firstEvent, endEvent] = world.spreads.events.rangeOf(home);
  const [firstStatement, endStatement] = world.spreads.statements.rangeOf(home);
  const first = [...actors.values()][0]!;
  return {
    index,
    id: `commitment:${world.actorId(first).split(':')[1]}-${kind.toLowerCase()}-${index.toString(36)}`,
    kind,
    actors: [...actors.values()],
    beneficiaries: [...beneficiaries].filter((b) => !actors.has(`organisation${b}`)),
    amounts,
    purpose: random.pick(PURPOSES),
    due: due === undefined ? undefined : { text: String(due), year: due },
    event: endEvent > firstEvent && random.chance(0.4) ? firstEvent + random.int(endEvent - firstEvent) : undefined,
    statement: endStatement > firstStatement && random.chance(0.3) ? firstStatement + random.int(endStatement - firstStatement) : undefined,
  };
}
