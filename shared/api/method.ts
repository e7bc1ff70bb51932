import { z } from 'zod';
import { IdSchema } from '../model/schemas.js';

// How a feature declares its slice of the API: each method has a channel (`domain:thing:verb`),
// an input schema the backend enforces at runtime, and a result type. contract.ts combines the
// slices and refuses a method name or a channel declared twice.

export interface MethodSpec<Input extends z.ZodType = z.ZodType, Result = unknown> {
  readonly channel: string;
  readonly input: Input;
  /** Type-level only: the result's type (never read at runtime). */
  readonly result: Result;
}

export function method<Input extends z.ZodType, Result>(channel: string, input: Input): MethodSpec<Input, Result> {
  return { channel, input, result: undefined as unknown as Result };
}

export type ApiSlice = Readonly<Record<string, MethodSpec>>;

type UnionToIntersection<Union> = (Union extends unknown ? (value: Union) => void : never) extends (
  value: infer Intersection,
) => void
  ? Intersection
  : never;

/** The slices as one contract; throws when two slices declare the same method name or channel. */
export function combineSlices<const Slices extends readonly ApiSlice[]>(
  ...slices: Slices
): UnionToIntersection<Slices[number]> {
  const combined: Record<string, MethodSpec> = {};
  const channels = new Map<string, string>();
  for (const slice of slices) {
    for (const [name, spec] of Object.entries(slice)) {
      if (name in combined) throw new Error(`API method "${name}" is declared twice.`);
      const other = channels.get(spec.channel);
      if (other) throw new Error(`API channel "${spec.channel}" is used by both "${other}" and "${name}".`);
      if (!/^[a-z][a-z-]*:[a-z][a-z-]*:[a-z][a-z-]*$/.test(spec.channel)) {
        throw new Error(`API channel "${spec.channel}" of "${name}" does not read domain:thing:verb.`);
      }
      channels.set(spec.channel, name);
      combined[name] = spec;
    }
  }
  return combined as UnionToIntersection<Slices[number]>;
}

export const EmptySchema = z.object({}).strict();
export const ByIdSchema = z.object({ id: IdSchema }).strict();
/** `{id, changes}` of an update call. */
export function updateSchema<Changes extends z.ZodType>(changes: Changes) {
  return z.object({ id: IdSchema, changes }).strict();
}
