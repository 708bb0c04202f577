// The building block of the contract: an operation's input schema plus its result type.
import { z } from 'zod';
import { id, shortText } from '../model/common';

export interface Operation<I extends z.ZodType, R> {
  input: I;
  /** Type-only marker for the result; never read at run time. */
  result?: R;
}

export function op<I extends z.ZodType>(input: I) {
  return { returns: <R>(): Operation<I, R> => ({ input }) };
}

export const none = z.object({}).strict();
export const byId = z.object({ id }).strict();

/** The optional search words of a list operation. */
export const searchText = shortText('Search').optional();
