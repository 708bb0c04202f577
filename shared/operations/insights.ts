// Operations of insights: what went wrong, how often and why, over a chosen range. It only reads.
import { z } from 'zod';
import type { Insights } from '../domain/insights';
import { isoDate } from '../model/common';
import { op } from './op';

export const insightOperations = {
  get: op(
    z
      .object({ from: isoDate.nullable(), to: isoDate.nullable() })
      .strict()
      .refine((r) => r.from === null || r.to === null || r.from <= r.to, { message: 'The start date must be on or before the end date.', path: ['from'] }),
  ).returns<Insights>(),
} as const;
