// Words on the Insights screen, kept together for review.
import type { CauseKey, ChecklistGroup } from '../../../../shared/domain/insights';
import { CAUSE_LABELS } from '../../../../shared/domain/incidentWords';
import type { LessonCategory } from '../../../../shared/domain/lessonCategories';
import { plural } from '../../../../shared/domain/plural';

export const insightsText = {
  heading: 'Insights',
  intro: 'What your incidents have in common, so you can choose one small change that prevents the next one.',
  loading: 'Loading…',
  range: {
    legend: 'Date range',
    preset: 'Dates',
    from: 'From',
    to: 'To',
    presets: { '3m': 'Last 3 months', '12m': 'Last 12 months', year: 'This year', all: 'All time', custom: 'Choose dates' } as const,
    fromAfterTo: 'The start date must be on or before the end date.',
    missing: 'Enter both dates, or choose another option.',
  },
  showTables: 'Show the numbers as tables',
  stats: {
    incidents: 'Mistakes',
    incidentsDetail: (open: number, closed: number) => `${open} open · ${closed} closed`,
    notMistakes: (n: number) => (n === 0 ? '' : `Not counted: ${plural(n, 'new request or work done as asked', 'new requests or work done as asked')}`),
    median: 'Median time to resolve',
    medianDetail: (n: number) => (n === 0 ? 'No incidents resolved in these dates' : `From report to resolution, over ${plural(n, 'incident', 'incidents')}`),
    briefs: 'Briefs started',
    briefsDetail: (share: number) => `${share}% after a complete checklist`,
  },
  days: (d: number | null) => (d === null ? '—' : d === 0 ? 'Same day' : d === 1 ? '1 day' : `${Number.isInteger(d) ? d : d.toFixed(1)} days`),
  percent: (share: number) => `${Math.round(share * 100)}%`,

  perMonth: {
    title: 'Incidents per month, by cause',
    description: 'Each bar is one month; its colours show what the cause was. Open incidents count as “not recorded yet”.',
    month: 'Month',
    total: 'Total',
    empty: 'No incidents in these dates.',
  },
  perClient: {
    title: 'Incidents per client',
    description: 'A client who appears often may need a clearer brief or a short call before each task.',
    client: 'Client',
    incidents: 'Incidents',
    noClient: 'No client chosen',
    empty: 'No incidents in these dates.',
  },
  checklist: {
    title: 'Briefs started after a complete checklist, and with an override',
    description: 'How often you started before the questions were settled, and how many incidents followed on each kind of brief.',
    group: 'How work started',
    started: 'Briefs started',
    share: 'Share',
    incidents: 'Incidents',
    perBrief: 'Incidents per brief',
    empty: 'No briefs were started in these dates.',
    summary: (complete: number, override: number) =>
      `Briefs started after a complete checklist had ${complete.toFixed(2)} incidents each; briefs started with an override had ${override.toFixed(2)}.`,
  },
  lessons: {
    title: 'Your most common lessons',
    description: 'The lessons you wrote when closing incidents, sorted into a few kinds.',
    category: 'Kind of lesson',
    count: 'Times',
    empty: 'No closed incidents with a lesson in these dates.',
  },
};

export const groupLabels: Record<ChecklistGroup, string> = {
  complete: 'After a complete checklist',
  override: 'With an override',
};

/** The incident flow's own names for causes, so the chart says what the VA chose when closing. */
export const causeLabels: Record<CauseKey, string> = { ...CAUSE_LABELS, 'not-recorded': 'Not recorded yet' };

export const lessonLabels: Record<LessonCategory, string> = {
  'confirm-in-writing': 'Confirm in writing',
  'ask-first': 'Ask before assuming',
  'backups-and-undo': 'Back up first',
  'double-check': 'Double-check the work',
  'time-and-pace': 'Time and pace',
  'tools-and-setup': 'Tools and set-up',
  communication: 'Keep the client informed',
  other: 'Other lessons',
};
