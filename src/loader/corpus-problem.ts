/** One thing wrong with the corpus files, located precisely enough to fix it. */
export interface CorpusProblem {
  /** The file, relative to the corpus directory. */
  readonly file: string;
  /** The entry within the file, e.g. `people[2] (person:yerlan-karin).mentions[0]`. */
  readonly entry?: string;
  readonly message: string;
}

export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}${problem.entry ? ` › ${problem.entry}` : ''}: ${problem.message}`;
}

/** Thrown when the corpus cannot be loaded; carries every problem found, not only the first. */
export class CorpusLoadError extends Error {
  constructor(
    readonly directory: string,
    readonly problems: readonly CorpusProblem[],
  ) {
    super(
      `The corpus in ${directory} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'CorpusLoadError';
  }
}
