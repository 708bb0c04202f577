// Shared field schemas: ids, dates and bounded text, with messages a VA can act on.
import { z } from 'zod';

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 20_000;

export const id = z.string().min(1, 'Missing id.').max(64, 'That id is too long.');

/** A calendar date with no time, as `YYYY-MM-DD`, checked to be a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-22.')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'That date does not exist.');

/** A moment in time as an ISO 8601 string with a time zone (what `toISOString()` gives). */
export const isoDateTime = z
  .string()
  .max(40)
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)),
    'Use a date and time like 2026-11-22T09:30:00Z.',
  );

export const shortText = (label: string) =>
  z
    .string()
    .max(MAX_SHORT_TEXT, `${label} can be at most ${MAX_SHORT_TEXT} characters.`)
    .transform((value) => value.trim());

export const requiredShortText = (label: string) =>
  z
    .string()
    .max(MAX_SHORT_TEXT, `${label} can be at most ${MAX_SHORT_TEXT} characters.`)
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, `${label} is needed.`);

/**
 * 10000 → "10,000", for limits in messages. Written out rather than `toLocaleString('en-GB')`: that loads ICU's
 * number data (about 8 MB resident) as the models load, before any message is ever shown.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const longText = (label: string) => z.string().max(MAX_LONG_TEXT, `${label} can be at most ${formatCount(MAX_LONG_TEXT)} characters.`);

export const channel = z.enum(['email', 'phone', 'chat', 'video', 'in-person', 'other']);
export type Channel = z.infer<typeof channel>;

/** Fields every stored record carries. `trashedAt` set means it is in the trash. */
export const recordMeta = {
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  trashedAt: isoDateTime.nullable(),
  /** Records trashed together (a client with its briefs) share one batch id so they come back together. */
  trashBatchId: id.nullable(),
};
