// Handlers for the today, search, insights and reminders operations declared in shared/operations/insights.ts.
// All of them read the live document; the decisions are pure functions in shared/domain/.
import type { AppEvent } from '../../../shared/contract';
import { computeInsights } from '../../../shared/domain/insights';
import { planReminder, reminderItems } from '../../../shared/domain/reminders';
import { builtInTemplates } from '../../../shared/domain/templates/builtInTemplates';
import { selectToday, type TodayView } from '../../../shared/domain/today';
import { defaultReminderSettings } from '../../../shared/model/settings';
import type { HandlersFor } from '../dispatcher';
import { localIsoDate, type ServiceContext } from '../services/context';
import { createSearchIndex } from './searchIndex';
import type { FoundationServices } from './services';

/** How the core lets a feature hear about changes (createCore's event listeners). */
export type OnEvent = (listener: (event: AppEvent) => void) => void;

export function insightHandlers(
  ctx: ServiceContext,
  services: FoundationServices,
  onEvent?: OnEvent,
): HandlersFor<'today' | 'search' | 'insights' | 'reminders'> {
  const data = () => ctx.db.data;
  const index = createSearchIndex(() => ({ ...data(), builtInTemplates }));
  // With no way to hear about changes, check every record's version on each search instead.
  onEvent?.((event) => {
    if (event.type === 'data-changed') index.markStale();
  });

  const todayView = (): TodayView => {
    const settings = services.settings.get();
    const d = data();
    return selectToday({
      today: localIsoDate(ctx.now()),
      clients: d.clients,
      briefs: d.briefs,
      incidents: d.incidents,
      checklistTemplate: d.checklistTemplate,
      holidayRegion: settings.holidayRegion,
      defaultConformityDays: settings.defaultConformityDays,
    });
  };

  return {
    'today.get': todayView,
    'search.query': ({ text, perKind }) => {
      if (onEvent === undefined) index.markStale();
      return index.search(text, perKind);
    },
    'insights.get': ({ from, to }) => {
      const d = data();
      return computeInsights({ today: localIsoDate(ctx.now()), range: { from, to }, clients: d.clients, briefs: d.briefs, incidents: d.incidents });
    },
    'reminders.check': ({ alreadyMentioned, lastShownAt }) => {
      const now = ctx.now();
      return planReminder({
        settings: services.settings.get().reminders ?? defaultReminderSettings(),
        minutesNow: now.getHours() * 60 + now.getMinutes(),
        nowMs: now.getTime(),
        items: reminderItems(todayView()),
        alreadyMentioned: new Set(alreadyMentioned),
        lastShownMs: lastShownAt === null ? null : Date.parse(lastShownAt),
      });
    },
  };
}
