/**
 * Signals while a server stops: a process group is often signalled twice (a terminal, a
 * process manager, `concurrently`), and a second signal must not cut the drain short.
 */
import { EventEmitter } from 'node:events';
import { stopOnSignals } from '../../src/server/process/signals';
import type { StopOptions } from '../../src/server/servers/drain';

function signalledProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return { emitter, exits, target: { on: emitter.on.bind(emitter), exit: (code: number) => void exits.push(code) } };
}

test('a second SIGTERM, or a SIGINT, during a drain starts no second stop', async () => {
  const { emitter, exits, target } = signalledProcess();
  const stops: (StopOptions | undefined)[] = [];
  let finish!: () => void;
  const drained = new Promise<void>((resolve) => (finish = resolve));
  stopOnSignals(
    async (options) => {
      stops.push(options);
      await drained;
    },
    { sigtermGraceMs: 2_000 },
    target,
  );
  emitter.emit('SIGTERM');
  emitter.emit('SIGTERM');
  emitter.emit('SIGINT');
  expect(stops).toEqual([{ graceMs: 2_000 }]);
  expect(exits).toEqual([]);
  finish();
  await drained;
  await new Promise((resolve) => setImmediate(resolve));
  expect(exits).toEqual([0]);
});

test('SIGINT stops at once, without the grace period', async () => {
  const { emitter, exits, target } = signalledProcess();
  const stops: (StopOptions | undefined)[] = [];
  stopOnSignals(async (options) => void stops.push(options), { sigtermGraceMs: 2_000 }, target);
  emitter.emit('SIGINT');
  await new Promise((resolve) => setImmediate(resolve));
  expect(stops).toEqual([{}]);
  expect(exits).toEqual([0]);
});
