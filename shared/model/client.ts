// A client of the VA, with the contract terms that decide remedies.
import { z } from 'zod';
import { longText, recordMeta, requiredShortText, shortText } from './common';

export const preferredChannel = z.enum(['email', 'phone', 'chat', 'video']);
export type PreferredChannel = z.infer<typeof preferredChannel>;

export const outOfScopeBilling = z.enum(['hourly', 'quote-first', 'fixed-fee', 'not-billed']);
export type OutOfScopeBilling = z.infer<typeof outOfScopeBilling>;

export const DEFAULT_CONFORMITY_DAYS = 3;

export const contractTerms = z.object({
  /** Work Product Conformity clause: issues reported within this many working days of delivery are fixed free. */
  conformityDays: z
    .number({ message: 'Use a whole number of working days.' })
    .int('Use a whole number of working days.')
    .min(0, 'The window cannot be negative.')
    .max(60, 'Use at most 60 working days.'),
  hourlyRate: z
    .number({ message: 'Use a number for the hourly rate.' })
    .min(0, 'The rate cannot be negative.')
    .max(100_000, 'That rate looks too large.')
    .nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as GBP.'),
  outOfScopeBilling,
});
export type ContractTerms = z.infer<typeof contractTerms>;

export const email = z
  .string()
  .max(254)
  .transform((v) => v.trim())
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'That email address does not look right.');

/**
 * An IANA time zone ("Europe/London"), or empty for "not set". Checked against the zones this runtime knows,
 * plus any name `Intl` accepts in the `Area/City` form, since Node and Chromium ship different ICU versions
 * (one says Europe/Kiev, the other Europe/Kyiv). Free text ("London time") is refused.
 */
export const timeZone = z
  .string()
  .max(64)
  .refine((v) => v === '' || isKnownTimeZone(v), 'Choose a time zone from the list, for example Europe/London.');

let knownZones: Set<string> | undefined;
export function isKnownTimeZone(value: string): boolean {
  knownZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (knownZones.has(value) || value === 'UTC') return true;
  if (!/^[A-Z][A-Za-z_-]*(\/[A-Za-z0-9_+-]+)+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const clientFields = z.object({
  name: requiredShortText('The client’s name'),
  business: shortText('Business'),
  email,
  phone: shortText('Phone'),
  preferredChannel,
  timezone: timeZone,
  contract: contractTerms,
  notes: longText('Notes'),
});
export type ClientFields = z.infer<typeof clientFields>;

// Stored records keep the looser rule they were saved under (any short text), so an old file always opens.
export const client = clientFields.extend({ ...recordMeta, timezone: shortText('Time zone') });
export type Client = z.infer<typeof client>;

export function defaultClientFields(conformityDays = DEFAULT_CONFORMITY_DAYS): ClientFields {
  return {
    name: '',
    business: '',
    email: '',
    phone: '',
    preferredChannel: 'email',
    timezone: '',
    contract: { conformityDays, hourlyRate: null, currency: 'GBP', outOfScopeBilling: 'quote-first' },
    notes: '',
  };
}
