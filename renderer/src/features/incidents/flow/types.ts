// What every step component receives from the flow: the incident, its own draft answers and a way to report actions.
import type { AnswersOf, Incident, IncidentStep, ScreenOf } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/model/settings';
import { localIsoDay } from '../../../../../shared/domain/dateDisplay';

export interface StepProps<S extends IncidentStep> {
  incident: Incident;
  screen: ScreenOf<S>;
  draft: AnswersOf<S>;
  update: (patch: Partial<AnswersOf<S>>) => void;
  errors: Record<string, string>;
  settings: Settings;
  /** For actions that change the incident straight away (a logged call, a fix step ticked). */
  onIncident: (incident: Incident) => void;
  /**
   * For a page that also saves another step's answers (the remedy on the paper-trail page): Continue and Back
   * wait for what is registered here, so the choice reaches disk before the page is finished.
   */
  beforeLeave: (save: () => Promise<unknown>) => void;
}

/** Hours and minutes on the VA's clock, e.g. "14:05". */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "Mon 23 Nov, 14:05". */
export function dayAndTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Today on the VA's calendar, as YYYY-MM-DD. */
export function todayIso(): string {
  return localIsoDay();
}
