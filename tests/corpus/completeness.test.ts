/**
 * Guards the completeness of the annotations: what an article plainly holds (its quotations,
 * its money amounts, the entities its facts name) must be annotated. When one of these tests
 * fails, the annotation misses something: annotate it in seeds/*.yaml (never edit the .txt).
 */
import type { Evidence, Source } from '../../src/domain';
import { loadSeedRepository, SEED_FILES } from '../helpers/seeds';

const repository = loadSeedRepository();

interface Span {
  readonly start: number;
  readonly end: number;
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** `file › "text"`, shortened, for failure lists. */
const where = (source: Source, text: string) => `${source.seedFile} › ${JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text)}`;

const statementEvidence = (source: Source): Evidence[] => repository.findStatements({ sourceId: source.id }).flatMap((statement) => statement.evidence);

/** The article's paragraphs (its lines), with the offset each starts at. */
function paragraphsOf(text: string): { text: string; start: number }[] {
  const paragraphs: { text: string; start: number }[] = [];
  let start = 0;
  for (const paragraph of text.split('\n')) {
    paragraphs.push({ text: paragraph, start });
    start += paragraph.length + 1;
  }
  return paragraphs;
}

describe('quotations', () => {
  interface Quotation extends Span {
    readonly source: Source;
    /** With its quote marks. */
    readonly text: string;
    readonly words: number;
  }

  /** Quote marks that pair up: typographic, guillemets, and straight ones in order within a paragraph. */
  const QUOTATION = /“[^“”]*”|«[^«»]*»|"[^"]*"/g;
  const QUOTE_MARK = /[“”«»"]/;

  function quotationsOf(source: Source): Quotation[] {
    return paragraphsOf(source.text).flatMap((paragraph) =>
      [...paragraph.text.matchAll(QUOTATION)].map((match) => ({
        source,
        start: paragraph.start + match.index,
        end: paragraph.start + match.index + match[0].length,
        text: match[0],
        words: match[0].split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
      })),
    );
  }

  /** Quote marks left over once the quotations are taken out: the pairing above misread the paragraph. */
  function unpairedQuoteMarks(source: Source): string[] {
    return paragraphsOf(source.text)
      .filter((paragraph) => QUOTE_MARK.test(paragraph.text.replace(QUOTATION, '')))
      .map((paragraph) => where(source, paragraph.text));
  }

  // Words in quote marks that are not anyone's speech, so no statement quotes them.
  // Each entry must still match a quotation of the article (see the last test).
  const NOT_SPEECH: readonly { file: string; text: string }[] = [
    // The title of the exercises the border guards practised, not words anybody said.
    { file: SEED_FILES['002'], text: '"Line of Conduct of Border Guards"' },
  ];
  const exempt = (q: Quotation) => NOT_SPEECH.some((e) => e.file === q.source.seedFile && e.text === q.text);

  const long = repository.sources.flatMap(quotationsOf).filter((q) => q.words >= 6);

  test('are found in every seed article, each quote mark paired within its paragraph', () => {
    expect(repository.sources.flatMap(unpairedQuoteMarks)).toEqual([]);
    const count = (file: string) => long.filter((q) => q.source.seedFile === file).length;
    expect(Object.values(SEED_FILES).map(count)).toEqual([4, 4, 3, 0, 11]);
    expect(long.map((q) => q.text)).toContain('"humanitarian aid and post-conflict rehabilitation in Afghanistan"');
  });

  test('of six or more words lie inside the evidence of a statement of their source', () => {
    const missing = long
      .filter((q) => !exempt(q))
      .filter((q) => !statementEvidence(q.source).some((evidence) => within(q, evidence)))
      .map((q) => where(q.source, q.text));
    expect(missing).toEqual([]);
  });

  test('exempted as not speech each still match a quotation of six or more words', () => {
    const stale = NOT_SPEECH.filter((e) => !long.some((q) => q.source.seedFile === e.file && q.text === e.text));
    expect(stale).toEqual([]);
  });
});

describe('direct speech without quote marks (the "- " paragraphs of 003)', () => {
  const dashed = repository.sources.flatMap((source) =>
    paragraphsOf(source.text)
      .filter((paragraph) => /^\s*- /.test(paragraph.text))
      .map((paragraph) => {
        const body = paragraph.text.indexOf('- ') + 2;
        return { source, text: paragraph.text.slice(body), start: paragraph.start + body };
      }),
  );

  test('are the two paragraphs of 003 that start with "- "', () => {
    expect(dashed.map((d) => [d.source.seedFile, d.text.split(' ').slice(0, 4).join(' ')])).toEqual([
      [SEED_FILES['003'], 'We held a ministerial-level'],
      [SEED_FILES['003'], 'The declaration not only'],
    ]);
  });

  test('are covered, every word, by the evidence of statements of 003', () => {
    const uncovered = dashed.flatMap((d) => {
      const evidence = statementEvidence(d.source);
      // The words no statement quotes, joined into runs of consecutive words.
      const runs: string[][] = [];
      let previousCovered = true;
      for (const match of d.text.matchAll(/\S+/g)) {
        const word = { start: d.start + match.index, end: d.start + match.index + match[0].length };
        const covered = evidence.some((e) => within(word, e));
        if (!covered && previousCovered) runs.push([]);
        if (!covered) runs[runs.length - 1]!.push(match[0]);
        previousCovered = covered;
      }
      return runs.map((run) => where(d.source, run.join(' ')));
    });
    expect(uncovered).toEqual([]);
  });
});

describe('money amounts', () => {
  // A currency symbol (or code) and a number, or a number, an optional scale and a currency word or code.
  const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
  const SCALE = String.raw`(?:\s(?:million|billion|thousand))?`;
  const CODE = String.raw`USD|KZT|KGS|TJS|UZS|EUR|RUB`;
  const WORD = String.raw`(?:U\.S\.|US)\s?dollars?|dollars?|tenge|euros?|rubles?|roubles?`;
  const MONEY = new RegExp(
    [
      String.raw`(?:US)?[$€£₽₸]\s?(?:${NUMBER})${SCALE}`,
      String.raw`\b(?:${CODE})\s?(?:${NUMBER})${SCALE}`,
      String.raw`\b(?:${NUMBER})${SCALE}\s(?:${WORD}|${CODE})\b`,
    ].join('|'),
    'g',
  );

  const amounts = repository.sources.flatMap((source) =>
    [...source.text.matchAll(MONEY)].map((match) => ({
      source,
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    })),
  );

  test('are the three the articles hold', () => {
    expect(amounts.map((a) => [a.source.seedFile, a.text])).toEqual([
      [SEED_FILES['003'], '50 million U.S. dollars'],
      [SEED_FILES['004'], '$300,000'],
      [SEED_FILES['004'], '96.1 million KZT'],
    ]);
  });

  test('each lie inside the evidence of a commitment of their source that gives them as an amount', () => {
    const missing = amounts
      .filter(
        (amount) =>
          !repository
            .findCommitments()
            .some((c) => c.sourceId === amount.source.id && c.evidence.some((e) => within(amount, e)) && c.amounts.some((a) => a.text === amount.text)),
      )
      .map((amount) => where(amount.source, amount.text));
    expect(missing).toEqual([]);
  });
});

describe('entities', () => {
  const named = [...repository.people, ...repository.organisations, ...repository.places];
  const facts = [...repository.events, ...repository.statements, ...repository.commitments];

  test('every person, organisation and place has a mention', () => {
    expect(named.filter((entity) => entity.mentions.length === 0).map((entity) => entity.id)).toEqual([]);
  });

  test('every id is borne out by evidence: entities by mentions, facts by evidence from their own source, sources by some evidence', () => {
    const all: Evidence[] = [
      ...named.flatMap((entity) => entity.mentions),
      ...repository.affiliations.flatMap((a) => a.evidence),
      ...repository.events.flatMap((e) => [...e.evidence, ...e.participations.flatMap((p) => p.evidence)]),
      ...facts.flatMap((fact) => fact.evidence),
    ];
    const unsupported = facts.filter((fact) => fact.evidence.length === 0 || fact.evidence.some((e) => e.sourceId !== fact.sourceId));
    expect(unsupported.map((fact) => fact.id)).toEqual([]);
    const citedSources = new Set(all.map((e) => e.sourceId));
    expect(repository.sources.filter((source) => !citedSources.has(source.id)).map((s) => s.seedFile)).toEqual([]);
    expect([...citedSources].filter((id) => repository.sourcesByIds([id])[0] === undefined)).toEqual([]);
  });

  test('every person, organisation and place a fact names is mentioned in the source that states the fact', () => {
    const mentionedIn = new Map(named.map((entity) => [entity.id, new Set(entity.mentions.map((m) => m.sourceId))]));
    const references: [sourceId: string, entityId: string, by: string][] = [
      ...repository.sources.flatMap((s) => [s.publisherId, ...s.authorIds].map((id) => [s.id, id, s.id] as const)),
      ...repository.affiliations.flatMap((a) =>
        a.evidence.flatMap((e) => [a.personId, a.organisationId].map((id) => [e.sourceId, id, `affiliation of ${a.personId}`] as const)),
      ),
      ...repository.events.flatMap((e) =>
        [e.placeId, ...e.organiserIds, ...e.participations.map((p) => p.actorId)].map((id) => [e.sourceId, id, e.id] as const),
      ),
      ...repository.statements.map((s) => [s.sourceId, s.speakerId, s.id] as const),
      ...repository.commitments.flatMap((c) => [...c.actorIds, ...c.beneficiaryIds].map((id) => [c.sourceId, id, c.id] as const)),
    ].filter((reference): reference is [string, string, string] => reference[1] !== undefined);

    expect(references.length).toBeGreaterThan(150);
    const unmentioned = references
      .filter(([sourceId, entityId]) => !mentionedIn.get(entityId)?.has(sourceId))
      .map(([sourceId, entityId, by]) => `${entityId} (named by ${by}) is not mentioned in ${sourceId}`);
    expect(unmentioned).toEqual([]);
  });
});
