/**
 * A small valid corpus of two made-up articles, written to a temporary directory, for tests
 * that break it one way at a time. Each call returns fresh objects, free to change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CorpusLoadError, CorpusProblem, loadCorpus } from '../../src/loader';

export const OSH_TEXT = `Border talks held in Osh

OSH -- Border officials of Kyrgyzstan and Tajikistan met in Osh on 3 May 2019.

“We will patrol the border together,” said Aibek Osmonov, head of the Border Service of Kyrgyzstan.

Kyrgyzstan pledged $10,000 (850,000 KGS) to a joint border fund.
`;

export function oshAnnotation() {
  return {
    source: { id: 'source:border-talks-held-in-osh', title: 'Border talks held in Osh' },
    places: [
      {
        id: 'place:osh',
        name: 'Osh',
        country: 'organisation:kyrgyzstan',
        mentions: ['OSH --', { quote: 'in Osh', occurrence: 2 }] as (string | { quote: string; occurrence?: number })[],
      },
    ],
    people: [
      {
        id: 'person:aibek-osmonov',
        name: 'Aibek Osmonov',
        description: 'head of the Border Service of Kyrgyzstan',
        mentions: ['said Aibek Osmonov'],
      },
    ],
    organisations: [
      { id: 'organisation:kyrgyzstan', name: 'Kyrgyzstan', kind: 'STATE', mentions: ['Kyrgyzstan and Tajikistan', 'Kyrgyzstan pledged'] },
      { id: 'organisation:tajikistan', name: 'Tajikistan', kind: 'STATE', mentions: ['Tajikistan met'] },
      {
        id: 'organisation:kyrgyzstan-border-service',
        name: 'Border Service of Kyrgyzstan',
        kind: 'GOVERNMENT_BODY',
        parent: 'organisation:kyrgyzstan',
        mentions: ['the Border Service of Kyrgyzstan'],
      },
    ],
    affiliations: [
      {
        person: 'person:aibek-osmonov',
        organisation: 'organisation:kyrgyzstan-border-service',
        role: 'head',
        evidence: ['Aibek Osmonov, head of the Border Service of Kyrgyzstan'],
      },
    ],
    events: [
      {
        id: 'event:osh-border-talks-2019',
        name: 'Border talks in Osh',
        kind: 'MEETING',
        startDate: { text: '3 May 2019', year: 2019, month: 5, day: 3 } as Record<string, unknown>,
        location: 'Osh',
        place: 'place:osh',
        participants: [
          { actor: 'organisation:kyrgyzstan', evidence: ['Border officials of Kyrgyzstan and Tajikistan met'] },
          { actor: 'organisation:tajikistan', evidence: ['Border officials of Kyrgyzstan and Tajikistan met'] },
          { actor: 'person:aibek-osmonov', role: 'speaker', evidence: ['said Aibek Osmonov'] },
        ],
        evidence: ['Border officials of Kyrgyzstan and Tajikistan met in Osh on 3 May 2019.'],
      },
    ],
    statements: [
      {
        id: 'statement:aibek-osmonov-patrol-the-border-together',
        kind: 'DIRECT_QUOTE',
        text: 'We will patrol the border together',
        speaker: 'person:aibek-osmonov',
        event: 'event:osh-border-talks-2019',
        attribution: { basis: 'NAMED', cue: 'said Aibek Osmonov' } as Record<string, unknown>,
        evidence: ['“We will patrol the border together,” said Aibek Osmonov'],
      },
    ],
    commitments: [
      {
        id: 'commitment:kyrgyzstan-joint-border-fund-pledge',
        kind: 'PLEDGE',
        description: 'Kyrgyzstan’s pledge to a joint border fund.',
        actors: ['organisation:kyrgyzstan'],
        amounts: [
          { value: 10000, currency: 'USD', text: '$10,000' },
          { value: 850000, currency: 'KGS', text: '850,000 KGS' },
        ],
        event: 'event:osh-border-talks-2019',
        evidence: ['Kyrgyzstan pledged $10,000 (850,000 KGS) to a joint border fund.'],
      },
    ],
  };
}

export const DUSHANBE_TEXT = `Tajikistan welcomes the Osh talks

DUSHANBE -- Tajikistan welcomed the border talks with Kyrgyzstan.
`;

/** Refers to the people, organisations and event of the Osh article. */
export function dushanbeAnnotation() {
  return {
    source: { id: 'source:tajikistan-welcomes-the-osh-talks', title: 'Tajikistan welcomes the Osh talks' },
    organisations: [
      { id: 'organisation:tajikistan', mentions: ['Tajikistan welcomed'] } as Record<string, unknown>,
      { id: 'organisation:kyrgyzstan', aliases: ['Kyrgyz Republic'], mentions: ['with Kyrgyzstan'] } as Record<string, unknown>,
    ],
    events: [] as Record<string, unknown>[],
    statements: [
      {
        id: 'statement:tajikistan-welcomes-the-border-talks',
        kind: 'REPORTED',
        text: 'Tajikistan welcomed the border talks with Kyrgyzstan',
        speaker: 'organisation:tajikistan',
        event: 'event:osh-border-talks-2019',
        attribution: { basis: 'NAMED' } as Record<string, unknown>,
        evidence: ['Tajikistan welcomed the border talks with Kyrgyzstan.'],
      },
    ],
  };
}

/** File name → content: a string is written as is; an object as JSON for `.json`, else as YAML. */
export type CorpusFiles = Record<string, string | object>;

export const OSH = { text: '100_osh.txt', annotation: '100_osh.yaml' } as const;
export const DUSHANBE = { text: '101_dushanbe.txt', annotation: '101_dushanbe.yaml' } as const;
/** The Osh annotation written as JSON, which the loader first checks on its compiled fast path. */
export const OSH_JSON = '100_osh.json';

/** How a problem names the Osh fixture's first statement, event and commitment ("file › entry: message"). */
export const OSH_STATEMENT = 'statements[0] (statement:aibek-osmonov-patrol-the-border-together)';
export const OSH_EVENT = 'events[0] (event:osh-border-talks-2019)';
export const OSH_COMMITMENT = 'commitments[0] (commitment:kyrgyzstan-joint-border-fund-pledge)';

export function oshFiles(annotation = oshAnnotation(), annotationFile: string = OSH.annotation): CorpusFiles {
  return { [OSH.text]: OSH_TEXT, [annotationFile]: annotation };
}

export function bothFiles(osh = oshAnnotation(), dushanbe = dushanbeAnnotation()): CorpusFiles {
  return { ...oshFiles(osh), [DUSHANBE.text]: DUSHANBE_TEXT, [DUSHANBE.annotation]: dushanbe };
}

const directories: string[] = [];

export function writeCorpus(files: CorpusFiles): string {
  const directory = mkdtempSync(join(tmpdir(), 'corpus-'));
  directories.push(directory);
  for (const [name, content] of Object.entries(files)) {
    const text = typeof content === 'string' ? content : name.endsWith('.json') ? JSON.stringify(content, null, 2) : stringify(content);
    writeFileSync(join(directory, name), text, 'utf8');
  }
  return directory;
}

export function removeCorpora(): void {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** The problems loading these files reports; fails when they load. */
export function problemsLoading(files: CorpusFiles): CorpusProblem[] {
  return [...loadError(files).problems];
}

export function loadError(files: CorpusFiles): CorpusLoadError {
  try {
    loadCorpus(writeCorpus(files));
  } catch (error) {
    if (error instanceof CorpusLoadError) return error;
    throw error;
  }
  throw new Error('the corpus loaded, but a CorpusLoadError was expected');
}

/** Deletes a field, as an annotator who left it out would. */
export function remove(object: object, field: string): void {
  delete (object as Record<string, unknown>)[field];
}

/** Sets a field the annotation classes may not know. */
export function set(object: object, field: string, value: unknown): void {
  (object as Record<string, unknown>)[field] = value;
}
