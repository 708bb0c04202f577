// The today, insights and reminders operations through the real core, and the shell's reminder loop.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReminderNotification } from '../../../shared/domain/reminders';
import { startReminders } from '../../../electron/reminders';
import { call, clientInput, briefInput, openTestCore, START_ANYWAY } from '../core/helpers';
import type { Dispatch } from '../../../electron/core/dispatcher';

// Thursday 19 November 2026, mid-morning on the test machine's clock.
const now = () => new Date(2026, 10, 19, 10, 30);

async function seeded() {
  const t = await openTestCore({ now });
  const client = await call(t.core, 'clients.create', { fields: clientInput('Noor', { contract: { ...clientInput('Noor').contract, conformityDays: 3 } }) });
  const brief = await call(t.core, 'briefs.create', { clientId: client.id, fields: briefInput('Newsletter') });
  await call(t.core, 'briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: START_ANYWAY });
  await call(t.core, 'briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-16' });
  return { ...t, client, brief };
}

describe('today, insights and reminders operations', () => {
  it('today.get welcomes a new VA, then shows the delivery whose window closes today', async () => {
    const empty = await openTestCore({ now });
    expect(await call(empty.core, 'today.get', {})).toMatchObject({ firstRun: true, total: 0, today: '2026-11-19' });
    const { core, brief } = await seeded();
    const today = await call(core, 'today.get', {});
    expect(today.windowsClosing).toEqual([expect.objectContaining({ briefId: brief.id, closesOn: '2026-11-19', workingDaysLeft: 0 })]);
  });

  it('insights.get counts the started brief as started with an override', async () => {
    const { core } = await seeded();
    const insights = await call(core, 'insights.get', { from: '2026-01-01', to: '2026-12-31' });
    expect(insights.briefsStarted).toBe(1);
    expect(insights.checklist.find((r) => r.group === 'override')?.briefsStarted).toBe(1);
    expect(insights.perMonth).toHaveLength(12);
  });

  it('reminders.check follows the settings', async () => {
    const { core } = await seeded();
    const decision = await call(core, 'reminders.check', { alreadyMentioned: [], lastShownAt: null });
    expect(decision).toMatchObject({ kind: 'show', notification: { title: 'One thing needs you today' } });
    await call(core, 'settings.update', { reminders: { enabled: false, quietHoursStart: '19:00', quietHoursEnd: '08:00' } });
    expect(await call(core, 'reminders.check', { alreadyMentioned: [], lastShownAt: null })).toEqual({ kind: 'none', reason: 'disabled' });
    expect((await call(core, 'settings.get', {})).reminders.enabled).toBe(false);
  });
});

describe('the shell’s reminder loop', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows one summary, then nothing more for the same items', async () => {
    const { core } = await seeded();
    const shown: ReminderNotification[] = [];
    const loop = startReminders({ dispatch: core.dispatch, show: (n) => shown.push(n), now, firstCheckMs: 60_000, intervalMs: 60_000 });
    await loop.check();
    await loop.check();
    loop.stop();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.body).toContain('“Newsletter” closes today');
  });

  it('runs on its timer, skips overlapping checks and survives a failing core', async () => {
    vi.useFakeTimers();
    let calls = 0;
    let release: () => void = () => undefined;
    const dispatch: Dispatch = () => {
      calls += 1;
      return new Promise((resolve) => {
        release = () => resolve({ ok: false, error: { code: 'internal', message: 'boom' } });
      });
    };
    const log = vi.fn();
    const loop = startReminders({ dispatch, show: () => undefined, firstCheckMs: 1_000, intervalMs: 5_000, log });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000); // the first check is still running: this one is skipped
    expect(calls).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(2);
    expect(log).toHaveBeenCalledWith('reminder check failed', expect.objectContaining({ code: 'internal' }));
    loop.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(2);
  });
});
