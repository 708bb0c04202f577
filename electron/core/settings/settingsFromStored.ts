// Stored settings repaired field by field over the defaults, whatever the store holds.
import { defaultSettings, settings as settingsSchema, type Settings } from '../../../shared/model/settings';

/** Stored settings merged over the defaults, field by field, so one bad field never costs the rest. */
export function settingsFromStored(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (typeof stored !== 'object' || stored === null) return defaults;
  const s = stored as Record<string, unknown>;
  const profile = typeof s.profile === 'object' && s.profile !== null ? (s.profile as Record<string, unknown>) : {};
  const candidate = {
    ...defaults,
    ...Object.fromEntries(Object.entries(s).filter(([k]) => k in defaults && k !== 'profile')),
    profile: { ...defaults.profile, ...Object.fromEntries(Object.entries(profile).filter(([k]) => k in defaults.profile)) },
  };
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Drop only the fields that fail.
  const result: Settings = structuredClone(defaults);
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    if (key === 'profile') continue;
    const single = settingsSchema.shape[key].safeParse(candidate[key]);
    if (single.success) (result as Record<string, unknown>)[key] = single.data;
  }
  // The profile field by field too: a bad logo must not cost the VA their name and signature.
  const profileShape = settingsSchema.shape.profile.shape;
  for (const key of Object.keys(defaults.profile) as (keyof Settings['profile'])[]) {
    const single = profileShape[key].safeParse(candidate.profile[key]);
    if (single.success) (result.profile as Record<string, unknown>)[key] = single.data;
  }
  return result;
}
