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

export const clientFields = z.object({
  name: requiredShortText('The client’s name'),
  business: shortText('Business'),
  email,
  phone: shortText('Phone'),
  preferredChannel,
  timezone: shortText('Time zone'),
  contract: contractTerms,
  notes: longText('Notes'),
});
export type ClientFields = z.infer<typeof clientFields>;

export const client = clientFields.extend(recordMeta);
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
