// The status buttons on a brief: the next step forward as the primary button, any stage that may be
// skipped to beside it, and a quieter "Move back to …" or "Cancel brief" where those are allowed.
import { briefStatusActions } from '../../../../shared/domain/briefStatus';
import { type BriefStatus, briefStatusLabels } from '../../../../shared/model/brief';
import { briefText } from './text';

export function BriefStatusActions({ status, onChoose }: { status: BriefStatus; onChoose: (next: BriefStatus) => void }) {
  const actions = briefStatusActions(status);
  const quiet = [...actions.back, ...(actions.canCancel ? (['cancelled'] as const) : [])];
  return (
    <div className="status-row" role="group" aria-label="Change status">
      {actions.next !== null ? (
        <>
          <span className="label">{briefText.nextStep}</span>
          <button type="button" className="btn primary" onClick={() => onChoose(actions.next!)}>
            {briefText.statusActions[actions.next]}
          </button>
        </>
      ) : (
        <span className="label">{briefText.noNextStep(briefStatusLabels[status])}</span>
      )}
      {actions.skipTo.map((s) => (
        <button key={s} type="button" className="btn" onClick={() => onChoose(s)}>
          {briefText.statusActions[s]}
        </button>
      ))}
      {quiet.length > 0 ? (
        <span className="status-quiet">
          {quiet.map((s) => (
            <button key={s} type="button" className="btn link small" onClick={() => onChoose(s)}>
              {s === 'cancelled' ? briefText.statusActions.cancelled : briefText.moveBack(briefStatusLabels[s])}
            </button>
          ))}
        </span>
      ) : null}
    </div>
  );
}
