/**
 * The shape of the one typed contract: method name → zod schemas of input and output. The page imports this
 * file, so it names no database or Node type (handlers are typed in handler.ts).
 */
import { z } from 'zod';

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

export const year = z.number().int().min(1930).max(2100);
export const jobId = z.string().max(64).optional();
