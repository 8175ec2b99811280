/** The shape of the one typed contract: method name → zod schemas of input and output. */
import { z } from 'zod';
import type { DB } from '../db/open.ts';
import type { DailyOutcome } from '../backup/auto.ts';

z.config(z.locales.vi());

export interface Method<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O): Method<I, O> {
  return { doc, input, output };
}

export type Contract = Record<string, Method>;
export type InputOf<M extends Method> = z.input<M['input']>;
export type OutputOf<M extends Method> = z.output<M['output']>;

/** What the transport that runs a handler can do for it (dialogs exist only in the desktop app). */
export interface Host {
  kind: 'electron' | 'web' | 'cli';
  saveFile?(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  pickDatabaseFile?(): Promise<string | null>;
}

/** The database a session works on; the desktop app can switch it. */
export interface Session {
  db: DB;
  dbPath: string;
  /** Today's backup and integrity check, running in the background after the file opened (null: not needed today). */
  upkeep?: Promise<DailyOutcome | null>;
  open(path: string): void;
}

export interface Ctx {
  session: Session;
  host: Host;
  /** Reports progress of long work (0..1) under the job id the caller chose. */
  progress(jobId: string | undefined, done: number, text: string): void;
}

export type Handler<M extends Method> = (input: z.output<M['input']>, ctx: Ctx) => z.input<M['output']> | Promise<z.input<M['output']>>;
export type Handlers<C extends Contract> = { [K in keyof C]: Handler<C[K]> };

export const year = z.number().int().min(1930).max(2100);
export const jobId = z.string().max(64).optional();
