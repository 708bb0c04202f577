// Settings: the VA's business profile, default contract terms, holiday region and theme. Saved as you go.
import { useEffect, useState } from 'react';
import {
  type BreathingPatternSetting,
  type BusinessProfile,
  defaultReminderSettings,
  holidayRegions,
  type PaperSize,
  type Settings,
  type Theme,
} from '../../../../shared/model/settings';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { settingKeys } from '../../api/queryKeys';
import { FieldShell, SelectField, TextField } from '../../ui/Field';
import { saveStateLabel, useAutosave } from '../../ui/useAutosave';
import { KeptDraftNotice } from '../../ui/KeptDraft';
import { ToneRuleSwitches } from '../templates/ToneRuleSwitches';
import { ChecklistSettingsSection } from '../checklists/ChecklistSections';
import { RemindersSettings } from '../today/RemindersSettings';

const breathingOptions: { value: BreathingPatternSetting; label: string }[] = [
  { value: 'cyclic-sighing', label: 'Cyclic sighing: two breaths in, one long breath out' },
  { value: 'box', label: 'Box breathing: in, hold, out, hold, four counts each' },
];

const paperOptions: { value: PaperSize; label: string }[] = [
  { value: 'a4', label: 'A4' },
  { value: 'letter', label: 'US Letter' },
];

const themeOptions: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Same as my computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export default function SettingsPage() {
  const loaded = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  const [draft, setDraft] = useState<Settings | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const autosave = useAutosave(draft, (d) => (d ? api.settings.update(d) : Promise.resolve()), { enabled: draft !== null, delayMs: 400, draftKey: 'settings' });

  useEffect(() => {
    if (loaded.fresh && draft === null) {
      setDraft(autosave.start(loaded.fresh));
    }
  }, [loaded.fresh, draft, autosave]);
  if (draft === null) return <p className="muted content-narrow">Loading…</p>;

  const setProfile = <K extends keyof BusinessProfile>(key: K, value: BusinessProfile[K]) =>
    setDraft({ ...draft, profile: { ...draft.profile, [key]: value } });
  const e = autosave.errors;

  const chooseLogo = (file: File | undefined) => {
    setLogoError(null);
    if (!file) return;
    if (!/^image\/(png|jpeg|webp)$/.test(file.type)) return setLogoError('Use a PNG, JPEG or WebP image.');
    if (file.size > 300 * 1024) return setLogoError('That image is over 300 KB. Use a smaller one.');
    const reader = new FileReader();
    reader.onload = () => setProfile('logoDataUrl', String(reader.result));
    reader.readAsDataURL(file);
  };

  return (
    <div className="page single">
      <div className="content-narrow">
        <div className="detail-head">
          <h1>Settings</h1>
          <span className="save-state" aria-live="polite">
            {saveStateLabel(autosave.state)}
          </span>
        </div>
        <KeptDraftNotice autosave={autosave} />
        <section className="section" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Your business</h2>
          <p className="muted small">Used in messages and in summaries you give to clients.</p>
          <div className="grid-2">
            <TextField label="Your name" value={draft.profile.name} onChange={(v) => setProfile('name', v)} error={e['profile.name']} />
            <TextField
              label="Business name"
              value={draft.profile.businessName}
              onChange={(v) => setProfile('businessName', v)}
              error={e['profile.businessName']}
            />
            <TextField label="Email" type="email" value={draft.profile.email} onChange={(v) => setProfile('email', v)} error={e['profile.email']} />
            <TextField label="Phone" type="tel" value={draft.profile.phone} onChange={(v) => setProfile('phone', v)} error={e['profile.phone']} />
          </div>
          <TextField
            label="Signature"
            multiline
            rows={3}
            value={draft.profile.signature}
            onChange={(v) => setProfile('signature', v)}
            error={e['profile.signature']}
          />
          <FieldShell label="Logo" hint="PNG, JPEG or WebP, up to 300 KB." error={logoError ?? e['profile.logoDataUrl']}>
            {({ id, describedBy }) => (
              <div className="actions">
                {draft.profile.logoDataUrl ? <img src={draft.profile.logoDataUrl} alt="Your logo" style={{ maxHeight: 48, maxWidth: 160 }} /> : null}
                <input
                  id={id}
                  type="file"
                  accept="image/png,image/jpeg,image/webp"
                  aria-describedby={describedBy}
                  onChange={(ev) => chooseLogo(ev.target.files?.[0])}
                />
                {draft.profile.logoDataUrl ? (
                  <button type="button" className="btn" onClick={() => setProfile('logoDataUrl', '')}>
                    Remove logo
                  </button>
                ) : null}
              </div>
            )}
          </FieldShell>
          <div style={{ maxWidth: 320 }}>
            <SelectField
              label="Paper size for summaries"
              value={draft.paperSize ?? 'a4'}
              options={paperOptions}
              onChange={(v) => setDraft({ ...draft, paperSize: v })}
              hint="Used when you print or export a summary for a client."
            />
          </div>
        </section>
        <section className="section" aria-labelledby="defaults-heading">
          <h2 id="defaults-heading">Contracts and calendar</h2>
          <div className="grid-2">
            <TextField
              label="Default conformity window (working days)"
              type="number"
              value={Number.isFinite(draft.defaultConformityDays) ? String(draft.defaultConformityDays) : ''}
              onChange={(v) => setDraft({ ...draft, defaultConformityDays: v === '' ? Number.NaN : Number(v) })}
              hint="Used for new clients. Each client can have their own."
              error={e.defaultConformityDays}
            />
            <SelectField
              label="Public holidays"
              value={draft.holidayRegion}
              options={holidayRegions.map((r) => ({ value: r.code as string, label: r.label }))}
              onChange={(v) => setDraft({ ...draft, holidayRegion: v })}
              hint="Holidays are skipped when counting working days."
              error={e.holidayRegion}
            />
          </div>
        </section>
        <ChecklistSettingsSection />
        <ToneRuleSwitches disabled={draft.disabledToneRules} onChange={(v) => setDraft({ ...draft, disabledToneRules: v })} />
        <section className="section" aria-labelledby="pause-heading">
          <h2 id="pause-heading">When something goes wrong</h2>
          <div style={{ maxWidth: 420 }}>
            <SelectField
              label="Breathing exercise"
              value={draft.breathingPattern}
              options={breathingOptions}
              onChange={(v) => setDraft({ ...draft, breathingPattern: v })}
              hint="The minute of breathing at the start of “I made a mistake”. You can always skip it."
            />
          </div>
        </section>
        <RemindersSettings value={draft.reminders ?? defaultReminderSettings()} onChange={(reminders) => setDraft({ ...draft, reminders })} errors={e} />
        <section className="section" aria-labelledby="appearance-heading">
          <h2 id="appearance-heading">Appearance</h2>
          <div style={{ maxWidth: 320 }}>
            <SelectField label="Theme" value={draft.theme} options={themeOptions} onChange={(v) => setDraft({ ...draft, theme: v })} />
          </div>
        </section>
      </div>
    </div>
  );
}
