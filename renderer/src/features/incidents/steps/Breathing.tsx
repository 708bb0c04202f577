// The guided breathing: an expanding and shrinking circle, or, when the VA prefers reduced motion,
// the same exercise as counted words. Runs about a minute, then says so.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { breathAt, type BreathingPattern, breathingSchedule } from '../../../../../shared/domain/breathing';
import { pauseText } from '../text';

const REDUCED = '(prefers-reduced-motion: reduce)';

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(REDUCED);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(REDUCED).matches,
  );
}

export function Breathing({ pattern, onFinished }: { pattern: BreathingPattern; onFinished: () => void }) {
  const schedule = useMemo(() => breathingSchedule(pattern), [pattern]);
  const reduced = usePrefersReducedMotion();
  const [elapsed, setElapsed] = useState(0);
  const moment = breathAt(schedule, elapsed);

  // Time is read from the clock rather than counted in ticks, so a slow or throttled timer never stretches the minute.
  useEffect(() => {
    if (moment.done) return;
    const started = Date.now() - elapsed * 1000;
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moment.done]);
  useEffect(() => {
    if (moment.done) onFinished();
  }, [moment.done, onFinished]);

  if (moment.done) {
    return (
      <div className="breathing done">
        <p className="breath-done" role="status">
          {pauseText.done}
        </p>
      </div>
    );
  }
  const phase = pauseText.phases[moment.phase.kind];
  return (
    <div className="breathing">
      <p className="visually-hidden">{pauseText.srIntro}</p>
      {reduced ? (
        <div className="breath-counted" aria-hidden="true" data-testid="breath-counted">
          <span className="breath-count">{moment.count}</span>
          <span className="breath-of"> / {moment.phase.seconds}</span>
        </div>
      ) : (
        <div className="breath-stage" aria-hidden="true">
          <div
            className={`breath-circle ${pattern}`}
            style={{ animationDuration: `${schedule.cycleSeconds}s`, animationIterationCount: schedule.cycles }}
            data-testid="breath-circle"
          />
          <span className="breath-word">{pauseText.shortPhases[moment.phase.kind]}</span>
        </div>
      )}
      <p className="breath-phase" aria-hidden="true">
        {phase}
      </p>
      <p className="muted small breath-left" aria-hidden="true">
        {pauseText.left(moment.secondsLeft)}
      </p>
    </div>
  );
}
