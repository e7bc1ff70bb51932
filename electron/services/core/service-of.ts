import type { z } from 'zod';
import type { ApiSlice } from '../../../shared/api/method.js';

/**
 * What a feature's backend service is: one function per method of its API slice, on validated
 * input (zod's output type), answering the slice's result type. Methods named in `Async` answer
 * a promise; the others answer at once (tests and the CLI call them synchronously).
 */
export type ServiceOf<Slice extends ApiSlice, Async extends keyof Slice = never> = {
  [Method in keyof Slice]: (
    input: z.output<Slice[Method]['input']>,
  ) => Method extends Async ? Promise<Slice[Method]['result']> : Slice[Method]['result'];
};
