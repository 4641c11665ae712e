import type { OrganisationKind } from '../domain';
import { romanisationKey } from '../repository/romanisation-key';
import { foldForMatching } from '../repository/fold-text';
import type { Candidate, KnownCorpus, NameMatcher } from './known-names';
import type { NameKind, NameMention } from './names';
import { confidence, inside, slugOf, spanOf, type Span, type TextSpan } from './spans';
import { TITLE_WORDS } from './vocabulary';

/** A place, person or organisation of the draft: the mentions of one name gathered, matched against the corpus. */
export interface DraftNamed {
  readonly id: string;
  readonly kind: NameKind;
  /** Whether the corpus has it already (then the draft gives only id, new aliases and mentions). */
  readonly existing: boolean;
  /** For a new entity: the fullest name the article gives. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly organisationKind?: OrganisationKind;
  readonly mentions: readonly NameMention[];
  /** Near-matches in the corpus, for the reviewer: a new entity that may be one of these. */
  readonly candidates: readonly Candidate[];
  /** The title or apposition that describes a person ("Head of the X"), as the article words it. */
  readonly description?: TextSpan;
  readonly confidence: number;
}

const keyOf = (name: string) => romanisationKey(name.replace(/^the\s+/i, ''));
const lastWord = (name: string) => name.split(/\s+/).pop()!;

/**
 * Gathers the mentions into entities: one name (up to romanisation), a surname after the full
 * name, an acronym given in brackets after a name; then finds each in the corpus.
 */
export function gatherEntities(text: string, mentions: readonly NameMention[], matcher: NameMatcher, corpus: KnownCorpus): DraftNamed[] {
  const groups: NameMention[][] = [];
  const byKey = new Map<string, NameMention[]>();
  const acronymOf = bracketedAcronyms(text, mentions);
  for (const mention of [...mentions].sort((a, b) => b.text.length - a.text.length)) {
    let key = keyOf(mention.text);
    key = acronymOf.get(key) ?? key;
    let group = byKey.get(key);
    if (!group && mention.kind === 'person' && !/\s/.test(mention.text)) {
      group = groups.find((g) => g[0]!.kind === 'person' && keyOf(lastWord(g[0]!.text)) === key);
    }
    if (!group) {
      group = [];
      groups.push(group);
    }
    group.push(mention);
    byKey.set(key, group);
  }

  const taken = new Set(corpus.ids);
  const byId = new Map<string, DraftNamed>();
  for (const group of groups) {
    const entity = entityOf(text, group, matcher, taken);
    const same = byId.get(entity.id);
    byId.set(entity.id, same ? mergedEntities(same, entity) : entity);
    taken.add(entity.id);
  }
  return [...byId.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function entityOf(text: string, group: NameMention[], matcher: NameMatcher, taken: Set<string>): DraftNamed {
  const mentions = uniqueMentions(group);
  const surfaces = distinct(mentions.map((m) => m.text));
  const fullest = [...surfaces].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0]!;
  const best = Math.max(...mentions.map((m) => m.confidence));
  const kind = majorityKind(mentions);
  const known = matcher.match(surfaces);
  if (known) {
    const knownNames = matcher.namesOf(known.id).map(foldForMatching);
    const aliases = surfaces.filter((s) => !knownNames.includes(foldForMatching(s)));
    return {
      id: known.id,
      kind: known.kind,
      existing: true,
      name: known.names[0]!,
      aliases: distinctFolded(aliases),
      mentions,
      candidates: [],
      confidence: confidence(best + 0.15),
    };
  }
  const candidates = matcher.candidates(surfaces);
  const name = /^\p{Lu}[\p{Lu}' -]+$/u.test(fullest) && fullest.length > 5 ? titleCase(fullest) : fullest;
  const aliases = distinctFolded(surfaces.filter((s) => foldForMatching(s) !== foldForMatching(name)));
  const organisationKind =
    kind === 'organisation' ? (mentions.find((m) => m.organisationKind && m.organisationKind !== 'OTHER')?.organisationKind ?? 'OTHER') : undefined;
  return {
    id: uniqueId(`${kind}:${slugOf(name) || 'unnamed'}`, taken),
    kind,
    existing: false,
    name,
    aliases,
    organisationKind,
    mentions,
    candidates,
    description: kind === 'person' ? descriptionOf(text, mentions) : undefined,
    confidence: confidence(best - (candidates.length > 0 ? 0.1 : 0) + Math.min(0.1, (mentions.length - 1) * 0.03)),
  };
}

/** "Name (ACR)": the acronym's key stands for the name's. */
function bracketedAcronyms(text: string, mentions: readonly NameMention[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const mention of mentions) {
    const match = /^ \(([\p{Lu}][\p{Lu}\d&.-]{1,9})\)/u.exec(text.slice(mention.end, mention.end + 14));
    if (match && mention.kind === 'organisation') acronyms.set(keyOf(match[1]!), keyOf(mention.text));
  }
  return acronyms;
}

/**
 * How the article describes a person, from the mention that says most: the title before the
 * name ("Deputy Foreign Minister"), or the apposition after it (", the Head of the Office").
 */
function descriptionOf(text: string, mentions: readonly NameMention[]): TextSpan | undefined {
  for (const mention of mentions) {
    const after = /^,\s+((?:the\s+)?(\p{L}[\p{L}-]*)[^,.;:"“”()\n]{0,90}?)(?=,|\.|;|\s+(?:said|says|told|added)\b|["“”]|$)/mu.exec(
      text.slice(mention.end, mention.end + 120),
    );
    if (after && (TITLE_WORDS.has(after[2]!.toLowerCase()) || /^\p{Lu}/u.test(after[2]!))) {
      const start = mention.end + after[0].indexOf(after[1]!);
      return spanOf(text, start, start + after[1]!.trimEnd().length);
    }
  }
  return mentions.find((m) => m.title)?.title;
}

/** The affiliations an apposition or title states: a person described as holding a role in a body the article names. */
export function affiliationsOf(
  people: readonly DraftNamed[],
  organisations: readonly DraftNamed[],
): { person: DraftNamed; organisation: DraftNamed; role: string; evidence: Span }[] {
  const found: { person: DraftNamed; organisation: DraftNamed; role: string; evidence: Span }[] = [];
  for (const person of people) {
    const description = person.description;
    if (!description) continue;
    const body = organisations.find((o) => o.mentions.some((m) => inside(m, description)));
    if (!body) continue;
    const mention =
      person.mentions.find((m) => m.end <= description.start && description.start - m.end <= 3) ?? person.mentions.find((m) => m.title === description);
    if (!mention) continue;
    const start = Math.min(mention.start, description.start);
    const end = Math.max(mention.end, description.end);
    const role = description.text.replace(/^the\s+/i, '').split(/\s+of\s+|\s+at\s+|\s+in\s+/)[0]!;
    found.push({ person, organisation: body, role: role === '' ? description.text : role, evidence: { start, end } });
  }
  return found;
}

function mergedEntities(a: DraftNamed, b: DraftNamed): DraftNamed {
  return {
    ...a,
    aliases: distinctFolded([...a.aliases, ...b.aliases]),
    mentions: uniqueMentions([...a.mentions, ...b.mentions]),
    confidence: Math.max(a.confidence, b.confidence),
  };
}

function majorityKind(mentions: readonly NameMention[]): NameKind {
  const weight = new Map<NameKind, number>();
  for (const m of mentions) weight.set(m.kind, (weight.get(m.kind) ?? 0) + m.confidence);
  return [...weight].sort((a, b) => b[1] - a[1])[0]![0];
}

function uniqueMentions(mentions: readonly NameMention[]): NameMention[] {
  const seen = new Set<number>();
  return [...mentions].sort((a, b) => a.start - b.start).filter((m) => !seen.has(m.start) && seen.add(m.start) !== undefined);
}

const distinct = (values: readonly string[]) => [...new Set(values)];

function distinctFolded(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const folded = foldForMatching(v);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}
