// Aggregations for the Insights screen: what the VA's mistakes have in common, over a date range.
// An incident is dated by the day it was reported (or the day it was logged, when that is not known yet).
import type { Brief } from '../model/brief';
import type { Client } from '../model/client';
import { type Incident, type IncidentCause, incidentCause } from '../model/incident';
import { isMistake } from './incidentVerdict';
import { type LessonCategory, lessonCategory } from './lessonCategories';
import { localDateOf } from './today';
import { daysBetween, type IsoDate } from './workingDays';

/** Causes as stored, plus one bucket for incidents still open or closed without one. */
export type CauseKey = IncidentCause | 'not-recorded';
export const causeKeys: readonly CauseKey[] = [...incidentCause.options, 'not-recorded'];

/** Longest run of months shown, so "All time" over years of data stays readable. */
export const MAX_MONTHS = 36;

export interface InsightsRange {
  from: IsoDate | null;
  to: IsoDate | null;
}

export interface InsightsInput {
  today: IsoDate;
  range: InsightsRange;
  clients: readonly Client[];
  briefs: readonly Brief[];
  incidents?: readonly Incident[];
}

export interface MonthRow {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  byCause: Record<CauseKey, number>;
}

export interface ClientRow {
  clientId: string | null;
  clientName: string;
  incidents: number;
}

export type ChecklistGroup = 'complete' | 'override';
export interface ChecklistRow {
  group: ChecklistGroup;
  briefsStarted: number;
  /** 0–1 of all briefs started in the range. */
  share: number;
  incidents: number;
}

export interface LessonRow {
  category: LessonCategory;
  count: number;
}

export interface Insights {
  range: InsightsRange;
  /** Mistakes only: incidents whose paper trail showed new work or work done as asked are counted apart. */
  incidentCount: number;
  /** Incidents the paper trail showed were not mistakes: a new request, or work done as instructed. */
  notMistakeCount: number;
  openCount: number;
  closedCount: number;
  perMonth: MonthRow[];
  /** The causes that appear at least once, in the stored order, for the chart's legend. */
  causesPresent: CauseKey[];
  perClient: ClientRow[];
  briefsStarted: number;
  checklist: ChecklistRow[];
  /** Calendar days from report to resolution, over incidents closed in the range; null when none. */
  medianDaysToResolve: number | null;
  resolvedCount: number;
  lessons: LessonRow[];
}

export function reportDateOf(incident: Incident): IsoDate {
  return incident.answers?.happened?.reportedOn ?? localDateOf(incident.createdAt);
}

export function inRange(date: IsoDate, range: InsightsRange): boolean {
  return (range.from === null || date >= range.from) && (range.to === null || date <= range.to);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every month from `from` to `to` inclusive (`YYYY-MM`), keeping the last MAX_MONTHS. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 10_000; guard += 1) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months.slice(-MAX_MONTHS);
}

const emptyCauses = (): Record<CauseKey, number> => Object.fromEntries(causeKeys.map((c) => [c, 0])) as Record<CauseKey, number>;

/** When work on a brief started, or null if it never did. */
export function startedOn(brief: Brief): IsoDate | null {
  const snapshot = (brief.snapshots ?? []).find((s) => s.kind === 'started');
  if (snapshot) return localDateOf(snapshot.takenAt);
  const override = brief.checklist?.override ?? null;
  if (override) return localDateOf(override.at);
  return ['in-progress', 'delivered', 'accepted'].includes(brief.status) ? localDateOf(brief.createdAt) : null;
}

export function computeInsights(input: InsightsInput): Insights {
  const { range } = input;
  const everything = (input.incidents ?? []).filter((i) => i.trashedAt === null);
  // What the VA's mistakes have in common: a new request or work done as asked is not one of them.
  const mistake = (i: Incident) => isMistake(i.answers?.paperTrail?.verdict ?? null);
  const all = everything.filter(mistake);
  const notMistakeCount = everything.filter((i) => !mistake(i) && inRange(reportDateOf(i), range)).length;
  const incidents = all.filter((i) => inRange(reportDateOf(i), range));
  const causeOf = (i: Incident): CauseKey => (i.status === 'closed' ? (i.answers?.close?.cause ?? 'not-recorded') : 'not-recorded');

  // Months: the range as chosen; an open end runs from the first incident, or up to today.
  const dates = incidents.map(reportDateOf).sort();
  const first = range.from ?? dates[0] ?? range.to ?? input.today;
  const last = range.to ?? (dates.length > 0 && dates[dates.length - 1]! > input.today ? dates[dates.length - 1]! : input.today);
  const months = first <= last ? monthsBetween(first, last) : [];
  const rows = new Map<string, MonthRow>(months.map((month) => [month, { month, total: 0, byCause: emptyCauses() }]));
  const present = new Set<CauseKey>();
  for (const i of incidents) {
    const row = rows.get(reportDateOf(i).slice(0, 7));
    const cause = causeOf(i);
    present.add(cause);
    if (row === undefined) continue;
    row.total += 1;
    row.byCause[cause] += 1;
  }

  const clientNames = new Map(input.clients.map((c) => [c.id, c.name]));
  const perClientMap = new Map<string, ClientRow>();
  for (const i of incidents) {
    const clientId = i.answers?.happened?.clientId ?? null;
    const key = clientId ?? '';
    const row = perClientMap.get(key) ?? { clientId, clientName: clientId === null ? '' : (clientNames.get(clientId) ?? ''), incidents: 0 };
    row.incidents += 1;
    perClientMap.set(key, row);
  }
  const perClient = [...perClientMap.values()].sort((a, b) => b.incidents - a.incidents || a.clientName.localeCompare(b.clientName));

  const started = input.briefs.filter((b) => {
    if (b.trashedAt !== null) return false;
    const on = startedOn(b);
    return on !== null && inRange(on, range);
  });
  const groupOf = (b: Brief): ChecklistGroup => ((b.checklist?.override ?? null) !== null ? 'override' : 'complete');
  const incidentsByBrief = new Map<string, number>();
  for (const i of all) {
    const briefId = i.answers?.happened?.briefId ?? null;
    if (briefId !== null) incidentsByBrief.set(briefId, (incidentsByBrief.get(briefId) ?? 0) + 1);
  }
  const checklist = (['complete', 'override'] as const).map((group): ChecklistRow => {
    const inGroup = started.filter((b) => groupOf(b) === group);
    return {
      group,
      briefsStarted: inGroup.length,
      share: started.length === 0 ? 0 : inGroup.length / started.length,
      incidents: inGroup.reduce((sum, b) => sum + (incidentsByBrief.get(b.id) ?? 0), 0),
    };
  });

  const closed = incidents.filter((i) => i.status === 'closed' && i.closedAt !== null);
  const durations = closed.map((i) => Math.max(0, daysBetween(reportDateOf(i), i.answers?.close?.resolvedOn ?? localDateOf(i.closedAt!))));

  const lessonCounts = new Map<LessonCategory, number>();
  for (const i of closed) {
    const lesson = i.answers?.close?.lesson ?? '';
    if (lesson.trim() === '') continue;
    const category = lessonCategory(lesson);
    lessonCounts.set(category, (lessonCounts.get(category) ?? 0) + 1);
  }
  const lessons = [...lessonCounts.entries()]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));

  return {
    range,
    incidentCount: incidents.length,
    notMistakeCount,
    openCount: incidents.filter((i) => i.status === 'open').length,
    closedCount: incidents.filter((i) => i.status === 'closed').length,
    perMonth: [...rows.values()],
    causesPresent: causeKeys.filter((c) => present.has(c)),
    perClient,
    briefsStarted: started.length,
    checklist,
    medianDaysToResolve: median(durations),
    resolvedCount: closed.length,
    lessons,
  };
}
