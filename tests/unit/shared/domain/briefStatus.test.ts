import { describe, expect, it } from 'vitest';
import { BRIEF_STATUS_ORDER, briefStatusActions, isMovingBack } from '../../../../shared/domain/briefStatus';
import { briefStatus, briefTransitions } from '../../../../shared/model/brief';

describe('briefStatusActions', () => {
  it('offers delivery, not "ready", as the next step while work is in progress', () => {
    const a = briefStatusActions('in-progress');
    expect(a.next).toBe('delivered');
    expect(a.back).toEqual(['ready']);
    expect(a.skipTo).toEqual([]);
    expect(a.canCancel).toBe(true);
  });

  it('never offers "start work" as the next step of a delivered brief; going back is separate', () => {
    const a = briefStatusActions('delivered');
    expect(a.next).toBe('accepted');
    expect(a.skipTo).not.toContain('in-progress');
    expect(a.back).toEqual(['in-progress']);
  });

  it('has no next step once accepted, only a way back', () => {
    expect(briefStatusActions('accepted')).toEqual({ next: null, skipTo: [], back: ['delivered'], canCancel: false });
  });

  it('lets a draft skip forward, in order, with the nearest step first', () => {
    expect(briefStatusActions('draft')).toMatchObject({ next: 'clarifying', skipTo: ['ready', 'in-progress'], back: [] });
  });

  it('reopens a cancelled brief as a draft', () => {
    expect(briefStatusActions('cancelled')).toEqual({ next: 'draft', skipTo: [], back: [], canCancel: false });
  });

  it('for every status, next and skips go forward, back goes back, and all are allowed moves', () => {
    for (const status of briefStatus.options) {
      const a = briefStatusActions(status);
      const offered = [a.next, ...a.skipTo, ...a.back, ...(a.canCancel ? ['cancelled' as const] : [])].filter((s) => s !== null);
      for (const s of offered) expect(briefTransitions[status]).toContain(s);
      for (const s of [a.next, ...a.skipTo].filter((s) => s !== null)) expect(isMovingBack(status, s)).toBe(false);
      for (const s of a.back) expect(isMovingBack(status, s)).toBe(true);
      // Nothing allowed is left out.
      expect(new Set(offered)).toEqual(new Set(briefTransitions[status]));
    }
  });

  it('keeps the order the model declares', () => {
    expect(BRIEF_STATUS_ORDER.indexOf('in-progress')).toBeLessThan(BRIEF_STATUS_ORDER.indexOf('delivered'));
    expect(isMovingBack('delivered', 'in-progress')).toBe(true);
    expect(isMovingBack('cancelled', 'draft')).toBe(false);
  });
});
