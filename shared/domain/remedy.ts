// Which remedy fits a reported problem, given who caused it and whether the fix window was still open.

export type Verdict = 'my-error' | 'as-instructed' | 'unclear-brief' | 'beyond-spec';
export type Remedy = 'free-fix' | 'goodwill-fix' | 'billable-change' | 'no-fault';

export interface RemedyInput {
  verdict: Verdict;
  /** From `conformityWindow(...).inside`. */
  insideWindow: boolean;
}

export interface RemedyDecision {
  remedy: Remedy;
  explanation: string;
}

export const VERDICTS: readonly Verdict[] = Object.freeze(['my-error', 'as-instructed', 'unclear-brief', 'beyond-spec']);
export const REMEDIES: readonly Remedy[] = Object.freeze(['free-fix', 'goodwill-fix', 'billable-change', 'no-fault']);

/** User-facing words, kept together so they can be reviewed (and later translated) in one place. */
export const REMEDY_EXPLANATIONS: Readonly<Record<Remedy, string>> = Object.freeze({
  'free-fix':
    'This was reported inside the fix window, so putting it right at no charge is part of the agreement. Fix it, say briefly what changed, and carry on.',
  'goodwill-fix':
    'The fix window has closed, so you are not obliged to fix this for free. Doing it anyway is usually the right call for the relationship; say plainly that it is a goodwill fix.',
  'billable-change':
    'This goes beyond what was agreed, so it is a change rather than a fix, whenever it was reported. Tell the client it is billable, and what it will cost, before you start.',
  'no-fault':
    'The work followed the instruction as given, so nobody is to blame. Show the instruction gently, then offer the change as billable work or as a goodwill fix.',
});

/**
 * my-error / unclear-brief: a free fix inside the window, a goodwill fix after it.
 * beyond-spec: always a billable change. as-instructed: always no fault.
 */
export function decideRemedy(input: RemedyInput): RemedyDecision {
  const { verdict, insideWindow } = input;
  if (typeof insideWindow !== 'boolean') {
    throw new TypeError(`insideWindow must be true or false; got ${String(insideWindow)}.`);
  }
  const remedy = remedyFor(verdict, insideWindow);
  return { remedy, explanation: REMEDY_EXPLANATIONS[remedy] };
}

function remedyFor(verdict: Verdict, insideWindow: boolean): Remedy {
  switch (verdict) {
    // An unclear brief is the VA's to absorb: the contract's fix promise still applies.
    case 'my-error':
    case 'unclear-brief':
      return insideWindow ? 'free-fix' : 'goodwill-fix';
    case 'beyond-spec':
      return 'billable-change';
    case 'as-instructed':
      return 'no-fault';
    default: {
      const unknown: never = verdict;
      throw new RangeError(`Unknown verdict "${String(unknown)}". Expected one of: ${VERDICTS.join(', ')}.`);
    }
  }
}

/**
 * Shown when the VA chooses to waive or refund the invoice. A warning, not a block: the VA may still go ahead.
 */
export const overcompensationWarning =
  'Waiving or refunding the invoice can feel like the kind thing to do, but it tends to cost the relationship. ' +
  'It tells the client the whole piece of work was worthless, and it casts you as an underling making amends rather than a professional who puts things right. ' +
  'A prompt fix and a clear note usually rebuild more trust. You can still go ahead if you are sure.';
