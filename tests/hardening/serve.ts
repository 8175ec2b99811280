/** `tochuc serve` as a real child process, with its token read from the page it serves. */
import { spawn, type ChildProcess } from 'node:child_process';

export const bin = new URL('../../bin/tochuc.js', import.meta.url).pathname;

export interface Served {
  child: ChildProcess;
  url: string;
  token: string;
  call(name: string, input: unknown): Promise<{ status: number; json: any }>;
}

export async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      out += s;
      const line = out.split('\n')[0]!;
      if (out.includes('\n')) resolve(line.trim());
    });
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  const page = await (await fetch(url)).text();
  const token = /name="tochuc-token" content="([^"]+)"/.exec(page)![1]!;
  return {
    child,
    url,
    token,
    async call(name, input) {
      const res = await fetch(new URL(`/api/${name}`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-tochuc-token': token },
        body: JSON.stringify(input),
      });
      return { status: res.status, json: await res.json() };
    },
  };
}

export function stop(s: Served, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill(signal);
  });
}
