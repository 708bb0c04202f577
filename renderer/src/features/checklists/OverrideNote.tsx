// The reason the VA gave for starting before the checklist was complete, shown on the brief for good.
import type { ChecklistOverride } from '../../../../shared/model/checklist';
import { Icon } from '../../ui/Icon';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import { checklistText } from './text';

export function OverrideNote({ override }: { override: ChecklistOverride | null | undefined }) {
  if (!override) return null;
  return (
    <div className="override-note" role="note" data-testid="override-note">
      <Icon name="warning" />
      <div>
        <strong>{checklistText.override.heading}</strong> <span className="small">· {formatDateTime(override.at)}</span>
        <p>
          {checklistText.override.reason} <q>{override.reason}</q>
        </p>
        {override.openItems.length > 0 ? (
          <details className="small">
            <summary>{checklistText.override.openAtStart(override.openItems.length)}</summary>
            <ul className="open-list" style={{ margin: '0.25rem 0 0' }}>
              {override.openItems.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </div>
  );
}
