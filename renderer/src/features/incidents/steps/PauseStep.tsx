// Step 1, Pause: "Take a breath first". About a minute of guided breathing; Skip is always there.
import { type ComponentProps, useCallback, useState } from 'react';
import type { BreathingPattern } from '../../../../../shared/domain/breathing';
import type { IncidentSummary } from '../../../../../shared/operations/incidents';
import { href } from '../../../app/router';
import { FlowFrame } from '../flow/FlowFrame';
import { flowText, pauseText } from '../text';
import { Breathing } from './Breathing';

type FrameProps = Omit<ComponentProps<typeof FlowFrame>, 'heading' | 'hint' | 'onSubmit' | 'children' | 'actions'>;

interface PauseProps extends FrameProps {
  pattern: BreathingPattern;
  onDone: (outcome: 'completed' | 'skipped') => void;
  /** On a new incident: one already open, so the VA can carry on with it instead. */
  openIncident?: IncidentSummary | undefined;
}

export function PausePage({ pattern, onDone, openIncident, ...frame }: PauseProps) {
  const [finished, setFinished] = useState(false);
  const onFinished = useCallback(() => setFinished(true), []);
  const actions = finished ? (
    <button type="submit" className="btn primary">
      {pauseText.continue}
    </button>
  ) : (
    <button type="button" className="btn" onClick={() => !frame.busy && onDone('skipped')}>
      {pauseText.skip}
    </button>
  );
  return (
    <FlowFrame {...frame} heading={pauseText.heading} hint={pauseText.hint} onSubmit={() => onDone(finished ? 'completed' : 'skipped')} actions={actions}>
      <p className="mantra">{flowText.mantra}</p>
      <Breathing pattern={pattern} onFinished={onFinished} />
      <p className="muted small">
        {pauseText.patternNote[pattern]} <a href={href('settings')}>{pauseText.changeInSettings}</a>
      </p>
      {openIncident ? (
        <p className="small open-incident-note">
          {pauseText.openIncident(openIncident.clientName)} <a href={href('incidents', openIncident.id)}>{pauseText.continueIt}</a>
        </p>
      ) : null}
    </FlowFrame>
  );
}
