// Choosing an apology template for an incident, and filling it from the incident's facts.
import { describe, expect, it } from 'vitest';
import { incidentFillDetails, situationForIncident } from '../../../../shared/domain/incidentTemplates';
import { emptyAnswers, type Incident } from '../../../../shared/model/incident';

function incident(patch: (i: Incident) => void = () => undefined): Incident {
  const i = { answers: emptyAnswers(), fixTasks: [], containActions: [], prevention: [] } as unknown as Incident;
  patch(i);
  return i;
}

describe('situationForIncident', () => {
  it('follows the verdict first', () => {
    expect(situationForIncident(incident((i) => (i.answers.paperTrail.verdict = 'as-instructed')))).toBe('done-as-instructed');
    expect(situationForIncident(incident((i) => (i.answers.paperTrail.verdict = 'beyond-spec')))).toBe('beyond-spec');
    expect(situationForIncident(incident((i) => (i.answers.paperTrail.verdict = 'unclear-brief')))).toBe('misunderstood-brief');
  });

  it('then the impact: lost data, a wrong figure, a missed deadline', () => {
    const withImpacts = (impacts: Incident['answers']['happened']['impacts']) =>
      situationForIncident(incident((i) => ((i.answers.paperTrail.verdict = 'my-error'), (i.answers.happened.impacts = impacts))));
    expect(withImpacts(['data', 'reputation'])).toBe('lost-data');
    expect(withImpacts(['money'])).toBe('wrong-data');
    expect(withImpacts(['deadline'])).toBe('missed-deadline');
    expect(withImpacts([])).toBe('wrong-data');
  });
});

describe('incidentFillDetails', () => {
  it('fills what happened, what is done, what is left and the prevention', () => {
    const details = incidentFillDetails(
      incident((i) => {
        i.answers.happened.description = 'I deleted the Newsletters label and the 6,000 emails in it.';
        i.answers.happened.impactAmount = '6,000 emails';
        i.containActions = [{ id: 'c', at: '2026-11-20T10:00:00Z', label: 'Stopped the clean-up rule', note: '' }];
        i.fixTasks = [
          { id: 'f1', createdAt: '2026-11-20T10:00:00Z', label: 'Restored the emails from the bin.', doneAt: '2026-11-20T10:30:00Z' },
          { id: 'f2', createdAt: '2026-11-20T10:00:00Z', label: 'Recreate the label', doneAt: null },
        ];
        i.prevention = [{ id: 'p', at: '2026-11-20T11:00:00Z', scope: 'global', label: 'Confirm bulk deletes in writing', checklistItemId: null }];
      }),
    );
    expect(details).toEqual({
      what: 'I deleted the Newsletters label and the 6,000 emails in it.',
      impact: '6,000 emails',
      alreadyDone: 'stopped the clean-up rule and restored the emails from the bin',
      fixAction: 'Recreate the label',
      prevention: 'Confirm bulk deletes in writing',
    });
  });

  it('leaves the VA’s note about the client out, so the template shows a gap', () => {
    const details = incidentFillDetails(
      incident((i) => (i.answers.happened.description = 'Sarah asked if she could delete the old invoices.')),
      'Sarah Jones',
    );
    expect(details.what).toBeUndefined();
  });

  it('leaves out what the incident does not know, so the template shows a gap', () => {
    expect(incidentFillDetails(incident())).toEqual({});
    expect(incidentFillDetails(incident((i) => (i.answers.close.lesson = 'Check the label’s contents first.')))).toEqual({
      prevention: 'Check the label’s contents first.',
    });
  });
});
