// The shapes shared by the tone checker's parts: findings and options (public), rules and the document (internal).

export type ToneCategory =
  | 'over-apology'
  | 'excuse'
  | 'self-blame'
  | 'overcompensation'
  | 'blame-shifting'
  | 'vague-timeline'
  | 'hedging'
  | 'missing-ownership'
  | 'missing-fix'
  | 'missing-timeline'
  | 'unfinished';

export interface ToneFinding {
  ruleId: string;
  category: ToneCategory;
  start: number;
  end: number;
  message: string;
}

export interface ToneCheckOptions {
  disabledRules?: string[];
  channel?: 'email' | 'chat' | 'phone';
  /** Whole categories to leave out for this message (a notice has no ownership to state). */
  disabledCategories?: ToneCategory[];
}

export interface Span {
  start: number;
  end: number;
}

export interface RuleDef {
  id: string;
  category: ToneCategory;
  label: string;
  description: string;
  message: string;
}

export interface PhraseRule extends RuleDef {
  patterns: RegExp[];
  // Extra context check for a match; returning false drops it.
  accept?: (m: Span, doc: Doc) => boolean;
}

export interface Doc {
  text: string; // normalised: same length as the input, so offsets carry over
  sentences: Span[];
}
