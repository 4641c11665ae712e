import pino, { DestinationStream, Logger } from 'pino';
import type { LoggingConfig } from '../../config';

export type { Logger } from 'pino';

let stdout: DestinationStream | undefined;

/**
 * One stdout stream for every logger of the process, so that their lines never interleave.
 * Lines are written in batches of 4 KiB (a write per line is costly beside a cache hit), and
 * at least every 100 ms; pino flushes what is left when the process exits.
 */
function stdoutDestination(): DestinationStream {
  stdout ??= pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 100 });
  return stdout;
}

/**
 * A JSON logger, one object per line: `level` as a word, `time` in ISO 8601, `pid`,
 * `hostname`, `msg`, and the fields of the call. It writes to stdout unless given a
 * destination (anything with `write(line)`: tests pass one that keeps the lines in memory).
 */
export function createLogger({ level }: LoggingConfig, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? stdoutDestination(),
  );
}
