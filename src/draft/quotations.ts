import type { AttributionBasis } from '../domain';
import type { DraftNamed } from './entities';
import { spanOf, type Span, type TextSpan } from './spans';
import { SPEECH_VERBS } from './vocabulary';

/** A quotation of the article with who the attribution around it says spoke. */
export interface DraftQuotation {
  /** The quoted words, without their quotation marks. */
  readonly words: TextSpan;
  /** The quotation with its marks and the attributing words: the statement's evidence. */
  readonly evidence: Span;
  readonly cue?: TextSpan;
  readonly basis: AttributionBasis;
  readonly speaker?: DraftNamed;
  /** The role or body the attribution names when it names no one ("the ministry"). */
  readonly speakerRole?: string;
  readonly via?: string;
  readonly confidence: number;
}

const VERBS = SPEECH_VERBS.join('|');
const PRONOUN = '(?:he|she|they|the (?:minister|president|official|diplomat|ambassador|expert|analyst|politician|spokesman|spokeswoman|spokesperson))';
/** After the closing mark: ", said X" / ", - said X" / ", X said" / ", he added" / ", according to X". */
const AFTER_VERB_FIRST = new RegExp(`^[,.]?\\s*(?:[-–—]\\s*)?(${VERBS})\\s+([^.\\n;"“”]{1,160})`, 'iu');
const AFTER_SUBJECT_FIRST = new RegExp(`^[,.]?\\s*(?:[-–—]\\s*)?([^.\\n;"“”,]{1,120}?)\\s+(${VERBS})\\b`, 'iu');
const AFTER_ACCORDING = /^[,.]?\s*(according to)\s+([^.\n;"“”]{1,120})/iu;
/** Before the opening mark: "X said:" / "According to X,". */
const BEFORE_SAID = new RegExp(`([^.\\n"“”]{1,160}?)\\s+(${VERBS})(?:\\s+[^:,.;"“”\\n]{1,40})?\\s*[:,]\\s*$`, 'iu');
const BEFORE_ACCORDING = /(according to)\s+([^.\n"“”]{1,120}?)\s*,\s*$/iu;

/** Quoted spans: “…”, "…" (paired in order), « … ». */
function quotedSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /“([^”\n]{2,1500})”|"([^"\n]{2,1500})"|«([^»\n]{2,1500})»/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) spans.push(spanOf(text, match.index, match.index + match[0].length));
  return spans;
}

/**
 * The article's quotations and their speakers: "…," said X / X said: "…" / according to X /
 * "…," he added (the previous speaker); a quotation right after another, in the same
 * paragraph, with no attribution of its own, is the same speaker's. Scare quotes (a few words
 * inside a sentence) are left out.
 */
export function findQuotations(text: string, entities: readonly DraftNamed[]): DraftQuotation[] {
  const speakers = entities.filter((e) => e.kind === 'person' || e.kind === 'organisation');
  const quotations: DraftQuotation[] = [];
  let previous: DraftQuotation | undefined;
  for (const quoted of quotedSpans(text)) {
    const inner = trimQuote(text, quoted);
    const wordCount = inner.text.split(/\s+/).length;
    if (wordCount < 4) continue;
    // "he added" means the last speaker named, even across a quotation nobody was named for.
    const lastNamed = [...quotations].reverse().find((q) => q.speaker);
    const attributed = attributionAfter(text, quoted, inner, speakers, lastNamed) ?? attributionBefore(text, quoted, inner, speakers, lastNamed);
    const sameParagraph = previous !== undefined && !text.slice(previous.evidence.end, quoted.start).includes('\n');
    const quotation =
      attributed ??
      (sameParagraph && previous
        ? {
            ...previous,
            words: inner,
            evidence: { start: Math.min(previous.evidence.start, quoted.start), end: quoted.end },
            confidence: previous.confidence - 0.15,
          }
        : { words: inner, evidence: quoted, basis: 'UNNAMED' as const, confidence: 0.3 });
    quotations.push(quotation);
    previous = quotation;
  }
  return quotations;
}

function trimQuote(text: string, quoted: Span): TextSpan {
  let start = quoted.start + 1;
  let end = quoted.end - 1;
  while (start < end && /[\s]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return spanOf(text, start, end);
}

type Attributed = DraftQuotation | undefined;

function attributionAfter(text: string, quoted: Span, words: TextSpan, speakers: readonly DraftNamed[], previous?: DraftQuotation): Attributed {
  const after = text.slice(quoted.end, quoted.end + 200);
  const verbFirst = AFTER_VERB_FIRST.exec(after);
  const according = AFTER_ACCORDING.exec(after);
  const subjectFirst = AFTER_SUBJECT_FIRST.exec(after);
  const match = verbFirst ?? according ?? (subjectFirst && subjectFirst[1]!.split(/\s+/).length <= 12 ? subjectFirst : null);
  if (!match) return undefined;
  const lead = match[0].length - match[0].trimStart().length;
  const phraseStart = quoted.end + match.index + match[0].indexOf(match === subjectFirst ? match[1]! : match[2]!, lead);
  const phrase = match === subjectFirst ? match[1]! : match[2]!;
  const cueStart = quoted.end + match.index + (match === subjectFirst ? match[0].indexOf(match[1]!) : match[0].indexOf(match[1]!));
  const cueEndOf = (speakerEnd: number) => (match === subjectFirst ? quoted.end + match.index + match[0].length : speakerEnd);
  return attributed(text, quoted, words, speakers, previous, { phraseStart, phrase, cueStart, cueEndOf, according: match === according });
}

function attributionBefore(text: string, quoted: Span, words: TextSpan, speakers: readonly DraftNamed[], previous?: DraftQuotation): Attributed {
  const lineStart = text.lastIndexOf('\n', quoted.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, quoted.start - 220), quoted.start);
  const offset = quoted.start - before.length;
  const according = BEFORE_ACCORDING.exec(before);
  if (according) {
    const phraseStart = offset + according.index + according[0].indexOf(according[2]!);
    return attributed(text, quoted, words, speakers, previous, {
      phraseStart,
      phrase: according[2]!,
      cueStart: offset + according.index,
      cueEndOf: (end) => end,
      according: true,
    });
  }
  const said = BEFORE_SAID.exec(before);
  if (!said) return undefined;
  // The speaker is the last sentence's subject before the verb: cut at a full stop.
  const subject = said[1]!.replace(/^.*[.!?]\s+/s, '');
  const phraseStart = offset + said.index + said[0].indexOf(subject);
  const verbEnd = offset + said.index + said[0].indexOf(said[2]!, subject.length) + said[2]!.length;
  return attributed(text, quoted, words, speakers, previous, { phraseStart, phrase: subject, cueStart: phraseStart, cueEndOf: () => verbEnd });
}

interface Cue {
  readonly phraseStart: number;
  readonly phrase: string;
  readonly cueStart: number;
  /** Where the cue ends, given where the speaker's name ends in the phrase. */
  readonly cueEndOf: (speakerEnd: number) => number;
  readonly according?: boolean;
}

/** Who the attributing phrase names: a person or body of the draft inside it, a pronoun (the previous speaker), a role, or no one. */
function attributed(
  text: string,
  quoted: Span,
  words: TextSpan,
  speakers: readonly DraftNamed[],
  previous: DraftQuotation | undefined,
  cue: Cue,
): DraftQuotation {
  const phraseEnd = cue.phraseStart + cue.phrase.length;
  const inPhrase = speakers
    .flatMap((entity) => entity.mentions.filter((m) => m.start >= cue.phraseStart && m.end <= phraseEnd).map((m) => ({ entity, mention: m })))
    .sort((a, b) => (a.entity.kind === b.entity.kind ? a.mention.start - b.mention.start : a.entity.kind === 'person' ? -1 : 1));
  const via = viaOf(text, phraseEnd);
  const cueSpan = (end: number) => spanOf(text, cue.cueStart, end);
  const evidenceOf = (c: Span) => ({ start: Math.min(quoted.start, c.start), end: Math.max(quoted.end, c.end) });
  const first = inPhrase[0];
  if (first) {
    const c = cueSpan(cue.cueEndOf(first.mention.end));
    const person = first.entity.kind === 'person';
    return {
      words,
      evidence: evidenceOf(c),
      cue: c,
      basis: 'NAMED',
      speaker: first.entity,
      via: cue.according ? undefined : via,
      confidence: person ? 0.85 : 0.7,
    };
  }
  const pronoun = new RegExp(`^${PRONOUN}\\b`, 'i').exec(cue.phrase.trim());
  if (pronoun && previous?.speaker) {
    const start = cue.phraseStart + cue.phrase.indexOf(pronoun[0]);
    const c = cueSpan(cue.cueEndOf(start + pronoun[0].length));
    return { words, evidence: evidenceOf(c), cue: c, basis: previous.basis, speaker: previous.speaker, via, confidence: 0.65 };
  }
  // A role or a body the draft did not find as a name: "the ministry", "experts".
  const role = cue.phrase.trim().replace(/\s+(in|on|at)\s+.*$/, '');
  const c = cueSpan(cue.cueEndOf(cue.phraseStart + cue.phrase.indexOf(role) + role.length));
  return { words, evidence: evidenceOf(c), cue: c, basis: 'ROLE_ONLY', speakerRole: role, via, confidence: 0.45 };
}

/** ", according to the UN" after the attribution: the intermediary, left out when the words are cut off. */
function viaOf(text: string, from: number): string | undefined {
  const match = /^[^.\n"“”]{0,40}?,?\s*according to\s+([^.\n,;"“”]{2,60})/iu.exec(text.slice(from, from + 120));
  return match ? match[1]!.trim() : undefined;
}
