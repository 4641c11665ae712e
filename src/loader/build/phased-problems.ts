import type { CorpusProblem } from '../corpus-problem';
import type { ProblemSink } from './article-context';

/**
 * The phases of a build, in the order their problems are reported: every article's places,
 * then every article's people, and so on, whatever order the articles are added in.
 */
export const PHASES = [
  'places',
  'places:fields',
  'people',
  'people:fields',
  'organisations',
  'organisations:fields',
  'affiliations',
  'events',
  'statements',
  'commitments',
  'ids',
  'references',
  'parents',
] as const;
export type Phase = (typeof PHASES)[number];

/** Problems filed by phase, so that building an article at a time reports them in phase order. */
export class PhasedProblems implements ProblemSink {
  private readonly lists = new Map<Phase, CorpusProblem[]>(PHASES.map((phase) => [phase, []]));
  private current: CorpusProblem[] = this.lists.get('places')!;

  in(phase: Phase): this {
    this.current = this.lists.get(phase)!;
    return this;
  }

  push(problem: CorpusProblem): void {
    this.current.push(problem);
  }

  all(): CorpusProblem[] {
    return PHASES.flatMap((phase) => this.lists.get(phase)!);
  }
}
