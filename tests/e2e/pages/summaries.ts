// Seeds for the summary specs: the label-deletion incident walked to its close through the real incident
// operations, with every internal field the VA can type into carrying a marker that must never reach a client.
import type { AppFixture } from '../harness/fixtures';
import type { IncidentScreen } from '../../../shared/model/incident';
import { defaultClientFields } from '../../../shared/model/client';
import { seedLabelStory } from './incidentFlow';

export const mark = (field: string) => `INTERNAL-MARKER-${field}`;

/** A small teal disc, as a VA's logo would be stored: an inline PNG. */
export const LOGO_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAmklEQVR4nO3YsQ3AMAgEwOyTpdJk/xGSPpJ5wOCA9S/X/utsOJ5iOf4GfEMQCkEoG4HO+5LPIhB0TMpsIIfGatKC3BQrSwUK0ShNGBSo0ZgAKFwDTa1ASRrZNASlagQTQT7QAs3IRBBBBBFEUE9QubeMIAWo3I8x1SQ0dgOVm8vCTbCr52w/z9JXNN8PmWS+azfaMSaFIBSCUF77aNkGz3J3CQAAAABJRU5ErkJggg==';

export async function seedProfile(app: AppFixture, overrides: Record<string, string> = {}) {
  await app.call('settings.update', {
    profile: {
      name: 'Alex Morgan',
      businessName: 'Morgan VA Services',
      email: 'alex@morganva.example',
      phone: '07700 900456',
      signature: 'Kind regards,\nAlex Morgan',
      logoDataUrl: LOGO_PNG,
      ...overrides,
    },
  });
}

export interface StoryText {
  clientName?: string;
  clientBusiness?: string;
  briefTitle?: string;
  description: string;
  impactAmount: string;
  containLabel: string;
  fixLabels: [string, string];
  resolution: string;
  lesson: string;
  preventionLabel: string;
}

export const LABEL_STORY: StoryText = {
  description: 'While tidying the shared inbox I deleted the Newsletters label, and the 6,000 emails in it went to the Bin with it.',
  impactAmount: '6,000 emails',
  containLabel: 'Stopped the inbox clean-up so nothing else was removed',
  fixLabels: ['Restored all 6,000 emails from the Bin', 'Re-created the Newsletters label and its filter'],
  resolution: 'Every email is back in place under the Newsletters label, and the filter sorts new ones as before.',
  lesson: 'Before any bulk delete, I now preview exactly what it will remove.',
  preventionLabel: 'Preview what a bulk delete will remove before running it',
};

/** The label-deletion story as a closed incident, with markers in the internal fields. Returns the incident id. */
export async function seedClosedLabelIncident(app: AppFixture, story: StoryText = LABEL_STORY): Promise<{ id: string; clientName: string }> {
  const { client, brief } = await seedLabelStory(app);
  const fields = Object.fromEntries(Object.keys(defaultClientFields()).map((k) => [k, client[k as keyof typeof client]]));
  await app.call('clients.update', {
    id: client.id,
    fields: { ...fields, notes: mark('client.notes'), name: story.clientName ?? client.name, business: story.clientBusiness ?? client.business },
  });
  if (story.briefTitle) {
    const b = await app.call('briefs.get', { id: brief.id });
    await app.call('briefs.update', {
      id: brief.id,
      fields: {
        title: story.briefTitle,
        summary: mark('brief.summary'),
        deliverables: b.deliverables,
        doneCriteria: b.doneCriteria,
        inScope: b.inScope,
        outOfScope: b.outOfScope,
        deadline: b.deadline,
      },
    });
  }
  const { id } = await app.call('incidents.start', { briefId: brief.id, breathing: 'completed' });

  const answers: Partial<Record<IncidentScreen, Record<string, unknown>>> = {
    'happened.ongoing': { harmOngoing: true },
    'happened.what': { description: story.description, happenedOn: '2026-11-18', reportedOn: '2026-11-19' },
    'happened.impact': { spottedBy: 'client', impacts: ['data'], impactAmount: story.impactAmount, severity: 'high' },
    paperTrail: { verdict: 'my-error', note: mark('paperTrail.note') },
    'fixOrAsk.choice': {
      withinBrief: true,
      reversible: true,
      needsClientDecision: false,
      clientAlreadyAffected: true,
      choice: 'inform-and-ask',
      reason: mark('fixOrAsk.reason'),
    },
    'talk.plan': { clientUpset: 4, vaUpset: 5, channel: 'call' },
    apologise: { text: mark('apologise.draft') },
    'close.lesson': { resolution: story.resolution, cause: 'rushed', causeDetail: mark('close.causeDetail'), lesson: story.lesson },
  };
  let incident = await app.call('incidents.get', { id });
  for (let guard = 0; incident.status === 'open' && guard < 40; guard++) {
    const screen = incident.currentScreen;
    if (screen === 'happened.ongoing') await app.call('incidents.logContainment', { id, label: story.containLabel, note: mark('containActions.note') });
    if (screen === 'paperTrail') await app.call('incidents.saveStep', { id, step: 'remedy', answers: { invoice: 'keep' } });
    if (screen === 'talk.plan') await app.call('incidents.logCall', { id, outcome: mark('calls.outcome') });
    if (screen === 'apologise') await app.call('incidents.markApologySent', { id, text: mark('apologies.text'), channel: 'email' });
    if (screen === 'close.lesson') {
      for (const label of story.fixLabels) {
        const withTask = await app.call('incidents.addFixTask', { id, label });
        await app.call('incidents.setFixTaskDone', { id, taskId: withTask.fixTasks.at(-1)!.id, done: true });
      }
      await app.call('incidents.logTime', { id, minutes: 75, note: mark('timeEntries.note') });
      await app.call('incidents.logPrevention', { id, scope: 'client', label: story.preventionLabel, checklistItemId: null });
    }
    const step = screen.split('.')[0];
    incident = await app.call('incidents.advance', { id, step, screen, answers: answers[screen] ?? {} } as never);
  }
  if (incident.status !== 'closed') throw new Error(`The seeded incident did not close; it stopped at ${incident.currentScreen}.`);
  return { id, clientName: story.clientName ?? client.name };
}
