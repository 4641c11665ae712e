import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The command line as node's parseArgs reads it, strictly: an unknown flag, a flag without its
 * value or an argument not expected is an error, printed with the usage before exiting with `exitCode`.
 */
export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string, exitCode: number): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    // parseArgs throws a TypeError (code ERR_PARSE_ARGS_…) for a command line it cannot read.
    if (!(error instanceof TypeError)) throw error;
    return exitWithUsage(error.message, usage, exitCode);
  }
}

/** Prints what is wrong and the usage on stderr, and exits. */
export function exitWithUsage(message: string, usage: string, exitCode: number): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(exitCode);
}
