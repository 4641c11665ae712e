import type { AttributionBasis } from '../domain';
import type { DraftNamed } from './entities';
import { spanOf, trimmed, type Span, type TextSpan } from './spans';
import { SPEECH_VERBS, TITLE_WORDS } from './vocabulary';

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
/** Words that speak of a person named before: "he", "the minister", "the Head of the Ministry". */
const ANAPHOR = new RegExp(
  `^(?:he|she|the (?:${[...TITLE_WORDS].filter((w) => /^[a-z-]+$/.test(w)).join('|')}|politician|official|diplomat|expert|analyst)(?:\\s+of\\s+the\\s+[^,.;]{1,60})?)\\b`,
  'i',
);

type PersonBefore = (offset: number) => DraftNamed | undefined;
/** After the closing mark: ", said X" / ", - said X" / ", X said" / ", he added" / ", according to X". */
const AFTER_VERB_FIRST = new RegExp(`^[,.]?[^\\S\\n]*(?:[-–—]\\s*)?(${VERBS})\\s+([^.\\n;"“”]{1,160})`, 'iu');
const AFTER_SUBJECT_FIRST = new RegExp(`^[,.]?[^\\S\\n]*(?:[-–—]\\s*)?([^.\\n;"“”,]{1,120}?)\\s+(${VERBS})\\b`, 'iu');
const AFTER_ACCORDING = /^[,.]?[^\S\n]*(according to)\s+([^.\n;"“”]{1,120})/iu;
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
 * The article's quotations and their speakers, tried in this order:
 * - "…," said X / "…," X told reporters / "…," according to X (after the quotation);
 * - X said: "…" / According to X, "…" (before it);
 * - "…" and "…", he warned: a quotation joined to the next by "and" shares its attribution;
 * - X praised the plan as "…": the person named before it in its sentence, who says it;
 * - a quotation right after another in its paragraph is the same speaker's;
 * - otherwise nobody is named (UNNAMED): so too a paragraph of direct speech opened by a dash.
 * "he", "the minister", "the politician" are the person named last before the quotation.
 * Scare quotes (fewer than four words) are left out.
 */
export function findQuotations(text: string, entities: readonly DraftNamed[]): DraftQuotation[] {
  const speakers = entities.filter((e) => e.kind === 'person' || e.kind === 'organisation');
  const people = entities.filter((e) => e.kind === 'person');
  const personBefore = (offset: number) => {
    let best: { entity: DraftNamed; end: number } | undefined;
    for (const entity of people) for (const m of entity.mentions) if (m.end <= offset && (!best || m.end > best.end)) best = { entity, end: m.end };
    return best?.entity;
  };
  const spans = [...quotedSpans(text), ...dashParagraphs(text)].sort((a, b) => a.start - b.start);
  const found: { quoted: TextSpan; inner: TextSpan; attributed?: DraftQuotation; dash: boolean }[] = [];
  for (const quoted of spans) {
    const dash = /^[-–—]/.test(quoted.text);
    const inner = dash ? trimmed(text, { start: quoted.start + 1, end: quoted.end }, /[\s]/) : trimQuote(text, quoted);
    if (inner.text.split(/\s+/).length < 4) continue;
    const attributed =
      attributionAfter(text, quoted, inner, speakers, personBefore) ?? (dash ? undefined : attributionBefore(text, quoted, inner, speakers, personBefore));
    found.push({ quoted, inner, attributed, dash });
  }
  // "…" and "…", he warned: the earlier quotation shares the later one's attribution.
  for (let i = found.length - 2; i >= 0; i--) {
    const [here, next] = [found[i]!, found[i + 1]!];
    const between = text.slice(here.quoted.end, next.quoted.start);
    if (here.attributed || !next.attributed || !/^,?\s*(?:and|or|as well as|,)\s*(?:for\s+|that\s+)?$/i.test(between)) continue;
    here.attributed = {
      ...next.attributed,
      words: here.inner,
      evidence: { start: Math.min(here.quoted.start, next.attributed.evidence.start), end: next.attributed.evidence.end },
      confidence: next.attributed.confidence - 0.1,
    };
  }
  const quotations: DraftQuotation[] = [];
  let previous: (typeof found)[number] | undefined;
  for (const item of found) {
    const sameParagraph = previous?.attributed !== undefined && !text.slice(previous.quoted.end, item.quoted.start).includes('\n');
    const quotation =
      item.attributed ??
      (item.dash ? undefined : subjectOfSentence(text, item.quoted, item.inner, speakers)) ??
      (sameParagraph && previous?.attributed
        ? {
            ...previous.attributed,
            words: item.inner,
            evidence: { start: Math.min(previous.attributed.evidence.start, item.quoted.start), end: item.quoted.end },
            confidence: previous.attributed.confidence - 0.15,
          }
        : { words: item.inner, evidence: item.dash ? item.inner : item.quoted, basis: 'UNNAMED' as const, confidence: 0.3 });
    item.attributed = quotation;
    quotations.push(quotation);
    previous = item;
  }
  return quotations;
}

/** Paragraphs of direct speech opened by a dash ("- We held a conference …"), as some outlets print them. */
function dashParagraphs(text: string): TextSpan[] {
  return [...text.matchAll(/^[^\S\n]*([-–—] +\S[^\n]{10,})$/gmu)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    return trimmed(text, { start, end: start + m[1]!.length }, /[\s]/);
  });
}

/**
 * The quotation inside a sentence whose subject, named before it, says it: "X praised Y for
 * "…"", "X warned that "…"". The cue is the name and the verb after it.
 */
function subjectOfSentence(text: string, quoted: Span, words: TextSpan, speakers: readonly DraftNamed[]): DraftQuotation | undefined {
  const lineStart = text.lastIndexOf('\n', quoted.start - 1) + 1;
  const before = text.slice(lineStart, quoted.start);
  const sentenceStart = lineStart + Math.max(0, before.search(/[^.!?]*$/));
  const subject = speakers
    .flatMap((entity) => entity.mentions.filter((m) => m.start >= sentenceStart && m.end <= quoted.start).map((m) => ({ entity, m })))
    .sort((a, b) => (a.entity.kind === b.entity.kind ? a.m.start - b.m.start : a.entity.kind === 'person' ? -1 : 1))[0];
  if (!subject) return undefined;
  const verb = /^(?:,[^,]{1,120},)?\s+(?:also\s+)?([a-z]+ed|[a-z]+s)\b/.exec(text.slice(subject.m.end, quoted.start));
  if (!verb) return undefined;
  const cue = spanOf(text, subject.m.start, subject.m.end + verb[0].length);
  return {
    words,
    evidence: { start: cue.start, end: quoted.end },
    cue,
    basis: 'NAMED',
    speaker: subject.entity,
    confidence: subject.entity.kind === 'person' ? 0.6 : 0.5,
  };
}

function trimQuote(text: string, quoted: Span): TextSpan {
  let start = quoted.start + 1;
  let end = quoted.end - 1;
  while (start < end && /[\s]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return spanOf(text, start, end);
}

type Attributed = DraftQuotation | undefined;

function attributionAfter(text: string, quoted: Span, words: TextSpan, speakers: readonly DraftNamed[], personBefore: PersonBefore): Attributed {
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
  return attributed(text, quoted, words, speakers, personBefore, { phraseStart, phrase, cueStart, cueEndOf, according: match === according });
}

function attributionBefore(text: string, quoted: Span, words: TextSpan, speakers: readonly DraftNamed[], personBefore: PersonBefore): Attributed {
  const lineStart = text.lastIndexOf('\n', quoted.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, quoted.start - 220), quoted.start);
  const offset = quoted.start - before.length;
  const according = BEFORE_ACCORDING.exec(before);
  if (according) {
    const phraseStart = offset + according.index + according[0].indexOf(according[2]!);
    return attributed(text, quoted, words, speakers, personBefore, {
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
  return attributed(text, quoted, words, speakers, personBefore, { phraseStart, phrase: subject, cueStart: phraseStart, cueEndOf: () => verbEnd });
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
function attributed(text: string, quoted: Span, words: TextSpan, speakers: readonly DraftNamed[], personBefore: PersonBefore, cue: Cue): DraftQuotation {
  const phraseEnd = cue.phraseStart + cue.phrase.length;
  const inPhrase = speakers
    .flatMap((entity) => entity.mentions.filter((m) => m.start >= cue.phraseStart && m.end <= phraseEnd).map((m) => ({ entity, mention: m })))
    .sort((a, b) => (a.entity.kind === b.entity.kind ? a.mention.start - b.mention.start : a.entity.kind === 'person' ? -1 : 1));
  const via = viaOf(text, phraseEnd);
  const cueSpan = (end: number) => spanOf(text, cue.cueStart, end);
  const evidenceOf = (c: Span) => ({ start: Math.min(quoted.start, c.start), end: Math.max(quoted.end, c.end) });
  // "he", "the minister", "the Head of the Ministry": the person named last before the quotation.
  const anaphor = ANAPHOR.exec(cue.phrase.trim());
  const named = anaphor ? personBefore(Math.min(quoted.start, cue.phraseStart)) : undefined;
  if (anaphor && named) {
    const start = cue.phraseStart + cue.phrase.indexOf(anaphor[0]);
    const c = cueSpan(cue.cueEndOf(start + anaphor[0].length));
    return { words, evidence: evidenceOf(c), cue: c, basis: 'NAMED', speaker: named, via, confidence: 0.65 };
  }
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
  // A role or a body the draft did not find as a name: "the ministry", "experts".
  const role = cue.phrase.trim().replace(/\s+(in|on|at)\s+.*$/, '');
  const c = cueSpan(cue.cueEndOf(cue.phraseStart + cue.phrase.indexOf(role) + role.length));
  return { words, evidence: evidenceOf(c), cue: c, basis: 'ROLE_ONLY', speakerRole: role, via, confidence: 0.45 };
}

/** ", according to the WHO" after the attribution: the intermediary, left out when the words are cut off. */
function viaOf(text: string, from: number): string | undefined {
  const match = /^[^.\n"“”]{0,40}?,?\s*according to\s+([^.\n,;"“”]{2,60})/iu.exec(text.slice(from, from + 120));
  return match ? match[1]!.trim() : undefined;
}
