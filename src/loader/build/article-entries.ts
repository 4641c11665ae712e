import type { Commitment, Event, Source, Statement } from '../../domain';
import type { ArticleContext } from './article-context';
import { entryLabel } from './entry-label';

/** The article itself, as a source. */
export function buildSource(context: ArticleContext): Source {
  const {
    annotation: { source },
    textFile,
    text,
  } = context;
  return {
    id: context.sourceId,
    title: source.title,
    publisherId: context.ref(source.publisher),
    authorIds: context.refs(source.authors),
    seedFile: textFile,
    text,
  };
}

export function buildEvents(context: ArticleContext): Event[] {
  return (context.annotation.events ?? []).map((e, index) => {
    const entry = entryLabel('events', index, e.id);
    const id = context.intern(e.id);
    return {
      id,
      name: e.name,
      kind: context.word(e.kind),
      description: e.description,
      startDate: context.date(e.startDate),
      endDate: context.date(e.endDate),
      location: context.word(e.location),
      placeId: context.ref(e.place),
      attendance: e.attendance && { ...e.attendance, approximate: e.attendance.approximate ?? false },
      organiserIds: context.refs(e.organisers),
      participations: (e.participants ?? []).map((p, i) => ({
        eventId: id,
        actorId: context.ref(p.actor),
        role: context.word(p.role),
        evidence: context.evidence(`${entry}.participants[${i}].evidence`, p.evidence),
      })),
      sourceId: context.sourceId,
      evidence: context.evidence(`${entry}.evidence`, e.evidence),
    };
  });
}

export function buildStatements(context: ArticleContext): Statement[] {
  return (context.annotation.statements ?? []).map((s, index) => {
    const entry = entryLabel('statements', index, s.id);
    const text = context.wordsOf(s.text);
    if (text === undefined) {
      context.problem(`${entry}.text`, 'text is not found word for word in the article; give the words as the article has them');
    }
    return {
      id: context.intern(s.id),
      text: text ?? s.text,
      kind: context.word(s.kind),
      speakerId: context.ref(s.speaker),
      speakerRole: context.word(s.speakerRole),
      eventId: context.ref(s.event),
      date: context.date(s.date),
      sourceId: context.sourceId,
      evidence: context.evidence(`${entry}.evidence`, s.evidence),
    };
  });
}

export function buildCommitments(context: ArticleContext): Commitment[] {
  return (context.annotation.commitments ?? []).map((c, index) => {
    const entry = entryLabel('commitments', index, c.id);
    const evidence = context.evidence(`${entry}.evidence`, c.evidence);
    const amounts = c.amounts ?? [];
    amounts.forEach((amount, i) => {
      if (!evidence.some((e) => e.quote.includes(amount.text))) {
        context.problem(
          `${entry}.amounts[${i}]`,
          `amount text ${JSON.stringify(amount.text)} is not inside the commitment's evidence; quote the words that state it`,
        );
      }
    });
    return {
      id: context.intern(c.id),
      description: c.description,
      kind: context.word(c.kind),
      actorIds: context.refs(c.actors),
      beneficiaryIds: context.refs(c.beneficiaries),
      amounts: amounts.map(({ value, currency, text }) => ({ value, currency: context.word(currency), text })),
      dueDate: context.date(c.dueDate),
      eventId: context.ref(c.event),
      statementId: context.ref(c.statement),
      sourceId: context.sourceId,
      evidence,
    };
  });
}
