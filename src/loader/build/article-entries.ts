import type { Attribution, Commitment, Event, Evidence, Source, Statement } from '../../domain';
import type { StatementAnnotation } from '../annotation/statement-annotation';
import type { ArticleContext } from './article-context';
import { entryLabel } from './entry-label';
import { locateEvidence } from './locate-evidence';

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
    url: source.url,
    publishedAt: context.date(source.publishedAt),
    language: context.word(source.language),
    review: context.annotation.review === 'draft' ? 'DRAFT' : 'REVIEWED',
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
      attendance: e.attendance && { ...e.attendance, unit: context.word(e.attendance.unit), approximate: e.attendance.approximate ?? false },
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
    const evidence = context.evidence(`${entry}.evidence`, s.evidence);
    return {
      id: context.intern(s.id),
      text: text ?? s.text,
      kind: context.word(s.kind),
      speakerId: context.ref(s.speaker),
      speakerRole: context.word(s.speakerRole),
      eventId: context.ref(s.event),
      date: context.date(s.date),
      attribution: buildAttribution(context, entry, s, evidence),
      sourceId: context.sourceId,
      evidence,
    };
  });
}

/**
 * A statement's attribution, its cue located like evidence. The basis must agree with the
 * speaker (NAMED has one, UNNAMED has none), and the cue must lie inside or beside the
 * statement's evidence: the attributing words are part of the passage that reports it.
 */
function buildAttribution(context: ArticleContext, entry: string, s: StatementAnnotation, evidence: readonly Evidence[]): Attribution {
  const { basis, via, cue } = s.attribution;
  if (basis === 'NAMED' && s.speaker === undefined) {
    context.problem(
      `${entry}.attribution.basis`,
      'basis NAMED needs a speaker: give the speaker, or use ROLE_ONLY (a role or body only) or UNNAMED (nobody said to speak)',
    );
  }
  if (basis === 'UNNAMED' && s.speaker !== undefined) {
    context.problem(
      `${entry}.attribution.basis`,
      `basis UNNAMED says the article does not name who spoke, but the speaker is ${s.speaker}: use NAMED or ROLE_ONLY, or leave the speaker out`,
    );
  }
  if (!cue) return { basis: context.word(basis), via: context.word(via) };
  const found = locateEvidence(context.sourceId, context.text, cue.quote, cue.occurrence, context.quoteAt);
  if (!('evidence' in found)) {
    context.problem(`${entry}.attribution.cue`, found.error);
    return { basis: context.word(basis), via: context.word(via) };
  }
  const span = found.evidence;
  if (evidence.length === s.evidence.length && !evidence.some((quoted) => isInsideOrBeside(context.text, span, quoted))) {
    context.problem(
      `${entry}.attribution.cue`,
      `cue ${JSON.stringify(span.quote)} is neither inside nor beside the statement's evidence; quote the attributing words of the passage the evidence quotes`,
    );
  }
  return { basis: context.word(basis), via: context.word(via), cue: span };
}

/** Whether `inner` lies inside `outer`, overlaps it, or is separated from it by nothing but spaces and punctuation. */
function isInsideOrBeside(text: string, inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  if (inner.start < outer.end && outer.start < inner.end) return true;
  const gap = inner.end <= outer.start ? text.slice(inner.end, outer.start) : text.slice(outer.end, inner.start);
  return /^[\s\p{P}]*$/u.test(gap);
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
