// The guided breathing patterns for the Pause step, and where in the exercise a given second falls.
export type BreathingPattern = 'cyclic-sighing' | 'box';
export type BreathPhaseKind = 'in' | 'in-top' | 'out' | 'hold';

export interface BreathPhase {
  kind: BreathPhaseKind;
  seconds: number;
}

/**
 * Cyclic sighing: a breath in through the nose, a second short one to fill the lungs, then a long, slow
 * breath out. Box breathing: in, hold, out, hold, four seconds each.
 */
export const BREATHING_PATTERNS: Readonly<Record<BreathingPattern, readonly BreathPhase[]>> = {
  'cyclic-sighing': [
    { kind: 'in', seconds: 2 },
    { kind: 'in-top', seconds: 1 },
    { kind: 'out', seconds: 6 },
  ],
  box: [
    { kind: 'in', seconds: 4 },
    { kind: 'hold', seconds: 4 },
    { kind: 'out', seconds: 4 },
    { kind: 'hold', seconds: 4 },
  ],
};

export interface BreathingSchedule {
  pattern: BreathingPattern;
  phases: readonly BreathPhase[];
  cycleSeconds: number;
  cycles: number;
  totalSeconds: number;
}

/** Whole cycles that come closest to `targetSeconds` (about a minute by default), never fewer than one. */
export function breathingSchedule(pattern: BreathingPattern, targetSeconds = 60): BreathingSchedule {
  const phases = BREATHING_PATTERNS[pattern];
  const cycleSeconds = phases.reduce((sum, p) => sum + p.seconds, 0);
  const cycles = Math.max(1, Math.round(targetSeconds / cycleSeconds));
  return { pattern, phases, cycleSeconds, cycles, totalSeconds: cycles * cycleSeconds };
}

export interface BreathMoment {
  done: boolean;
  /** 1-based cycle number. */
  cycle: number;
  phase: BreathPhase;
  phaseIndex: number;
  /** 1-based count within the phase, for the counted text version ("Breathe in… 2"). */
  count: number;
  secondsLeft: number;
}

/** Where the exercise is after `elapsed` whole seconds. */
export function breathAt(schedule: BreathingSchedule, elapsed: number): BreathMoment {
  const t = Math.max(0, Math.floor(elapsed));
  const last = schedule.phases[schedule.phases.length - 1]!;
  if (t >= schedule.totalSeconds) {
    return { done: true, cycle: schedule.cycles, phase: last, phaseIndex: schedule.phases.length - 1, count: last.seconds, secondsLeft: 0 };
  }
  const cycle = Math.floor(t / schedule.cycleSeconds) + 1;
  let within = t % schedule.cycleSeconds;
  for (let i = 0; i < schedule.phases.length; i++) {
    const phase = schedule.phases[i]!;
    if (within < phase.seconds) return { done: false, cycle, phase, phaseIndex: i, count: within + 1, secondsLeft: schedule.totalSeconds - t };
    within -= phase.seconds;
  }
  /* c8 ignore next */
  return { done: true, cycle, phase: last, phaseIndex: schedule.phases.length - 1, count: last.seconds, secondsLeft: 0 };
}
