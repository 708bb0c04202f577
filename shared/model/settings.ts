// The VA's settings: business profile, defaults and appearance.
import { z } from 'zod';
import { email, DEFAULT_CONFORMITY_DAYS } from './client';
import { shortText, longText } from './common';

export const theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof theme>;

/** Logos are stored inline so printing needs no file access; capped to keep the settings file small. */
export const MAX_LOGO_DATA_URL = 400_000;

export const businessProfile = z.object({
  name: shortText('Your name'),
  businessName: shortText('Business name'),
  email,
  phone: shortText('Phone'),
  signature: longText('Signature'),
  logoDataUrl: z
    .string()
    .max(MAX_LOGO_DATA_URL, 'That logo is too large. Use an image under 300 KB.')
    .refine((v) => v === '' || /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(v), 'Use a PNG, JPEG or WebP image.'),
});
export type BusinessProfile = z.infer<typeof businessProfile>;

export const holidayRegions = [
  { code: '', label: 'Weekends only' },
  { code: 'GB-ENG', label: 'England and Wales' },
  { code: 'GB-SCT', label: 'Scotland' },
  { code: 'GB-NIR', label: 'Northern Ireland' },
  { code: 'IE', label: 'Ireland' },
  { code: 'US', label: 'United States (federal)' },
  { code: 'US-NY', label: 'United States — New York' },
  { code: 'US-CA', label: 'United States — California' },
  { code: 'CA-ON', label: 'Canada — Ontario' },
  { code: 'AU-NSW', label: 'Australia — New South Wales' },
  { code: 'AU-VIC', label: 'Australia — Victoria' },
  { code: 'NZ', label: 'New Zealand' },
  { code: 'PH', label: 'Philippines' },
] as const;

/** The paper client-facing summaries are printed and exported on. */
export const paperSize = z.enum(['a4', 'letter']);
export type PaperSize = z.infer<typeof paperSize>;

/** The guided breathing in the incident flow's Pause step. */
export const breathingPattern = z.enum(['cyclic-sighing', 'box']);
export type BreathingPatternSetting = z.infer<typeof breathingPattern>;

/** A time of day on the VA's own clock, `HH:MM` (24-hour). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 18:30.');

/** Desktop reminders (see shared/domain/reminders.ts): on or off, and hours when none are shown. */
export const reminderSettings = z.object({
  enabled: z.boolean(),
  /** Quiet hours run from start to end and may cross midnight; the same time twice means none. */
  quietHoursStart: clockTime,
  quietHoursEnd: clockTime,
});
export type ReminderSettings = z.infer<typeof reminderSettings>;

export function defaultReminderSettings(): ReminderSettings {
  return { enabled: true, quietHoursStart: '19:00', quietHoursEnd: '08:00' };
}

export const settings = z.object({
  profile: businessProfile,
  defaultConformityDays: z.number().int().min(0).max(60),
  holidayRegion: z
    .string()
    .max(20)
    .refine((v) => holidayRegions.some((r) => r.code === v), 'Choose a region from the list.'),
  theme,
  breathingPattern: breathingPattern.default('cyclic-sighing'),
  /** Tone-check rules (ids or whole categories) the VA has switched off; see shared/domain/apologyTone.ts. */
  disabledToneRules: z.array(z.string().max(100)).max(100).default([]),
  reminders: reminderSettings.default(defaultReminderSettings),
  paperSize: paperSize.default('a4'),
});
export type Settings = z.infer<typeof settings>;

export const settingsPatch = z
  .object({
    profile: businessProfile.partial(),
    defaultConformityDays: settings.shape.defaultConformityDays,
    holidayRegion: settings.shape.holidayRegion,
    theme,
    breathingPattern,
    disabledToneRules: z.array(z.string().max(100)).max(100),
    reminders: reminderSettings,
    paperSize,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatch>;

export function defaultSettings(): Settings {
  return {
    profile: { name: '', businessName: '', email: '', phone: '', signature: '', logoDataUrl: '' },
    defaultConformityDays: DEFAULT_CONFORMITY_DAYS,
    holidayRegion: 'GB-ENG',
    theme: 'system',
    breathingPattern: 'cyclic-sighing',
    disabledToneRules: [],
    reminders: defaultReminderSettings(),
    paperSize: 'a4',
  };
}
