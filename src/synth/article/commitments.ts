import type { CommitmentKind } from '../../domain';
import type { CommitmentFormat } from '../../loader/annotation/annotation-format';
import type { CommitmentInfo } from '../world/entity-info';
import type { ArticleWriter } from './article-writer';
import { dateAnnotation } from './dates';
import type { Span } from './span';

const COMMITMENT_VERBS: Readonly<Record<CommitmentKind, string>> = {
  FUNDING: 'allocated',
  PLEDGE: 'pledged',
  OFFER: 'offered',
  PLAN: 'plans to provide',
  PROPOSAL: 'proposed',
  AGREEMENT: 'agreed to provide',
};

const COMMITMENT_NOUNS: Readonly<Record<CommitmentKind, string>> = {
  FUNDING: 'funding',
  PLEDGE: 'pledge',
  OFFER: 'offer',
  PLAN: 'plan',
  PROPOSAL: 'proposal',
  AGREEMENT: 'agreement',
};

/** A commitment's sentence (who commits what to whom, by when) and its annotation. */
export function writeCommitment(writer: ArticleWriter, commitment: CommitmentInfo): CommitmentFormat<Span> {
  const { amounts, beneficiaries } = commitment;
  const evidence = writer.sentence(() => {
    writer.list(commitment.actors, (actor, first) => writer.actor(actor, first));
    writer.text(` ${COMMITMENT_VERBS[commitment.kind]} `);
    if (amounts.length === 0) writer.text('support');
    else writer.text(amounts.length === 1 ? amounts[0]!.text : `${amounts[0]!.text} (${amounts[1]!.text})`);
    if (beneficiaries.length > 0) {
      writer.text(' to ');
      writer.list(beneficiaries, (beneficiary) => writer.organisation(beneficiary));
    }
    writer.text(` ${commitment.purpose}`);
    if (commitment.due) writer.text(` by ${commitment.due.text}`);
    if (commitment.event !== undefined) writer.text(`, as announced at the ${writer.world.event(commitment.event).name}`);
  });
  const firstActor = commitment.actors[0]!;
  const actorName = firstActor.type === 'person' ? writer.world.person(firstActor.index).name : writer.world.organisation(firstActor.index).name;
  return {
    id: commitment.id,
    kind: commitment.kind,
    description: `${actorName}'s ${COMMITMENT_NOUNS[commitment.kind]}${amounts.length > 0 ? ` of ${amounts[0]!.text}` : ''} ${commitment.purpose}.`,
    actors: commitment.actors.map((actor) => writer.world.actorId(actor)),
    beneficiaries: beneficiaries.length > 0 ? beneficiaries.map((b) => writer.world.organisation(b).id) : undefined,
    amounts: amounts.length > 0 ? amounts : undefined,
    dueDate: commitment.due && dateAnnotation(commitment.due),
    event: commitment.event === undefined ? undefined : writer.world.event(commitment.event).id,
    statement: commitment.statement === undefined ? undefined : writer.world.statement(commitment.statement).id,
    evidence: [evidence],
  };
}
