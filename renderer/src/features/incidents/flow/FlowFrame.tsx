// One page of the flow, GOV.UK style: Back, where you are, the question as the heading, a hint,
// the answers, one primary button. The step list beside it shows progress and lets the VA jump back.
import { type FormEvent, type ReactNode, type Ref, useEffect, useRef } from 'react';
import type { FlowProgress } from '../../../../../shared/domain/incidentFlow';
import type { IncidentScreen } from '../../../../../shared/model/incident';
import type { Verdict } from '../../../../../shared/domain/remedy';
import { Icon } from '../../../ui/Icon';
import { ErrorSummary } from './fields';
import { flowText, stageName } from '../text';

export const HEADING_ID = 'flow-heading';

interface FlowFrameProps {
  progress: FlowProgress;
  /** Names the message stage: "Apologise" for a mistake, "Tell the client" otherwise. */
  verdict?: Verdict | null;
  heading: string;
  hint?: string | undefined;
  errors: Record<string, string>;
  errorSummaryRef: Ref<HTMLDivElement>;
  onSubmit: () => void;
  onBack: (() => void) | null;
  onJump: ((screen: IncidentScreen) => void) | null;
  submitLabel?: string;
  /** Shown instead of the primary button, e.g. while the breathing exercise runs. */
  actions?: ReactNode;
  busy: boolean;
  saveState?: string;
  aside?: ReactNode;
  children: ReactNode;
}

export function FlowFrame(props: FlowFrameProps) {
  const { progress, heading, hint, errors, onSubmit, onBack, submitLabel, actions, busy, saveState, children } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new page starts at its question, for keyboard and screen-reader users alike.
  useEffect(() => headingRef.current?.focus(), [heading]);
  const current = progress.steps[progress.stepNumber - 1];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <div className="page single incident-flow">
      <div className="flow-layout">
        <Progress {...props} />
        <form className="flow-main" onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
          <div className="flow-top">
            {onBack ? (
              <button type="button" className="btn link back-link" onClick={onBack}>
                <span aria-hidden="true">‹</span> {flowText.back}
              </button>
            ) : (
              <span />
            )}
            <span className="save-state" aria-live="polite">
              {saveState}
            </span>
          </div>
          <p className="flow-where">
            {current ? flowText.stepOf(progress.stepNumber, progress.stepCount, stageName(current.stage, props.verdict ?? null)) : null}
            {progress.screensInStep > 1 ? <span className="muted"> · {flowText.questionOf(progress.screenNumber, progress.screensInStep)}</span> : null}
          </p>
          <div className="flow-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(((progress.stepNumber - 1) / progress.stepCount) * 100)}%` }} />
          </div>
          <ErrorSummary title={flowText.errorSummaryTitle} errors={errors} summaryRef={props.errorSummaryRef} />
          <h1 id={HEADING_ID} tabIndex={-1} ref={headingRef}>
            {heading}
          </h1>
          {hint ? <p className="flow-hint">{hint}</p> : null}
          <div className="flow-body">{children}</div>
          <div className="flow-actions">
            {actions ?? (
              <button type="submit" className="btn primary" aria-busy={busy || undefined}>
                {submitLabel ?? flowText.continue}
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}

function Progress({ progress, onJump, aside, verdict }: FlowFrameProps) {
  return (
    <nav className="flow-progress" aria-label={flowText.progressLabel}>
      <ol>
        {progress.steps.map((s, i) => {
          const label = stageName(s.stage, verdict ?? null);
          const marker = s.state === 'done' ? <Icon name="check" size={14} /> : <span className="num">{i + 1}</span>;
          return (
            <li key={s.stage} className={`step-${s.state}`} aria-current={s.state === 'current' ? 'step' : undefined}>
              <span className="marker" aria-hidden="true">
                {marker}
              </span>
              {s.state === 'done' && onJump ? (
                <button type="button" className="btn link" onClick={() => onJump(s.firstScreen)}>
                  {label}
                  <span className="visually-hidden"> ({flowText.progressDone})</span>
                </button>
              ) : (
                <span>
                  {label}
                  {s.state === 'current' ? <span className="visually-hidden"> ({flowText.progressCurrent})</span> : null}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {aside}
    </nav>
  );
}
