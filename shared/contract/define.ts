/**
 * The building blocks every capability's contract file uses: a method is an input schema, an output
 * schema and a summary; an event is a payload schema and a summary. `mergeContracts` joins the
 * capabilities' maps and refuses two that declare the same name, at compile time and at load.
 */
import { z } from 'zod';

export interface MethodSpec {
  summary: string;
  input: z.ZodType;
  output: z.ZodType;
}

export interface EventSpec {
  summary: string;
  payload: z.ZodType;
}

/** Methods that take nothing accept no input, `{}`, or `undefined`. */
export const NoInput = z.object({}).strict().optional();

/** The names two or more of the parts declare; `never` when they are disjoint. */
export type Collisions<Parts extends Record<string, object>> = {
  [K in keyof Parts]: keyof Parts[K] & { [J in Exclude<keyof Parts, K>]: keyof Parts[J] }[Exclude<keyof Parts, K>];
}[keyof Parts];

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** One map from every part's map. */
export type Merged<Parts extends Record<string, object>> = UnionToIntersection<Parts[keyof Parts]>;

/**
 * Joins the capabilities' maps in the order given. A name declared twice does not compile (the
 * argument's type becomes an error naming it) and, for code the compiler cannot see, throws.
 */
export function mergeContracts<Parts extends Record<string, object>>(
  parts: [Collisions<Parts>] extends [never] ? Parts : { collidingNames: Collisions<Parts> },
): Merged<Parts> {
  const merged: Record<string, unknown> = {};
  const owner: Record<string, string> = {};
  for (const [part, entries] of Object.entries(parts as Record<string, object>)) {
    for (const [name, spec] of Object.entries(entries)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) {
        throw new Error(`Contract name ${JSON.stringify(name)} is declared by both ${owner[name]} and ${part}.`);
      }
      merged[name] = spec;
      owner[name] = part;
    }
  }
  return merged as Merged<Parts>;
}
