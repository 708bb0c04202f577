// The today subject (operations in shared/operations/today.ts): what needs the VA today, computed from the
// live document by the pure `selectToday` in shared/domain.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import { selectToday, type TodayView } from '../../../shared/domain/today';
import type { FoundationServices, ServiceContext } from '../context';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers } from '../operations';

/** Today's view of the live document (the reminders subject builds on it too). */
export function todayView(ctx: ServiceContext, services: FoundationServices): TodayView {
  const settings = services.settings.get();
  const d = ctx.db.data;
  return selectToday({
    today: localIsoDay(ctx.now()),
    clients: d.clients,
    briefs: d.briefs,
    incidents: d.incidents,
    checklistTemplate: d.checklistTemplate,
    holidayRegion: settings.holidayRegion,
    defaultConformityDays: settings.defaultConformityDays,
  });
}

export function todayHandlers(ctx: ServiceContext, services: FoundationServices): HandlersFor<'today'> {
  return subjectHandlers(ctx, 'today', {
    get: reads(() => todayView(ctx, services)),
  });
}
