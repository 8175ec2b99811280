/** What a handler of a contract method is: validated input and the call context in, the declared output back. */
import type { z } from 'zod';
import type { Ctx } from '../core/context.ts';
import type { Contract, Method } from './define.ts';

export type Handler<M extends Method> = (input: z.output<M['input']>, ctx: Ctx) => z.input<M['output']> | Promise<z.input<M['output']>>;
export type Handlers<C extends Contract> = { [K in keyof C]: Handler<C[K]> };
