import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** `npm run soak`, built (tests/global-setup.ts builds dist/), for a short run. */
const ROOT = join(__dirname, '..', '..');
const SOAK = join(ROOT, 'dist', 'cli', 'soak.js');

function runSoak(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SOAK, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** A figure of the summary, e.g. figure(output, /p99 (\d+) ms/). */
function figure(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`the report has no ${pattern}:\n${output}`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** The cells of the summary table's row for a request (the columns are two spaces apart). */
function tableRow(output: string, name: string): string[] {
  const line = output.split('\n').find((l) => l.startsWith(`${name}  `));
  if (!line) throw new Error(`the report has no row for ${name}:\n${output}`);
  return line.split(/ {2,}/);
}

describe('npm run soak, for 3 seconds', () => {
  test('passes against the production server and reports its figures', async () => {
    const { code, output } = await runSoak(['--duration', '3', '--connections', '10']);
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('RESULT        PASS') });

    expect(figure(output, /^requests +([\d,]+) answered/m)).toBeGreaterThan(0);
    expect(figure(output, /p50 (\d+(?:\.\d+)?) ms/)).toBeGreaterThanOrEqual(0);
    expect(figure(output, /p99 (\d+(?:\.\d+)?) ms/)).toBeGreaterThanOrEqual(0);
    expect(figure(output, /^5xx +([\d,]+)/m)).toBe(0);
    expect(figure(output, /^errors +([\d,]+)/m)).toBe(0);
    expect(figure(output, /RSS +start (\d+(?:\.\d+)?) MB/)).toBeGreaterThan(0);
    expect(figure(output, /RSS .* end (\d+(?:\.\d+)?) MB/)).toBeGreaterThan(0);
    // Every example operation and abuse payload was sent and answered as expected.
    for (const name of ['PersonStatements', 'Search', 'deep-cycle', 'alias-bomb', 'megabyte-of-whitespace', 'wrong-content-type']) {
      const [, , , answers, unexpected] = tableRow(output, name);
      expect(Number(answers!.replace(/,/g, ''))).toBeGreaterThan(0);
      expect(unexpected).toBe('0');
    }
  }, 60_000);

  test('exits 1 and says why when a bound is crossed (here: any RSS growth at all)', async () => {
    const { code, output } = await runSoak(['--duration', '1', '--connections', '2', '--max-rss-growth-mb', '0.001', '--max-rss-factor', '1']);
    expect(code).toBe(1);
    expect(output).toContain('RESULT        FAIL');
    expect(output).toMatch(/- the RSS grew from [\d.]+ MB to [\d.]+ MB, beyond [\d.]+ MB/);
  }, 60_000);

  test('refuses a malformed flag with a usage line and exit code 1', async () => {
    const { code, output } = await runSoak(['--duration', 'soon']);
    expect(code).toBe(1);
    expect(output).toContain('--duration must be a positive whole number (got "soon")');
    expect(output).toContain('usage: npm run soak');
  }, 30_000);
});
