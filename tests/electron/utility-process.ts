/**
 * A stand-in for Electron's `utilityProcess.fork`: a real child process (child_process.fork) with the same
 * message shape — `postMessage`, `on('message')`, `on('exit', code)`, `kill()` on the parent side and
 * `process.parentPort` in the child. Structured clone ('advanced') so bytes cross as they do in Electron.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildLike } from '../../electron/backend.ts';

const shim = fileURLToPath(new URL('./parent-port.cjs', import.meta.url));

export interface StandInChild extends ChildLike {
  process: ChildProcess;
}

export function forkUtility(entry: string, args: string[]): StandInChild {
  const cp = fork(entry, args, {
    serialization: 'advanced',
    execArgv: ['--require', shim],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const child: StandInChild = {
    process: cp,
    postMessage: (message) => {
      if (cp.connected) cp.send(message);
    },
    on: ((event: 'message' | 'exit', listener: (x: never) => void) => {
      // Electron reports the exit code; a child killed by a signal (as the OOM killer does) has none, so 1.
      if (event === 'exit') cp.on('exit', (code) => (listener as (c: number) => void)(code ?? 1));
      else cp.on('message', listener as (m: unknown) => void);
      return child;
    }) as ChildLike['on'],
    // Electron's kill() sends SIGTERM too.
    kill: () => cp.kill('SIGTERM'),
  };
  return child;
}
