// The Today screen's selectors: from the records and today's date, what needs the VA now.
// Pure and defensive: models that other features are still growing are read with fallbacks.
import type { Brief, BriefStatus } from '../model/brief';
import { localIsoDay } from './dateDisplay';
import type { ChecklistTemplateItem } from '../model/checklist';
import type { Client } from '../model/client';
import { type Incident, type IncidentScreen, type IncidentStep, type Severity, stepOfScreen } from '../model/incident';
import { briefChecklistView, checklistProgress } from './checklist';
import { compareCodeUnits } from './order';
import { addWorkingDays, countWorkingDays, daysBetween, type IsoDate } from './workingDays';

/** Deliveries whose fix window closes today or within this many working days are shown. */
export const WINDOW_LOOKAHEAD_WORKING_DAYS = 2;

export interface TodayInput {
  today: IsoDate;
  clients: readonly Client[];
  briefs: readonly Brief[];
  incidents?: readonly Incident[];
  checklistTemplate?: readonly ChecklistTemplateItem[];
  holidayRegion: string;
  defaultConformityDays: number;
}

export interface BriefRef {
  briefId: string;
  title: string;
  clientId: string;
  clientName: string;
}

export interface ClarifyingItem extends BriefRef {
  status: BriefStatus;
  requiredOpen: number;
  resolved: number;
  total: number;
  deadline: IsoDate | null;
}

export interface OverrideItem extends BriefRef {
  reason: string;
  at: string;
  openItems: string[];
}

export interface WindowItem extends BriefRef {
  deliveredOn: IsoDate;
  /** The last day of the window; it closes at the end of this day. */
  closesOn: IsoDate;
  /** Working days after today up to and including `closesOn`: 0 means it closes today. */
  workingDaysLeft: number;
  conformityDays: number;
}

export interface IncidentItem {
  incidentId: string;
  description: string;
  clientName: string;
  briefTitle: string;
  nextStep: IncidentStep;
  severity: Severity | null;
  createdAt: string;
  updatedAt: string;
}

export interface FixStepItem {
  incidentId: string;
  taskId: string;
  label: string;
  createdAt: string;
  incidentDescription: string;
  clientName: string;
}

/** An open incident whose fix steps are all done: what is left is telling the client and closing it. */
export interface FollowUpItem {
  incidentId: string;
  description: string;
  clientName: string;
  fixStepsDone: number;
}

export interface AwaitingItem extends BriefRef {
  deliveredOn: IsoDate;
  daysSinceDelivery: number;
  closesOn: IsoDate;
}

export interface TodayView {
  today: IsoDate;
  /** No clients yet: the screen welcomes the VA instead. */
  firstRun: boolean;
  windowsClosing: WindowItem[];
  openIncidents: IncidentItem[];
  fixSteps: FixStepItem[];
  followUps: FollowUpItem[];
  clarifying: ClarifyingItem[];
  startedWithOverride: OverrideItem[];
  awaitingAcceptance: AwaitingItem[];
  /** How many items in all, for the calm one-line summary. */
  total: number;
}

const CLARIFYING: readonly BriefStatus[] = ['draft', 'clarifying'];

/** A stored ISO moment as a calendar day on this machine's clock. */
export function localDateOf(iso: string): IsoDate {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return localIsoDay(d);
}

/** The day the fix window closes for a delivery, by the client's contract and the VA's holiday region. */
export function windowClosesOn(deliveredOn: IsoDate, conformityDays: number, region: string): IsoDate {
  return addWorkingDays(deliveredOn, Math.max(0, Math.trunc(conformityDays)), region);
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    compareCodeUnits(key(a), key(b));

export function selectToday(input: TodayInput): TodayView {
  const { today, holidayRegion: region } = input;
  const clients = new Map(input.clients.filter((c) => c.trashedAt === null).map((c) => [c.id, c]));
  const briefs = input.briefs.filter((b) => b.trashedAt === null && clients.has(b.clientId));
  const briefsById = new Map(input.briefs.map((b) => [b.id, b]));
  const incidents = (input.incidents ?? []).filter((i) => i.trashedAt === null);
  const ref = (b: Brief): BriefRef => ({ briefId: b.id, title: b.title, clientId: b.clientId, clientName: clients.get(b.clientId)?.name ?? '' });
  const daysFor = (b: Brief) => clients.get(b.clientId)?.contract?.conformityDays ?? input.defaultConformityDays;

  const clarifying = briefs
    .filter((b) => CLARIFYING.includes(b.status))
    .map((b): ClarifyingItem => {
      const items = briefChecklistView(b.checklist?.items ?? [], input.checklistTemplate ?? [], b.clientId, b.status, b);
      const progress = checklistProgress(items);
      return { ...ref(b), status: b.status, requiredOpen: progress.requiredOpen, resolved: progress.resolved, total: progress.total, deadline: b.deadline };
    })
    // Nearest deadline first; briefs without one after, by title.
    .sort(byKey((i) => `${i.deadline ?? '9999-99-99'}|${i.title.toLocaleLowerCase()}`));

  const startedWithOverride = briefs
    .filter((b) => b.status === 'in-progress' && (b.checklist?.override ?? null) !== null)
    .map((b): OverrideItem => {
      const o = b.checklist.override!;
      return { ...ref(b), reason: o.reason, at: o.at, openItems: [...(o.openItems ?? [])] };
    })
    .sort(byKey((i) => i.at));

  const delivered = briefs
    .filter((b): b is Brief & { deliveredOn: string } => b.status === 'delivered' && b.deliveredOn !== null)
    .map((b) => ({ brief: b, closesOn: windowClosesOn(b.deliveredOn, daysFor(b), region) }));
  const lookaheadEnd = addWorkingDays(today, WINDOW_LOOKAHEAD_WORKING_DAYS, region);
  const windowsClosing = delivered
    .filter((d) => d.closesOn >= today && d.closesOn <= lookaheadEnd)
    .map(({ brief, closesOn }): WindowItem => ({
      ...ref(brief),
      deliveredOn: brief.deliveredOn,
      closesOn,
      workingDaysLeft: countWorkingDays(today, closesOn, region),
      conformityDays: daysFor(brief),
    }))
    .sort(byKey((i) => `${i.closesOn}|${i.title}`));
  const shownAsClosing = new Set(windowsClosing.map((w) => w.briefId));
  const awaitingAcceptance = delivered
    .filter((d) => !shownAsClosing.has(d.brief.id))
    .map(({ brief, closesOn }): AwaitingItem => ({
      ...ref(brief),
      deliveredOn: brief.deliveredOn,
      daysSinceDelivery: Math.max(0, daysBetween(brief.deliveredOn, today)),
      closesOn,
    }))
    .sort(byKey((i) => i.deliveredOn))
    .reverse();

  const open = incidents.filter((i) => i.status === 'open');
  const clientNameOf = (i: Incident) => {
    const id = i.answers?.happened?.clientId ?? null;
    return id === null ? '' : (input.clients.find((c) => c.id === id)?.name ?? '');
  };
  const briefTitleOf = (i: Incident) => {
    const id = i.answers?.happened?.briefId ?? null;
    return id === null ? '' : (briefsById.get(id)?.title ?? '');
  };
  const openIncidents = open
    .map((i): IncidentItem => ({
      incidentId: i.id,
      description: i.answers?.happened?.description ?? '',
      clientName: clientNameOf(i),
      briefTitle: briefTitleOf(i),
      nextStep: stepOfScreen(i.currentScreen as IncidentScreen),
      severity: i.answers?.happened?.severity ?? null,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
    }))
    .sort(byKey((i) => i.createdAt));

  const fixSteps: FixStepItem[] = [];
  const followUps: FollowUpItem[] = [];
  for (const i of open) {
    const tasks = i.fixTasks ?? [];
    const pending = tasks.filter((t) => t.doneAt === null);
    for (const t of pending) {
      fixSteps.push({
        incidentId: i.id,
        taskId: t.id,
        label: t.label,
        createdAt: t.createdAt,
        incidentDescription: i.answers?.happened?.description ?? '',
        clientName: clientNameOf(i),
      });
    }
    if (tasks.length > 0 && pending.length === 0) {
      followUps.push({ incidentId: i.id, description: i.answers?.happened?.description ?? '', clientName: clientNameOf(i), fixStepsDone: tasks.length });
    }
  }
  fixSteps.sort(byKey((t) => t.createdAt));

  const total =
    windowsClosing.length +
    openIncidents.length +
    fixSteps.length +
    followUps.length +
    clarifying.length +
    startedWithOverride.length +
    awaitingAcceptance.length;
  return {
    today,
    firstRun: clients.size === 0,
    windowsClosing,
    openIncidents,
    fixSteps,
    followUps,
    clarifying,
    startedWithOverride,
    awaitingAcceptance,
    total,
  };
}
