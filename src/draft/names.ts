import type { OrganisationKind } from '../domain';
import { romanisationKey } from '../repository/romanisation-key';
import { CURRENCY_CODES } from './currencies';
import { spanOf, type TextSpan } from './spans';
import type { Token, Tokenised } from './tokens';
import { CALENDAR_WORDS, EVENT_WORDS, NAME_CONNECTORS, NOT_A_NAME, ORGANISATION_WORDS, PLACE_WORDS, TITLE_WORDS } from './vocabulary';

export type NameKind = 'person' | 'organisation' | 'place';

/** One name as the article writes it, with what the rules make of it. */
export interface NameMention extends TextSpan {
  readonly kind: NameKind;
  /** For organisations: the kind the name's words suggest (a country is a STATE). */
  readonly organisationKind?: OrganisationKind;
  /** For people: the title or role written before the name ("Deputy Foreign Minister"). */
  readonly title?: TextSpan;
  /** How sure the rules are that this is a name of this kind, 0..1. */
  readonly confidence: number;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['City', 'Region', 'Place'];
const lower = (token: Token) => token.text.toLowerCase();
const isCapitalised = (token: Token) => /^[\p{Lu}]/u.test(token.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(token.text);
const isAcronym = (token: Token) => /^\p{Lu}[\p{Lu}.&]{1,7}$/u.test(token.text) && !/^[IVXLC]+$/.test(token.text);
const hasTag = (token: Token, tags: readonly string[]) => tags.some((tag) => token.tags.has(tag));
/** The word without a possessive ending. */
const bare = (token: Token) => lower(token).replace(/['’]s$/, '');

/**
 * The names of people, organisations and places in the article. compromise tags the words
 * (first names, countries, cities, organisations, titles); these rules join capitalised words
 * into names, cut the titles off people's names, and read the kind of a name from its words.
 */
export function findNames(text: string, { tokens }: Tokenised): NameMention[] {
  const headlineLines = headlines(text);
  const mentions: NameMention[] = [];
  const dateline = datelinePlace(text);
  if (dateline) mentions.push(dateline);
  for (const run of capitalisedRuns(text, tokens, headlineLines)) {
    if (dateline && run[0]!.start < dateline.end && run[0]!.end > dateline.start) continue;
    const before = text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start);
    mentions.push(...classify(text, run, /\b(the|a|an) $/i.test(before)));
  }
  return withAcronymsAndSurnames(text, mentions, tokens);
}

/**
 * The place of a dateline: "OSH (Agency) — …", "KHUJAND, 3 May --": capitals at the start of
 * a paragraph, before a dash. The name is written in title case; the mention is the article's own.
 */
export function datelinePlace(text: string): NameMention | undefined {
  const match = /^([\p{Lu}][\p{Lu}' -]{2,30}?)(?:,[^\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s/mu.exec(text.slice(0, 2000));
  if (!match || /\p{Ll}/u.test(match[1]!)) return undefined;
  const start = match.index;
  return { ...spanOf(text, start, start + match[1]!.trimEnd().length), kind: 'place', confidence: 0.7 };
}

/** Lines written in title case ("Minister Meets Delegation In Capital"): their capitals say nothing. */
function headlines(text: string): Set<number> {
  const lines = new Set<number>();
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 4 && capitals / words.length >= 0.7) lines.add(start);
    start += line.length + 1;
  }
  return lines;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Runs of capitalised words joined by single spaces (and small words inside organisations' names). */
function capitalisedRuns(text: string, tokens: readonly Token[], headlineLines: Set<number>): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isCapitalised(first) || CALENDAR_WORDS.has(bare(first))) {
      i++;
      continue;
    }
    const inHeadline = headlineLines.has(lineStartOf(text, first.start));
    const run = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const previous = tokens[j - 1]!;
      const next = tokens[j]!;
      if (next.sentence !== first.sentence || !joined(text, previous, next) || /['’]s$/.test(previous.text)) break;
      if (isCapitalised(next) && !CALENDAR_WORDS.has(bare(next))) {
        if (inHeadline && !properInHeadline(next)) break;
        run.push(next);
        j++;
        continue;
      }
      // "Ministry of Water Resources", "Agency for Border Control and Customs in Europe".
      const after = tokens[j + 1];
      const afterThe = lower(next) === 'of' && after && lower(after) === 'the' ? tokens[j + 2] : after;
      const joins = NAME_CONNECTORS.has(lower(next)) && !inHeadline && run.some((t) => ORGANISATION_WORDS[bare(t)] !== undefined);
      if (joins && afterThe && isCapitalised(afterThe) && joined(text, next, after!) && afterThe.sentence === first.sentence) {
        const upTo = afterThe === after ? j + 1 : j + 2;
        for (let k = j; k <= upTo; k++) run.push(tokens[k]!);
        j = upTo + 1;
        continue;
      }
      break;
    }
    runs.push(inHeadline ? run.filter(properInHeadline) : run);
    i = j;
  }
  return runs.filter((run) => run.length > 0);
}

function properInHeadline(token: Token): boolean {
  return isAcronym(token) || hasTag(token, [...PERSON_TAGS, ...PLACE_TAGS, 'Country', 'Organization']);
}

/** Whether two words are neighbours in one name: a single space (or a hyphen) between them. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '-' || gap === '';
}

/** What one run of capitalised words names: nothing, or one or two names (a body before a title and a person). */
function classify(text: string, run: Token[], afterArticle = false): NameMention[] {
  const words = [...run];
  // Sentence openers and function words are not names: "The", "According", "In".
  while (words.length > 0 && (NOT_A_NAME.has(bare(words[0]!)) || hasTag(words[0]!, ['Determiner', 'Preposition', 'Conjunction', 'Pronoun']))) words.shift();
  while (words.length > 0 && NAME_CONNECTORS.has(lower(words[words.length - 1]!))) words.pop();
  if (words.length === 0) return [];

  // A body's name, then a person's: "the Department for X Ilya Petrov" (a title, its body, the holder).
  const lastBody = words.reduce((last, word, index) => (isOrganisationWord(word) || isAcronym(word) ? index : last), -1);
  const holder = words.slice(lastBody + 1);
  if (
    lastBody >= 0 &&
    holder.length >= 2 &&
    holder.length <= 3 &&
    holder.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !TITLE_WORDS.has(bare(w)) && !PLACE_WORDS.has(bare(w)))
  ) {
    const body = words.slice(0, lastBody + 1);
    const firstOfBody = body.findIndex((w) => !TITLE_WORDS.has(bare(w)));
    return [
      ...(firstOfBody >= 0 ? classify(text, body.slice(firstOfBody)) : []),
      { ...spanFrom(text, holder), kind: 'person', title: spanFrom(text, body), confidence: holder.some((w) => hasTag(w, PERSON_TAGS)) ? 0.75 : 0.6 },
    ];
  }
  // A title before a person's name: "Deputy Energy Minister Asel Nurova", "WHO Director-General Anna Berg".
  let lastTitle = -1;
  words.forEach((word, index) => {
    if (TITLE_WORDS.has(bare(word)) || hasTag(word, ['Honorific'])) lastTitle = index;
  });
  const afterTitle = words.slice(lastTitle + 1);
  const mentions: NameMention[] = [];
  if (lastTitle >= 0 && afterTitle.length > 0 && afterTitle.length <= 4 && !afterTitle.some(isOrganisationWord) && !afterTitle.some(isAcronym)) {
    const title = spanFrom(text, words.slice(0, lastTitle + 1));
    // A body named before the title ("WHO Director-General") is a name too.
    const body = words.slice(0, lastTitle + 1).filter((w) => isAcronym(w) || hasTag(w, ['Country']));
    for (const word of body) mentions.push(...classify(text, [word]));
    mentions.push({ ...spanFrom(text, afterTitle), kind: 'person', title, confidence: afterTitle.length >= 2 ? 0.85 : 0.6 });
    return mentions;
  }
  if (lastTitle === words.length - 1 && !words.some(isOrganisationWord)) {
    // Titles alone ("Foreign Minister"), with perhaps a body before them: the body is the name.
    return words.filter((w) => isAcronym(w) || hasTag(w, ['Country'])).flatMap((w) => classify(text, [w]));
  }

  const span = spanFrom(text, words);
  const lastWord = bare(words[words.length - 1]!);
  const organisationWord = [...words].reverse().find(isOrganisationWord);
  if (organisationWord) return [{ ...span, kind: 'organisation', organisationKind: ORGANISATION_WORDS[bare(organisationWord)], confidence: 0.7 }];
  if (words.some((w) => CURRENCY_CODES.has(w.text)) || words.some((w) => hasTag(w, ['Demonym']))) return [];
  if (PLACE_WORDS.has(lastWord) || words.some((w) => DIRECTIONS.has(bare(w)))) return [{ ...span, kind: 'place', confidence: 0.7 }];
  const stateWords = words.some((w) => hasTag(w, ['Country'])) || (STATE_WORDS.has(lastWord) && words.length >= 2);
  if (words.length <= 3 && stateWords && !words.some((w) => hasTag(w, PERSON_TAGS))) {
    return [{ ...span, kind: 'organisation', organisationKind: 'STATE', confidence: 0.8 }];
  }
  if (words.every(isAcronym)) return words.length === 1 ? [{ ...span, kind: 'organisation', organisationKind: 'OTHER', confidence: 0.55 }] : [];
  if (words.length >= 2 && words.some((w) => hasTag(w, ['Organization'])))
    return [{ ...span, kind: 'organisation', organisationKind: 'OTHER', confidence: 0.55 }];
  if (words.length <= 2 && words.some((w) => hasTag(w, PLACE_TAGS)) && !words.some((w) => hasTag(w, PERSON_TAGS))) {
    return [{ ...span, kind: 'place', confidence: 0.75 }];
  }
  if (words.some((w) => EVENT_WORDS[bare(w)] !== undefined)) return [];
  if (!afterArticle && words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w.text) && !isAcronym(w))) {
    // Two to four capitalised words with no word of a body or a place: a person, surer with a first name.
    return [{ ...span, kind: 'person', confidence: words.some((w) => hasTag(w, PERSON_TAGS)) ? 0.8 : 0.55 }];
  }
  if (words.length === 1 && hasTag(words[0]!, ['FirstName', 'LastName'])) return [{ ...span, kind: 'person', confidence: 0.4 }];
  return [];
}

/** Compass words make a region's name: "Middle East", "Southern Ferghana". */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'far', 'near']);
/** Words that end a state's name: "Czech Republic", "Swiss Confederation". */
const STATE_WORDS = new Set(['republic', 'federation', 'confederation', 'kingdom', 'emirates', 'states']);

const isOrganisationWord = (token: Token) => ORGANISATION_WORDS[bare(token)] !== undefined && /^\p{Lu}/u.test(token.text);

/** The span of some words, a possessive ending left out. */
function spanFrom(text: string, words: readonly Token[]): TextSpan {
  const start = words[0]!.start;
  let end = words[words.length - 1]!.end;
  if (/['’]s$/.test(text.slice(start, end))) end -= 2;
  return spanOf(text, start, end);
}

/**
 * Two rules across the article: an acronym in brackets after a name is that name's
 * ("Water Council of Europe (WCE)"), and a single word that is the surname of a person
 * named in full is that person.
 */
function withAcronymsAndSurnames(text: string, mentions: NameMention[], tokens: readonly Token[]): NameMention[] {
  const found = [...mentions];
  const covered = (start: number) => found.some((m) => start >= m.start && start < m.end);
  const surnames = new Map<string, NameMention>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const parts = m.text.split(/\s+/);
    if (parts.length >= 2) surnames.set(romanisationKey(parts[parts.length - 1]!), m);
  }
  for (const token of tokens) {
    if (covered(token.start) || !/^\p{Lu}\p{Ll}+$/u.test(token.text.replace(/['’]s$/, ''))) continue;
    const word = token.text.replace(/['’]s$/, '');
    const person = surnames.get(romanisationKey(word));
    if (person) found.push({ ...spanOf(text, token.start, token.start + word.length), kind: 'person', confidence: 0.6 });
  }
  return found.sort((a, b) => a.start - b.start);
}
