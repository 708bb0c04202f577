// The remedy step in one call: the fix window for this incident's dates, the remedy it leads to,
// the sentence that states the dates plainly, and whether time spent on the fix is billable.
import type { ChangeOffer } from '../model/incident';
import { conformityWindow, describeConformityWindow, type ConformityWindow } from './conformityWindow';
import { decideRemedy, type RemedyDecision, type Verdict } from './remedy';

export interface RemedyAssessmentInput {
  verdict: Verdict;
  deliveredOn: string | null;
  reportedOn: string;
  /** The client's contract: working days after delivery in which fixes are free. */
  conformityDays: number;
  /** The VA's holiday region from settings; empty means weekends only. */
  region: string;
  /** For "done as instructed": whether the VA offers the change as billable work or as goodwill. */
  offer: ChangeOffer | null;
}

export interface RemedyAssessment {
  window: ConformityWindow | null;
  /** The dates stated plainly, e.g. "Delivered Thu 24 Dec; the window closed at the end of Thu 31 Dec; …". */
  windowText: string;
  decision: RemedyDecision;
  /** Whether time spent putting it right is billed: a billable change, or a no-fault change offered as billable. */
  billable: boolean;
}

export const NOT_DELIVERED_TEXT = 'The work had not been delivered yet, so the fix window had not started. Putting it right is part of doing the job.';

/**
 * Work not yet delivered counts as inside the window: the VA is still doing the job.
 * @throws RangeError for invalid dates or an unknown region (from `conformityWindow`).
 */
export function assessRemedy(input: RemedyAssessmentInput): RemedyAssessment {
  const region = input.region === '' ? undefined : input.region;
  let window: ConformityWindow | null = null;
  let windowText = NOT_DELIVERED_TEXT;
  if (input.deliveredOn !== null) {
    const windowInput = { deliveredOn: input.deliveredOn, reportedOn: input.reportedOn, workingDays: input.conformityDays, ...(region ? { region } : {}) };
    window = conformityWindow(windowInput);
    windowText = describeConformityWindow(windowInput);
  }
  const decision = decideRemedy({ verdict: input.verdict, insideWindow: window?.inside ?? true });
  const billable = decision.remedy === 'billable-change' || (decision.remedy === 'no-fault' && input.offer === 'billable');
  return { window, windowText, decision, billable };
}
