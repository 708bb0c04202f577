// The leak test: every field that is not on the summary's allow-list is seeded with a marker (text) or an odd
// number, and no output may contain any of them. Fields that do not exist yet are covered too: unknown
// keys added to the records never reach a summary.
import { describe, expect, it } from 'vitest';
import {
  buildSummary,
  summaryArticleHtml,
  summaryDocumentHtml,
  summaryFacts,
  summaryFileName,
  summaryMarkdown,
  summaryPlainText,
} from '../../../../../shared/domain/summary';
import type { BusinessProfile } from '../../../../../shared/model/settings';
import { labelBrief, labelClient, labelIncident, labelProfile } from './fixtures';

/** Paths (array indexes as `[]`) whose values may reach the client. Everything else is internal. */
const ALLOWED = new Set([
  'incident.answers.happened.description',
  'incident.answers.happened.happenedOn',
  'incident.answers.happened.reportedOn',
  'incident.answers.happened.spottedBy',
  'incident.answers.happened.impacts[]',
  'incident.answers.happened.impactAmount',
  'incident.answers.happened.clientId',
  'incident.answers.happened.briefId',
  'incident.answers.close.resolution',
  // The day it was put right, which the summary states.
  'incident.answers.close.resolvedOn',
  'incident.answers.close.cause',
  'incident.answers.close.lesson',
  'incident.containActions[].label',
  'incident.containActions[].at',
  'incident.fixTasks[].label',
  'incident.fixTasks[].doneAt',
  'incident.prevention[].label',
  'incident.status',
  'incident.closedAt',
  'incident.id',
  'client.name',
  'client.business',
  'brief.title',
  // Not shown, but decides which time entries count towards "time spent" (when the VA includes it).
  'incident.timeEntries[].removedAt',
]);

interface Seeded {
  markers: string[];
  numbers: number[];
}

/** Replaces every internal leaf: text and nulls by `INTERNAL-MARKER-<path>`, numbers by an odd number, booleans flipped. */
function seedInternal(value: unknown, path: string, seeded: Seeded, salt: number): unknown {
  const generic = path.replace(/\[\d+\]/g, '[]');
  if (ALLOWED.has(generic)) return value;
  if (Array.isArray(value)) return value.map((v, i) => seedInternal(v, `${path}[${i}]`, seeded, salt));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, seedInternal(v, `${path}.${k}`, seeded, salt)]));
  }
  if (typeof value === 'number') {
    const n = 7_770_000 + seeded.numbers.length * 13 + salt;
    seeded.numbers.push(n);
    return n;
  }
  if (typeof value === 'boolean') return salt % 2 === 0 ? value : !value;
  const marker = `INTERNAL-MARKER-${path}-${salt}`;
  seeded.markers.push(marker);
  return marker;
}

function seededSources(salt: number) {
  const seeded: Seeded = { markers: [], numbers: [] };
  const incident = labelIncident();
  // Fields nobody has invented yet, at the top and inside the answers.
  const future = { ...incident, secretFutureField: 'x', answers: { ...incident.answers, happened: { ...incident.answers.happened, privateAside: 'x' } } };
  const sources = {
    incident: seedInternal(future, 'incident', seeded, salt) as ReturnType<typeof labelIncident>,
    client: seedInternal({ ...labelClient(), futureNotes: 'x' }, 'client', seeded, salt) as ReturnType<typeof labelClient>,
    brief: seedInternal(labelBrief(), 'brief', seeded, salt) as ReturnType<typeof labelBrief>,
    profile: { ...labelProfile(), privateNote: `INTERNAL-MARKER-profile-${salt}` } as BusinessProfile,
  };
  seeded.markers.push(`INTERNAL-MARKER-profile-${salt}`);
  return { sources, seeded };
}

function outputs(salt: number, includeTimeSpent: boolean) {
  const { sources, seeded } = seededSources(salt);
  const facts = summaryFacts(sources);
  const doc = buildSummary(facts, { edits: {}, includeTimeSpent }, { paper: 'a4', today: '2026-11-22' });
  return {
    seeded,
    all: {
      facts: JSON.stringify(facts),
      html: summaryDocumentHtml(doc),
      preview: summaryArticleHtml(doc, 'preview'),
      text: summaryPlainText(doc),
      markdown: summaryMarkdown(doc),
      fileName: summaryFileName(facts.client?.name ?? null, '2026-11-22', 'pdf'),
    },
  };
}

describe('summary leak test', () => {
  it('seeds markers into dozens of internal fields', () => {
    const { seeded } = seededSources(1);
    expect(seeded.markers.length).toBeGreaterThan(40);
    for (const field of [
      'paperTrail.note',
      'paperTrail.verdict',
      'remedy.invoice',
      'talk.channel',
      'pause.outcome',
      'close.causeDetail',
      'fixOrAsk.reason',
      'apologise.text',
    ]) {
      expect(
        seeded.markers.some((m) => m.includes(`.answers.${field}-`)),
        field,
      ).toBe(true);
    }
    for (const field of [
      'remedyOutcome.windowText',
      'timeEntries[0].note',
      'containActions[0].note',
      'calls[0].outcome',
      'apologies[0].text',
      'timeline[0].text',
      'secretFutureField',
      'happened.privateAside',
    ]) {
      expect(
        seeded.markers.some((m) => m.includes(`${field}-`)),
        field,
      ).toBe(true);
    }
    expect(seeded.markers.some((m) => m.startsWith('INTERNAL-MARKER-client.notes'))).toBe(true);
    expect(seeded.markers.some((m) => m.startsWith('INTERNAL-MARKER-brief.summary'))).toBe(true);
  });

  it.each([false, true])('no output contains any internal marker (time spent included: %s)', (includeTimeSpent) => {
    const { seeded, all } = outputs(1, includeTimeSpent);
    for (const [name, text] of Object.entries(all)) {
      expect(text, name).not.toContain('INTERNAL-MARKER');
      for (const n of seeded.numbers) expect(text.includes(String(n)), `${name} contains ${n}`).toBe(false);
    }
    // The client-facing story is all there.
    expect(all.html).toContain('deleted 14 Gmail labels');
    expect(all.text).toContain('Restored the 14 labels from the filter export');
    expect(all.html.includes('Time spent putting this right')).toBe(includeTimeSpent);
  });

  it('gives the same outputs whatever the internal fields hold', () => {
    // (The facts are left out: they carry the time total, which the outputs show only when asked to.)
    const strip = ({ facts: _facts, ...o }: ReturnType<typeof outputs>['all']) => JSON.stringify(o).replace(/INTERNAL-MARKER-[^"\\]*/g, '');
    // Time entries are internal: without "include time spent" their minutes change nothing either.
    expect(strip(outputs(1, false).all)).toBe(strip(outputs(2, false).all));
  });
});
