// Desktop reminders: every few minutes, ask the core what is due and show at most one summary.
// What was mentioned, and when, is remembered here (in memory), so the core's answer stays a pure read.
// Electron's Notification is passed in, so plain-Node tests can run this without Electron.
import type { Notification, NotificationConstructorOptions } from 'electron';
import type { ReminderDecision, ReminderNotification } from '../shared/domain/reminders';
import type { Dispatch } from './core/dispatcher';

export const CHECK_EVERY_MS = 15 * 60_000;
/** The first check waits a little: at launch the VA is looking at Today already. */
export const FIRST_CHECK_MS = 2 * 60_000;
const REMEMBER_AT_MOST = 1_000;

export interface ReminderLoopOptions {
  dispatch: Dispatch;
  show: (notification: ReminderNotification) => void;
  now?: () => Date;
  intervalMs?: number;
  firstCheckMs?: number;
  log?: (message: string, error: unknown) => void;
}

export interface ReminderLoop {
  /** One check now (also what the timer runs); overlapping checks are skipped. */
  check(): Promise<ReminderDecision | null>;
  stop(): void;
}

export function startReminders(options: ReminderLoopOptions): ReminderLoop {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const mentioned = new Set<string>();
  let lastShownAt: string | null = null;
  let running = false;

  async function check(): Promise<ReminderDecision | null> {
    if (running) return null;
    running = true;
    try {
      const envelope = await options.dispatch('reminders.check', { alreadyMentioned: [...mentioned], lastShownAt });
      if (!envelope.ok) {
        log('reminder check failed', envelope.error);
        return null;
      }
      const decision = envelope.value as ReminderDecision;
      if (decision.kind === 'show') {
        options.show(decision.notification);
        lastShownAt = now().toISOString();
        for (const key of decision.notification.keys) {
          mentioned.delete(key);
          mentioned.add(key);
        }
        // Oldest first in a Set: drop from the front to stay bounded.
        for (const key of mentioned) {
          if (mentioned.size <= REMEMBER_AT_MOST) break;
          mentioned.delete(key);
        }
      }
      return decision;
    } catch (error) {
      log('reminder check failed', error);
      return null;
    } finally {
      running = false;
    }
  }

  const first = setTimeout(() => void check(), options.firstCheckMs ?? FIRST_CHECK_MS);
  const timer = setInterval(() => void check(), options.intervalMs ?? CHECK_EVERY_MS);
  first.unref?.();
  timer.unref?.();
  return {
    check,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

type NotificationClass = { new (options: NotificationConstructorOptions): Notification; isSupported(): boolean };

/** Shows a reminder with Electron's Notification; a click runs `onClick` (focus the window, open Today). */
export function electronNotifier(NotificationImpl: NotificationClass, onClick: () => void): (n: ReminderNotification) => void {
  // Keep the last one referenced: a collected notification loses its click handler.
  let current: Notification | null = null;
  return (n) => {
    if (!NotificationImpl.isSupported()) return;
    current?.close();
    current = new NotificationImpl({ title: n.title, body: n.body, silent: false });
    current.on('click', onClick);
    current.show();
  };
}
