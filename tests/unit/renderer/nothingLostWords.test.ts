// Words and helpers from issue 14 that run without a page: Today's delivery wording, import counts, and the
// per-field save's "set back the refused fields" step.
import { describe, expect, it } from 'vitest';
import { todayText } from '../../../renderer/src/features/today/text';
import { countsInWords } from '../../../renderer/src/features/backups/counts';
import { withValuesAt } from '../../../renderer/src/ui/useAutosave';

describe('Today: delivered, awaiting acceptance', () => {
  it('never says a negative number of days ago', () => {
    const say = todayText.awaiting.delivered;
    expect([say(0), say(1), say(5), say(-1), say(-26_328)]).toEqual([
      'Delivered today',
      'Delivered yesterday',
      'Delivered 5 days ago',
      'Delivers tomorrow',
      'Delivers in 26328 days',
    ]);
    for (let d = -40; d <= 40; d++) expect(say(d)).not.toMatch(/-\d/);
  });
});

describe('countsInWords', () => {
  const none = { clients: 0, briefs: 0, paperTrail: 0, incidents: 0, templates: 0, checklistItems: 0, summaries: 0, settings: false };
  it('names every kind of record with the right plural', () => {
    expect(countsInWords({ ...none, clients: 1, briefs: 2, paperTrail: 1, incidents: 1, templates: 2, checklistItems: 1, summaries: 3 })).toBe(
      '1 client, 2 briefs, 1 paper-trail entry, 1 incident, 3 client summaries, 2 message templates and 1 checklist item',
    );
    expect(countsInWords(none, { withSettings: true })).toBe(
      '0 clients, 0 briefs, 0 paper-trail entries, 0 incidents, 0 client summaries, 0 message templates, 0 checklist items and no settings',
    );
  });
});

describe('withValuesAt (per-field saving)', () => {
  it('sets only the refused fields back to their saved values, nested ones included', () => {
    const saved = { title: 'Old', deliverables: '', profile: { name: 'A', email: 'a@example.com' } };
    const draft = { title: 'New', deliverables: 'x'.repeat(10), profile: { name: 'B', email: 'not an email' } };
    expect(withValuesAt(draft, saved, ['deliverables', 'profile.email'])).toEqual({
      title: 'New',
      deliverables: '',
      profile: { name: 'B', email: 'a@example.com' },
    });
    // The draft itself is untouched: the VA keeps what they typed.
    expect(draft.profile.email).toBe('not an email');
  });
});
