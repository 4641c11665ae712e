import type { StatementFormat } from '../../loader/annotation/annotation-format';
import type { StatementInfo } from '../world/entity-info';
import type { ArticleWriter } from './article-writer';
import type { Span } from './span';

/** A statement's sentence: a quote with its speaker, or what someone reported; and its annotation. */
export function writeStatement(writer: ArticleWriter, statement: StatementInfo): { annotation: StatementFormat<Span>; evidence: Span } {
  const { speaker, event } = statement;
  let speakerRole: string | undefined;
  const writeRole = () => {
    if (!statement.withRole || speaker?.type !== 'person') return;
    writer.text(', ');
    speakerRole = writer.role(speaker.index);
  };
  const eventName = event === undefined ? undefined : writer.world.event(event).name;
  const evidence = writer.sentence(() => {
    if (statement.kind === 'DIRECT_QUOTE') {
      writer.text(`“${statement.text},” `);
      if (!speaker) writer.text('the statement read');
      else {
        writer.text('said ');
        writer.actor(speaker);
        writeRole();
      }
      if (eventName) writer.text(`${speakerRole ? ',' : ''} at the ${eventName}`);
      return;
    }
    if (!speaker) writer.text('It was reported');
    else {
      writer.actor(speaker, true);
      writeRole();
      if (speakerRole) writer.text(',');
      writer.text(' said');
    }
    writer.text(` that ${statement.text}`);
    if (eventName) writer.text(` at the ${eventName}`);
  });
  return {
    evidence,
    annotation: {
      id: statement.id,
      kind: statement.kind,
      text: statement.text,
      speaker: speaker && writer.world.actorId(speaker),
      speakerRole,
      event: eventName === undefined ? undefined : writer.world.event(event!).id,
      // The sentence names the speaker when there is one; otherwise nobody is said to speak ("It was reported").
      attribution: { basis: speaker ? 'NAMED' : speakerRole ? 'ROLE_ONLY' : 'UNNAMED' },
      evidence: [evidence],
    },
  };
}
