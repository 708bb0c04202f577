// The reason the VA gave for starting before the checklist was complete, shown on the brief for good.
import type { ChecklistOverride } from '../../../../shared/model/checklist';
import { Icon } from '../../ui/Icon';
import { formatWhen } from '../paperTrail/PaperTrail';
import { checklistText } from './text';

export function OverrideNote({ override }: { override: ChecklistOverride | null | undefined }) {
  if (!override) return null;
  return (
    <div className="override-note" role="note" data-testid="override-note">
      <Icon name="warning" />
      <div>
        <strong>{checklistText.override.heading}</strong> <span className="small">· {formatWhen(override.at)}</span>
        <p>
          {checklistText.override.reason} <q>{override.reason}</q>
        </p>
        {override.openItems.length > 0 ? (
          <p className="small">
            {checklistText.override.openAtStart} {override.openItems.join('; ')}.
          </p>
        ) : null}
      </div>
    </div>
  );
}
