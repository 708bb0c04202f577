// The Reminders section of Settings: desktop reminders on or off, and quiet hours. Saved with the page.
import { useId } from 'react';
import type { ReminderSettings } from '../../../../shared/model/settings';
import { FieldShell } from '../../ui/Field';

export const remindersText = {
  heading: 'Reminders',
  intro:
    'A desktop notification when a fix window closes today or on the next working day, and when a fix step is waiting. At most one summary an hour, and never the same thing twice in a day.',
  enabled: 'Show desktop reminders',
  quietStart: 'Quiet from',
  quietEnd: 'Until',
  quietHint: 'No reminders between these times. Anything due is summarised once they end.',
};

interface Props {
  value: ReminderSettings;
  onChange: (value: ReminderSettings) => void;
  errors: Record<string, string>;
}

export function RemindersSettings({ value, onChange, errors }: Props) {
  const id = useId();
  const t = remindersText;
  return (
    <section className="section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p className="muted small">{t.intro}</p>
      <div className="checkbox" style={{ marginBottom: '1rem' }}>
        <input id={`${id}-on`} type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />
        <label htmlFor={`${id}-on`}>{t.enabled}</label>
      </div>
      <div className="grid-2" style={{ maxWidth: 420 }}>
        <FieldShell label={t.quietStart} hint={t.quietHint} error={errors['reminders.quietHoursStart']}>
          {({ id: fieldId, describedBy, invalid }) => (
            <input
              id={fieldId}
              type="time"
              value={value.quietHoursStart}
              disabled={!value.enabled}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => onChange({ ...value, quietHoursStart: e.target.value })}
            />
          )}
        </FieldShell>
        <FieldShell label={t.quietEnd} error={errors['reminders.quietHoursEnd']}>
          {({ id: fieldId, describedBy, invalid }) => (
            <input
              id={fieldId}
              type="time"
              value={value.quietHoursEnd}
              disabled={!value.enabled}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => onChange({ ...value, quietHoursEnd: e.target.value })}
            />
          )}
        </FieldShell>
      </div>
    </section>
  );
}
