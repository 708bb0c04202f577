// Whether to fix a spotted mistake quietly and then tell the client, or tell the client first and ask.

export interface FixOrAskAnswers {
  /** The fix stays inside what the client asked for. */
  withinBrief: boolean;
  /** The fix can be undone easily if the client would rather it were not made. */
  reversible: boolean;
  /** The fix involves a choice that belongs to the client. */
  needsClientDecision: boolean;
  /** The client (or their customers) has already seen or acted on the mistake. */
  clientAlreadyAffected: boolean;
}

export type FixOrAskRecommendation = 'fix-then-inform' | 'inform-and-ask';

export interface FixOrAskResult {
  recommendation: FixOrAskRecommendation;
  /** One calm sentence per deciding factor, in the order of the questions; never empty. */
  reasons: string[];
}

type Factor = keyof FixOrAskAnswers;

const FACTORS: readonly Factor[] = ['withinBrief', 'reversible', 'needsClientDecision', 'clientAlreadyAffected'];

/** User-facing words, kept together: what each answer means for the decision. */
export const FIX_OR_ASK_REASONS: Readonly<Record<Factor, { supportsFix: string; needsAsk: string }>> = Object.freeze({
  withinBrief: {
    supportsFix: 'The fix stays within what the client asked for.',
    needsAsk: 'The fix would go beyond the brief, so the client should agree to it first.',
  },
  reversible: {
    supportsFix: 'The fix can be undone easily if the client would prefer otherwise.',
    needsAsk: 'The fix would be hard to undo, so it is worth checking before you make it.',
  },
  needsClientDecision: {
    supportsFix: 'There is no choice in it that belongs to the client.',
    needsAsk: 'There is a choice here that belongs to the client, so ask rather than decide for them.',
  },
  clientAlreadyAffected: {
    supportsFix: 'The mistake has not reached the client yet, so fixing it first causes no surprise.',
    needsAsk: 'The client has already been affected, so they should hear about it from you before anything changes.',
  },
});

// For each factor, the answer that allows a quiet fix.
const ANSWER_THAT_ALLOWS_FIX: Readonly<Record<Factor, boolean>> = {
  withinBrief: true,
  reversible: true,
  needsClientDecision: false,
  clientAlreadyAffected: false,
};

/**
 * Fix then inform only when every answer allows it; any one doubt means inform and ask.
 * The reasons list each failing factor, or, for a fix, each factor that made it safe.
 */
export function recommendFixOrAsk(answers: FixOrAskAnswers): FixOrAskResult {
  for (const factor of FACTORS) {
    if (typeof answers[factor] !== 'boolean') {
      throw new TypeError(`${factor} must be true or false; got ${String(answers[factor])}.`);
    }
  }
  const failing = FACTORS.filter((factor) => answers[factor] !== ANSWER_THAT_ALLOWS_FIX[factor]);
  if (failing.length === 0) {
    return {
      recommendation: 'fix-then-inform',
      reasons: FACTORS.map((factor) => FIX_OR_ASK_REASONS[factor].supportsFix),
    };
  }
  return {
    recommendation: 'inform-and-ask',
    reasons: failing.map((factor) => FIX_OR_ASK_REASONS[factor].needsAsk),
  };
}
