// The reminders subject (operations in shared/operations/reminders.ts): whether the shell should remind the
// VA of something now. The shell remembers what it has mentioned, so the core stays stateless.
import { planReminder, reminderItems } from '../../../shared/domain/reminders';
import { defaultReminderSettings } from '../../../shared/model/settings';
import type { FoundationServices, ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers } from '../operations';
import { todayView } from '../today/handlers';

export function reminderHandlers(ctx: ServiceContext, services: FoundationServices): HandlersFor<'reminders'> {
  return subjectHandlers(ctx, 'reminders', {
    check: reads(({ alreadyMentioned, lastShownAt }) => {
      const now = ctx.now();
      return planReminder({
        settings: services.settings.get().reminders ?? defaultReminderSettings(),
        minutesNow: now.getHours() * 60 + now.getMinutes(),
        nowMs: now.getTime(),
        items: reminderItems(todayView(ctx, services)),
        alreadyMentioned: new Set(alreadyMentioned),
        lastShownMs: lastShownAt === null ? null : Date.parse(lastShownAt),
      });
    }),
  });
}
