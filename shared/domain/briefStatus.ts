// Which status buttons a brief offers: one step forward as the primary action, never a step back
// dressed as "next". Moving back is offered separately, and only where the model allows it.
import { type BriefStatus, briefTransitions } from '../model/brief';

/** The order a brief moves through. Cancelled sits outside it. */
export const BRIEF_STATUS_ORDER: readonly BriefStatus[] = ['draft', 'clarifying', 'ready', 'in-progress', 'delivered', 'accepted'];

export interface BriefStatusActions {
  /** The one forward step to offer first, or null at the end of the road. */
  next: BriefStatus | null;
  /** Further forward steps that may be taken straight away (skipping a stage), in order. */
  skipTo: BriefStatus[];
  /** Earlier statuses the brief may be moved back to, nearest first. */
  back: BriefStatus[];
  /** Whether the brief can be cancelled from here. */
  canCancel: boolean;
}

function rank(status: BriefStatus): number {
  return BRIEF_STATUS_ORDER.indexOf(status);
}

/** Whether moving from `from` to `to` goes back along the order (reopening a cancelled brief is not "back"). */
export function isMovingBack(from: BriefStatus, to: BriefStatus): boolean {
  if (from === 'cancelled' || to === 'cancelled') return false;
  return rank(to) < rank(from);
}

export function briefStatusActions(status: BriefStatus): BriefStatusActions {
  const allowed = briefTransitions[status];
  if (status === 'cancelled') {
    // A cancelled brief can only be reopened; that is its way forward.
    return { next: allowed.includes('draft') ? 'draft' : null, skipTo: [], back: [], canCancel: false };
  }
  const forward = allowed.filter((s) => s !== 'cancelled' && rank(s) > rank(status)).sort((a, b) => rank(a) - rank(b));
  const back = allowed.filter((s) => s !== 'cancelled' && rank(s) < rank(status)).sort((a, b) => rank(b) - rank(a));
  return { next: forward[0] ?? null, skipTo: forward.slice(1), back, canCancel: allowed.includes('cancelled') };
}
