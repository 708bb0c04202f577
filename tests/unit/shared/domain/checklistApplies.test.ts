// Required checks that cannot apply to a brief (no figures or amounts: the figures check) say so and do not block.
import { describe, expect, it } from 'vitest';
import { builtInId, builtInTemplateItems } from '../../../../shared/domain/checklistBuiltIns';
import {
  briefChecklistView,
  checkApplies,
  checklistProgress,
  materialise,
  openRequiredItems,
  patchItem,
  startWorkDecision,
} from '../../../../shared/domain/checklist';
import { selectToday } from '../../../../shared/domain/today';

const template = builtInTemplateItems();
const FIGURES = builtInId('figures');
const noFigures = { title: 'Tidy the inbox', summary: 'Delete the Newsletters label and all 6,000 emails in it' };
const withFigures = { title: 'Pay the supplier', summary: 'Pay the £8,000 invoice from Acme' };

describe('checkApplies', () => {
  it('decides the figures check from the brief’s own words', () => {
    expect(checkApplies(noFigures)({ builtInKey: 'figures' })).toBe(false);
    expect(checkApplies(withFigures)({ builtInKey: 'figures' })).toBe(true);
    expect(checkApplies({ inScope: 'Invoices up to 8k' })({ builtInKey: 'figures' })).toBe(true);
  });

  it('a count of emails is not an amount', () => {
    expect(checkApplies({ summary: 'Archive 6,000 emails' })({ builtInKey: 'figures' })).toBe(false);
  });

  it('always applies the other checks and the VA’s own items', () => {
    const applies = checkApplies({});
    for (const key of ['scope', 'deliverables', 'done', 'deadline', 'irreversible', 'experience', 'confirmed', null]) {
      expect(applies({ builtInKey: key }), String(key)).toBe(true);
    }
  });
});

describe('a required check that does not apply', () => {
  it('is marked, is not open, and does not block starting work', () => {
    const view = briefChecklistView([], template, 'c1', 'draft', noFigures);
    expect(view.find((i) => i.id === FIGURES)).toMatchObject({ notApplicable: true, requiredBeforeStart: true, state: 'open' });
    expect(openRequiredItems(view).map((i) => i.id)).not.toContain(FIGURES);
    const allElseDone = view.reduce((items, i) => (i.id === FIGURES ? items : patchItem(items, i.id, { state: 'done' }, '2026-12-02T10:00:00.000Z')!), view);
    expect(startWorkDecision(allElseDone)).toEqual({ allowed: true, override: null });
    expect(checklistProgress(allElseDone)).toMatchObject({ requiredOpen: 0, resolved: 9, total: 9, percent: 100 });
  });

  it('blocks again as soon as the brief mentions an amount', () => {
    const view = briefChecklistView([], template, 'c1', 'draft', withFigures);
    expect(view.find((i) => i.id === FIGURES)?.notApplicable).toBe(false);
    expect(openRequiredItems(view).map((i) => i.id)).toContain(FIGURES);
    expect(openRequiredItems(view)).toHaveLength(8);
    expect(openRequiredItems(briefChecklistView([], template, 'c1', 'draft', noFigures))).toHaveLength(7);
  });

  it('counts once the VA ticks it anyway, and nothing about applicability is stored', () => {
    const view = briefChecklistView([], template, 'c1', 'draft', noFigures);
    const ticked = patchItem(view, FIGURES, { state: 'done' }, '2026-12-02T10:00:00.000Z')!;
    expect(checklistProgress(ticked).total).toBe(10);
    expect(materialise(ticked).every((i) => !('notApplicable' in i))).toBe(true);
  });

  it('without the brief’s words, every check applies as before', () => {
    const view = briefChecklistView([], template, 'c1', 'draft');
    expect(view.every((i) => !i.notApplicable)).toBe(true);
    expect(openRequiredItems(view)).toHaveLength(8);
  });

  it('Today counts the open required checks the same way', () => {
    const brief = {
      id: 'b1',
      createdAt: 'x',
      updatedAt: 'x',
      trashedAt: null,
      trashBatchId: null,
      clientId: 'c1',
      status: 'draft' as const,
      deliveredOn: null,
      snapshots: [],
      ...noFigures,
      deliverables: '',
      doneCriteria: '',
      inScope: '',
      outOfScope: '',
      deadline: null,
      checklist: { items: [], override: null, confirmedEntryId: null },
      figureChecks: [],
    };
    const client = { id: 'c1', name: 'Harriet', trashedAt: null } as never;
    const view = selectToday({
      today: '2026-12-02',
      holidayRegion: 'GB-ENG',
      defaultConformityDays: 3,
      clients: [client],
      briefs: [brief],
      paperTrail: [],
      checklistTemplate: template,
    } as never);
    expect(view.clarifying[0]?.requiredOpen).toBe(7);
  });
});
