// The label-deletion story as plain records, for the summary's unit tests: the VA deleted the Gmail labels the
// client's newsletter filters relied on; the client spotted it; the VA restored them and added a check.
import type { Brief } from '../../../../../shared/model/brief';
import { emptyBriefFields } from '../../../../../shared/model/brief';
import { emptyBriefChecklist } from '../../../../../shared/model/checklist';
import { type Client, defaultClientFields } from '../../../../../shared/model/client';
import { emptyAnswers, type Incident } from '../../../../../shared/model/incident';
import { type BusinessProfile, defaultSettings } from '../../../../../shared/model/settings';

const meta = (id: string) => ({ id, createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-21T16:00:00.000Z', trashedAt: null, trashBatchId: null });

export function labelClient(): Client {
  return { ...defaultClientFields(), ...meta('client-1'), name: 'Grace Lin', business: 'Lin Bakery', email: 'grace@example.com' };
}

export function labelBrief(): Brief {
  return {
    ...emptyBriefFields(),
    ...meta('brief-1'),
    title: 'Tidy the newsletter inbox',
    clientId: 'client-1',
    status: 'delivered',
    deliveredOn: '2026-11-19',
    snapshots: [],
    checklist: emptyBriefChecklist(),
    figureChecks: [],
  };
}

export function labelProfile(): BusinessProfile {
  return {
    ...defaultSettings().profile,
    name: 'Alex Morgan',
    businessName: 'Morgan VA Services',
    email: 'alex@morganva.example',
    phone: '07700 900123',
    signature: 'Kind regards,\nAlex Morgan',
  };
}

export function labelIncident(): Incident {
  const answers = emptyAnswers();
  answers.pause.outcome = 'completed';
  Object.assign(answers.happened, {
    clientId: 'client-1',
    briefId: 'brief-1',
    description: 'While tidying the inbox I deleted 14 Gmail labels that your newsletter filters used, so new sign-ups were not being sorted.',
    happenedOn: '2026-11-19',
    deliveredOn: '2026-11-19',
    reportedOn: '2026-11-20',
    spottedBy: 'client',
    impacts: ['data', 'deadline'],
    impactAmount: '14 labels and about 300 emails',
    severity: 'medium',
    harmOngoing: false,
  });
  answers.paperTrail = { verdict: 'my-error', instructionEntryId: null, note: 'I said yes without checking the filters.' };
  answers.remedy = { invoice: 'keep', offer: null };
  answers.talk = { clientUpset: 4, vaUpset: 5, channel: 'call' };
  answers.close = {
    resolution: 'All 14 labels and their filters are back, and the 300 emails are sorted.',
    cause: 'rushed',
    causeDetail: 'Tired on Friday.',
    lesson: 'I now check what a label is used for before removing it.',
    resolvedOn: null,
  };
  return {
    id: 'incident-1',
    createdAt: '2026-11-20T09:30:00.000Z',
    updatedAt: '2026-11-21T16:00:00.000Z',
    trashedAt: null,
    trashBatchId: null,
    status: 'closed',
    closedAt: '2026-11-21T16:00:00.000Z',
    currentScreen: 'close.lesson',
    completedScreens: [],
    answers,
    remedyOutcome: {
      remedy: 'free-fix',
      insideWindow: true,
      closesOn: '2026-11-24',
      windowText: 'Inside the window.',
      conformityDays: 3,
      region: 'GB-ENG',
      billable: false,
    },
    containActions: [{ id: 'c1', at: '2026-11-20T10:00:00.000Z', label: 'Paused the inbox clean-up', note: 'Nothing else touched.' }],
    calls: [{ id: 'k1', at: '2026-11-20T11:00:00.000Z', outcome: 'Grace was calm; agreed I fix it today.' }],
    apologies: [{ id: 'a1', at: '2026-11-20T11:30:00.000Z', channel: 'email', text: 'I am sorry.', paperTrailEntryId: null }],
    fixTasks: [
      { id: 'f1', createdAt: '2026-11-20T12:00:00.000Z', label: 'Restored the 14 labels from the filter export', doneAt: '2026-11-20T13:00:00.000Z' },
      { id: 'f2', createdAt: '2026-11-20T12:00:00.000Z', label: 'Re-sorted the 300 emails', doneAt: '2026-11-21T10:00:00.000Z' },
      { id: 'f3', createdAt: '2026-11-20T12:00:00.000Z', label: 'Idea not done yet', doneAt: null },
    ],
    timeEntries: [
      { id: 't1', at: '2026-11-20T13:00:00.000Z', minutes: 50, note: 'Restoring', removedAt: null },
      { id: 't2', at: '2026-11-21T10:00:00.000Z', minutes: 75, note: 'Sorting', removedAt: null },
      { id: 't3', at: '2026-11-21T10:05:00.000Z', minutes: 600, note: 'Typo', removedAt: '2026-11-21T10:06:00.000Z' },
    ],
    prevention: [
      { id: 'p1', at: '2026-11-21T15:00:00.000Z', scope: 'global', label: 'Check which filters use a label before deleting it', checklistItemId: null },
    ],
    timeline: [{ id: 'tl1', at: '2026-11-20T09:30:00.000Z', kind: 'started', step: null, text: 'Started.' }],
  };
}
