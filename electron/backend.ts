/**
 * Main's side of the background process: it starts it, relays calls and their replies, answers its
 * requests for dialogs, forwards its events to the window, and restarts it on the same file if it dies.
 * Electron's `utilityProcess.fork` is passed in, so this runs under Node in tests with a child process.
 */
import { basename } from 'node:path';
import type { ApiError, CallReply } from '../core/errors.ts';
import type { Host } from '../core/host.ts';
import type { WindowEvent } from '../core/progress.ts';
import { backendArgs, type FromBackend, type ToBackend } from '../backend/protocol.ts';

/** The part of Electron's UtilityProcess used here (child_process.fork's ChildProcess can be shaped like it). */
export interface ChildLike {
  postMessage(message: ToBackend): void;
  on(event: 'message', listener: (message: FromBackend) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}
export type Fork = (entry: string, args: string[]) => ChildLike;

/**
 * The background process's environment: the unpackaged app (npm start) checks every call's output against
 * the contract, as the tests do (api/dispatch.ts); the installed app does not pay for it. An explicit
 * TOCHUC_CHECK_OUTPUTS wins either way.
 */
export function backendEnv(packaged: boolean, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return packaged ? env : { TOCHUC_CHECK_OUTPUTS: '1', ...env };
}

export type { WindowEvent };

export interface BackendOptions {
  fork: Fork;
  entry: string;
  dbPath: string;
  host: Required<Pick<Host, 'saveFile' | 'pickDatabaseFile'>>;
  onEvent(event: WindowEvent): void;
}

/** Crashes in a row, with no reply in between, after which the backend is not started again. */
const MAX_RESTARTS = 3;

export class BackendProcess {
  private child: ChildLike | null = null;
  private ready!: Promise<void>;
  private readonly pending = new Map<number, (reply: CallReply) => void>();
  private nextId = 1;
  private crashes = 0;
  private stopping = false;
  private current: string;
  private readonly opts: BackendOptions;

  constructor(opts: BackendOptions) {
    this.opts = opts;
    this.current = opts.dbPath;
    this.start();
  }

  /** The file the backend has open (or will reopen after a restart). */
  get dbPath(): string {
    return this.current;
  }

  /** Resolves once the file is open; rejects with the Vietnamese reason if it could not be opened. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  async call(method: string, input: unknown): Promise<CallReply> {
    try {
      await this.ready;
    } catch (e) {
      return { ok: false, error: { code: 'backend-crashed', message: (e as Error).message } };
    }
    const child = this.child;
    if (!child) {
      const closing = { code: 'backend-crashed' as const, message: 'Phần xử lý dữ liệu đã dừng vì ứng dụng đang đóng.' };
      return { ok: false, error: this.stopping ? closing : this.stoppedError() };
    }
    const id = this.nextId++;
    return new Promise<CallReply>((resolve) => {
      this.pending.set(id, resolve);
      child.postMessage({ type: 'call', id, method, input });
    });
  }

  /** Ends the background process (the window closed); no restart follows. */
  stop(): void {
    this.stopping = true;
    this.child?.kill();
    this.child = null;
  }

  private start(): void {
    const child = this.opts.fork(this.opts.entry, backendArgs(this.current));
    this.child = child;
    this.ready = new Promise<void>((resolve, reject) => {
      child.on('message', (msg: FromBackend) => {
        if (msg.type === 'ready') resolve();
        else if (msg.type === 'failed') {
          // The file itself is the problem (damaged, not ours): restarting would fail the same way.
          this.stopping = true;
          child.kill();
          reject(new Error(msg.error.message));
        } else this.receive(child, msg);
      });
      child.on('exit', (code: number) => {
        reject(new Error(this.crashMessage(code)));
        this.exited(child, code);
      });
    });
    // A start that fails is reported by whoever awaits `whenReady` or makes a call; never unhandled.
    this.ready.catch(() => {});
  }

  private receive(child: ChildLike, msg: FromBackend): void {
    switch (msg.type) {
      case 'reply': {
        this.crashes = 0;
        const done = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        done?.(msg.reply);
        return;
      }
      case 'event':
        this.opts.onEvent(msg.event);
        return;
      case 'opened':
        this.current = msg.dbPath;
        return;
      case 'host':
        void this.answerHost(child, msg);
        return;
    }
  }

  private async answerHost(child: ChildLike, msg: Extract<FromBackend, { type: 'host' }>): Promise<void> {
    try {
      const result = msg.op === 'saveFile' ? await this.opts.host.saveFile(msg.name, msg.bytes) : await this.opts.host.pickDatabaseFile();
      if (this.child === child) child.postMessage({ type: 'host-reply', id: msg.id, ok: true, result });
    } catch (e) {
      if (this.child === child) child.postMessage({ type: 'host-reply', id: msg.id, ok: false, message: (e as Error).message });
    }
  }

  private exited(child: ChildLike, code: number): void {
    if (this.child !== child && this.child !== null) return;
    this.child = null;
    if (this.stopping) return;
    const error: ApiError = { code: 'backend-crashed', message: this.crashMessage(code) };
    for (const done of this.pending.values()) done({ ok: false, error });
    this.pending.clear();
    this.crashes++;
    if (this.crashes > MAX_RESTARTS) {
      this.opts.onEvent({ type: 'backend-stopped', message: this.stoppedError().message });
      this.ready = Promise.reject(new Error(this.stoppedError().message));
      this.ready.catch(() => {});
      return;
    }
    this.start();
    this.opts.onEvent({ type: 'backend-restarted', message: error.message });
  }

  private crashMessage(code: number): string {
    return (
      `Phần xử lý dữ liệu của tochuc dừng đột ngột (mã thoát ${code}) và đã được khởi động lại với tệp "${basename(this.current)}". ` +
      'Thao tác đang làm dở không được ghi vào tệp (mỗi lần ghi hoặc trọn vẹn hoặc không có gì); hãy làm lại.'
    );
  }

  private stoppedError(): ApiError {
    return {
      code: 'backend-crashed',
      message: `Phần xử lý dữ liệu của tochuc dừng đột ngột ${MAX_RESTARTS + 1} lần liền nên không khởi động lại nữa. Hãy đóng và mở lại ứng dụng; nếu vẫn lỗi, hãy khôi phục bản sao lưu gần nhất.`,
    };
  }
}
