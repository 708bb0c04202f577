// The checklist rules: built-in items, how a brief follows the template (versioning and retiring),
// progress, the "Start work" gate and template ordering. General cases plus seeded random histories.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHECKLIST, builtInId, builtInTemplateItems } from '../../../../shared/domain/checklistBuiltIns';
import {
  briefChecklistView,
  checklistProgress,
  type ChecklistViewItem,
  defaultClientQuestion,
  editTemplateItem,
  flagsForItem,
  followsTemplate,
  isStartingWork,
  itemsInScope,
  materialise,
  MIN_OVERRIDE_REASON,
  moveInOrder,
  nextOrder,
  openRequiredItems,
  patchItem,
  reorderTemplate,
  startBlockedMessage,
  startWorkDecision,
  templateForClient,
} from '../../../../shared/domain/checklist';
import { detectRiskFlags } from '../../../../shared/domain/riskFlags';
import { briefStatus, type BriefStatus } from '../../../../shared/model/brief';
import type { BriefChecklistItem, ChecklistScope, ChecklistTemplateItem } from '../../../../shared/model/checklist';
import { dataDocument, SCHEMA_VERSION } from '../../../../shared/model/document';

const AT = '2026-03-02T10:00:00.000Z';
const LATER = '2026-03-03T10:00:00.000Z';
const ALL_STATUSES = briefStatus.options;
const PRE_START: BriefStatus[] = ['draft', 'clarifying', 'ready'];
const STARTED: BriefStatus[] = ['in-progress', 'delivered', 'accepted', 'cancelled'];

function item(id: string, overrides: Partial<ChecklistTemplateItem> = {}): ChecklistTemplateItem {
  return {
    id,
    scope: { kind: 'global' },
    builtInKey: null,
    label: `Item ${id}`,
    why: `Why ${id}`,
    clientQuestion: '',
    requiredBeforeStart: false,
    order: 0,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
    retiredAt: null,
    ...overrides,
  };
}

const clientScope = (clientId: string): ChecklistScope => ({ kind: 'client', clientId });

function viewOf(stored: BriefChecklistItem[], template: ChecklistTemplateItem[], status: BriefStatus = 'draft', clientId = 'c1') {
  return briefChecklistView(stored, template, clientId, status);
}

function tick(view: ChecklistViewItem[], id: string, state: 'done' | 'not-needed' | 'open' = 'done', answer?: string) {
  const next = patchItem(view, id, answer === undefined ? { state } : { state, answer }, LATER);
  if (next === null) throw new Error(`no item ${id}`);
  return next;
}

describe('built-in checklist', () => {
  it('covers the ten things a VA should pin down, each with a short why', () => {
    expect(BUILT_IN_CHECKLIST.map((b) => b.key)).toEqual([
      'scope',
      'deliverables',
      'done',
      'deadline',
      'access',
      'irreversible',
      'figures',
      'experience',
      'time',
      'confirmed',
    ]);
    for (const b of BUILT_IN_CHECKLIST) {
      expect(b.label.length).toBeGreaterThan(5);
      expect(b.why.length, b.key).toBeGreaterThan(20);
      expect(b.why.length, b.key).toBeLessThanOrEqual(160);
      expect(`${b.label} ${b.why} ${b.clientQuestion}`).not.toContain('!');
      if (b.clientQuestion) expect(b.clientQuestion.endsWith('?'), b.key).toBe(true);
    }
  });

  it('asks the client only what the client can answer', () => {
    const vaOnly = BUILT_IN_CHECKLIST.filter((b) => b.clientQuestion === '').map((b) => b.key);
    expect(vaOnly).toEqual(['experience', 'time', 'confirmed']);
  });

  it('gives stable ids and one fixed creation time, so a new document is the same bytes every time', () => {
    const a = builtInTemplateItems();
    const b = builtInTemplateItems();
    expect(a).toEqual(b);
    expect(new Set(a.map((i) => i.id)).size).toBe(a.length);
    expect(a.map((i) => i.order)).toEqual(a.map((_, i) => i));
    expect(a.every((i) => i.version === 1 && i.retiredAt === null && i.scope.kind === 'global')).toBe(true);
    expect(a.find((i) => i.builtInKey === 'confirmed')?.id).toBe(builtInId('confirmed'));
  });

  it('is added to a document written before checklists existed, and briefs gain an empty checklist', () => {
    const old = {
      schemaVersion: SCHEMA_VERSION,
      clients: [],
      briefs: [
        {
          id: 'b1',
          createdAt: AT,
          updatedAt: AT,
          trashedAt: null,
          trashBatchId: null,
          clientId: 'c1',
          status: 'draft',
          deliveredOn: null,
          snapshots: [],
          title: 'Old',
          summary: '',
          deliverables: '',
          doneCriteria: '',
          inScope: '',
          outOfScope: '',
          deadline: null,
        },
      ],
      paperTrail: [],
    };
    const doc = dataDocument.parse(old);
    expect(doc.checklistTemplate).toEqual(builtInTemplateItems());
    expect(doc.briefs[0]!.checklist).toEqual({ items: [], override: null, confirmedEntryId: null });
    expect(doc.briefs[0]!.figureChecks).toEqual([]);
  });

  it('marks money-related items with the money flags of the brief', () => {
    const flags = detectRiskFlags('Please pay the £8,000 invoice and delete the old ones');
    const figures = { builtInKey: 'figures' };
    expect(flagsForItem(figures, flags).every((f) => f.kind === 'money')).toBe(true);
    expect(flagsForItem(figures, flags).length).toBeGreaterThan(0);
    expect(flagsForItem({ builtInKey: 'irreversible' }, flags).some((f) => f.kind === 'destructive')).toBe(true);
    expect(flagsForItem({ builtInKey: null }, flags)).toEqual([]);
    expect(flagsForItem({ builtInKey: 'experience' }, flags)).toEqual([]);
  });
});

describe('statuses', () => {
  it.each(PRE_START)('a %s brief follows the template', (status) => expect(followsTemplate(status)).toBe(true));
  it.each(STARTED)('a %s brief keeps its own copy', (status) => expect(followsTemplate(status)).toBe(false));

  it('counts only a move from before the start into progress as starting work', () => {
    for (const from of ALL_STATUSES) {
      for (const to of ALL_STATUSES) {
        expect(isStartingWork(from, to), `${from} → ${to}`).toBe(to === 'in-progress' && PRE_START.includes(from));
      }
    }
  });
});

describe('template order and scopes', () => {
  const template = [
    item('g2', { order: 1 }),
    item('c1-b', { scope: clientScope('c1'), order: 1 }),
    item('g1', { order: 0 }),
    item('c2-a', { scope: clientScope('c2'), order: 0 }),
    item('c1-a', { scope: clientScope('c1'), order: 0 }),
    item('g3', { order: 2, retiredAt: AT }),
  ];

  it('puts the global items first, then the client’s own, each in order', () => {
    expect(templateForClient(template, 'c1').map((t) => t.id)).toEqual(['g1', 'g2', 'g3', 'c1-a', 'c1-b']);
    expect(templateForClient(template, 'c2').map((t) => t.id)).toEqual(['g1', 'g2', 'g3', 'c2-a']);
    expect(templateForClient(template, 'nobody').map((t) => t.id)).toEqual(['g1', 'g2', 'g3']);
  });

  it('lists one scope at a time', () => {
    expect(itemsInScope(template, { kind: 'global' }).map((t) => t.id)).toEqual(['g1', 'g2', 'g3']);
    expect(itemsInScope(template, clientScope('c1')).map((t) => t.id)).toEqual(['c1-a', 'c1-b']);
    expect(itemsInScope(template, clientScope('c3'))).toEqual([]);
  });

  it('breaks ties in order by creation time, then id', () => {
    const tied = [item('b', { createdAt: LATER }), item('c'), item('a')];
    expect(itemsInScope(tied, { kind: 'global' }).map((t) => t.id)).toEqual(['a', 'c', 'b']);
  });

  it('places new items after the last one of their scope', () => {
    expect(nextOrder(template, { kind: 'global' })).toBe(3);
    expect(nextOrder(template, clientScope('c1'))).toBe(2);
    expect(nextOrder(template, clientScope('c9'))).toBe(0);
    expect(nextOrder([], { kind: 'global' })).toBe(0);
  });

  it('reorders when every active item of the scope is named once', () => {
    const result = reorderTemplate(template, { kind: 'global' }, ['g2', 'g1']);
    expect(result).toEqual({
      ok: true,
      orders: new Map([
        ['g2', 0],
        ['g1', 1],
      ]),
    });
  });

  it.each([
    [['g1'], 'missing one'],
    [['g1', 'g2', 'g3'], 'naming a retired item'],
    [['g1', 'g2', 'c1-a'], 'naming another scope’s item'],
    [['g1', 'g1', 'g2'], 'naming one twice'],
    [['g1', 'g2', 'nope'], 'naming an unknown item'],
    [[], 'naming none'],
  ])('refuses a new order %j (%s)', (ids) => {
    const result = reorderTemplate(template, { kind: 'global' }, ids);
    expect(result.ok).toBe(false);
  });

  it('moves an item up or down, and leaves the ends alone', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'x', 'down')).toEqual(['a', 'b', 'c']);
  });
});

describe('template versioning', () => {
  const base = item('t', { label: 'Scope', why: 'Because', clientQuestion: 'What is in?', requiredBeforeStart: true, version: 3 });
  const fields = { label: 'Scope', why: 'Because', clientQuestion: 'What is in?', requiredBeforeStart: true };

  it('keeps the version when nothing changed', () => {
    expect(editTemplateItem(base, fields, LATER)).toBe(base);
  });

  it.each([
    ['label', { label: 'Scope and limits' }],
    ['why', { why: 'Because it matters' }],
    ['client question', { clientQuestion: 'What is out?' }],
    ['required flag', { requiredBeforeStart: false }],
  ])('bumps the version by one when the %s changes', (_name, change) => {
    const edited = editTemplateItem(base, { ...fields, ...change }, LATER);
    expect(edited.version).toBe(4);
    expect(edited.updatedAt).toBe(LATER);
    expect(edited).toMatchObject(change);
    expect(base.version).toBe(3);
  });

  it('asks a label that is already a question as it is', () => {
    expect(defaultClientQuestion('Which labels should stay?')).toBe('Which labels should stay?');
    expect(defaultClientQuestion('  Which labels should stay?  ')).toBe('Which labels should stay?');
    expect(defaultClientQuestion('Check the label is empty before deleting')).toBe('');
  });
});

describe('a brief’s checklist view', () => {
  const template = [
    item('g1', { order: 0, requiredBeforeStart: true, label: 'Scope' }),
    item('g2', { order: 1, label: 'Access' }),
    item('c1', { scope: clientScope('c1'), order: 0, label: 'Brand colours', requiredBeforeStart: true }),
    item('c2', { scope: clientScope('c2'), order: 0, label: 'Other client' }),
    item('old', { order: 2, retiredAt: AT, label: 'Retired long ago' }),
  ];

  it('gives a new brief every active item of its template, open', () => {
    const view = viewOf([], template);
    expect(view.map((i) => i.id)).toEqual(['g1', 'g2', 'c1']);
    expect(view.every((i) => i.state === 'open' && i.answer === '' && !i.retired && !i.templateChanged)).toBe(true);
    expect(view.map((i) => i.source)).toEqual(['global', 'global', 'client']);
  });

  it('keeps ticks and answers through a round trip to storage', () => {
    const view = tick(viewOf([], template), 'g1', 'done', 'Only the Newsletters label');
    const again = viewOf(materialise(view), template);
    expect(again).toEqual(view);
    expect(again[0]).toMatchObject({ state: 'done', answer: 'Only the Newsletters label', updatedAt: LATER });
  });

  it('takes the new wording before work starts, keeping the tick and answer', () => {
    const stored = materialise(tick(viewOf([], template), 'g1', 'done', 'Yes'));
    const edited = template.map((t) =>
      t.id === 'g1' ? editTemplateItem(t, { label: 'Scope and limits', why: 'New why', clientQuestion: '', requiredBeforeStart: true }, LATER) : t,
    );
    for (const status of PRE_START) {
      const g1 = viewOf(stored, edited, status)[0]!;
      expect(g1).toMatchObject({ label: 'Scope and limits', why: 'New why', templateVersion: 2, state: 'done', answer: 'Yes', templateChanged: false });
    }
  });

  it('keeps the wording it was checked against once work has started, and says the template moved on', () => {
    const stored = materialise(tick(viewOf([], template), 'g1', 'done', 'Yes'));
    const edited = template.map((t) => (t.id === 'g1' ? { ...t, label: 'Scope and limits', version: 2 } : t));
    for (const status of STARTED) {
      const g1 = viewOf(stored, edited, status)[0]!;
      expect(g1).toMatchObject({ label: 'Scope', templateVersion: 1, templateChanged: true });
    }
  });

  it('does not add items created after work started', () => {
    const stored = materialise(viewOf([], template));
    const added = [...template, item('g9', { order: 9 })];
    expect(viewOf(stored, added, 'in-progress').map((i) => i.id)).not.toContain('g9');
    expect(viewOf(stored, added, 'ready').map((i) => i.id)).toContain('g9');
  });

  it('keeps a retired item on a brief that already had it, no longer required', () => {
    const stored = materialise(tick(viewOf([], template), 'g1', 'done', 'Agreed in the call'));
    const retired = template.map((t) => (t.id === 'g1' ? { ...t, retiredAt: LATER } : t));
    const g1 = viewOf(stored, retired).find((i) => i.id === 'g1')!;
    expect(g1).toMatchObject({ retired: true, requiredBeforeStart: false, state: 'done', answer: 'Agreed in the call' });
  });

  it('keeps a retired item even when it was never ticked, so nothing disappears silently', () => {
    const stored = materialise(viewOf([], template));
    const retired = template.map((t) => (t.id === 'g2' ? { ...t, retiredAt: LATER } : t));
    const view = viewOf(stored, retired);
    expect(view.find((i) => i.id === 'g2')).toMatchObject({ retired: true, state: 'open' });
  });

  it('does not give a retired item to a brief that never had it', () => {
    const retired = template.map((t) => (t.id === 'g2' ? { ...t, retiredAt: LATER } : t));
    expect(viewOf([], retired).map((i) => i.id)).toEqual(['g1', 'c1']);
  });

  it('keeps the brief’s one-off items at the end, in their own order', () => {
    const own: BriefChecklistItem[] = ['x', 'y'].map((id) => ({
      id,
      source: 'brief',
      templateVersion: null,
      builtInKey: null,
      label: `Own ${id}`,
      why: '',
      clientQuestion: '',
      requiredBeforeStart: id === 'x',
      state: 'open',
      answer: '',
      updatedAt: AT,
    }));
    const view = viewOf([...own, ...materialise(viewOf([], template))], template);
    expect(view.map((i) => i.id)).toEqual(['g1', 'g2', 'c1', 'x', 'y']);
    expect(view.find((i) => i.id === 'x')).toMatchObject({ retired: false, requiredBeforeStart: true });
  });

  it('keeps a copy whose template item is out of reach, marked retired', () => {
    const stored = materialise(viewOf([], template));
    const gone = template.filter((t) => t.id !== 'c1');
    expect(viewOf(stored, gone).find((i) => i.id === 'c1')).toMatchObject({ retired: true, requiredBeforeStart: false });
  });

  it('shows the current checklist on a started brief that never had one (an older file)', () => {
    expect(viewOf([], template, 'in-progress').map((i) => i.id)).toEqual(['g1', 'g2', 'c1']);
  });

  it('leaves other clients’ extras out', () => {
    expect(viewOf([], template, 'draft', 'c2').map((i) => i.id)).toEqual(['g1', 'g2', 'c2']);
  });
});

describe('progress and open required items', () => {
  const template = [
    item('a', { requiredBeforeStart: true, order: 0 }),
    item('b', { requiredBeforeStart: true, order: 1 }),
    item('c', { order: 2 }),
    item('d', { order: 3 }),
  ];

  it('counts ticked and not-needed items as resolved', () => {
    let view = viewOf([], template);
    expect(checklistProgress(view)).toEqual({ resolved: 0, total: 4, requiredOpen: 2, percent: 0 });
    view = tick(view, 'a');
    view = tick(view, 'c', 'not-needed');
    expect(checklistProgress(view)).toEqual({ resolved: 2, total: 4, requiredOpen: 1, percent: 50 });
    view = tick(tick(view, 'b'), 'd');
    expect(checklistProgress(view)).toEqual({ resolved: 4, total: 4, requiredOpen: 0, percent: 100 });
  });

  it('rounds down, so 100% only ever means everything', () => {
    const three = [item('a', { order: 0 }), item('b', { order: 1 }), item('c', { order: 2 })];
    const view = tick(tick(viewOf([], three), 'a'), 'b');
    expect(checklistProgress(view).percent).toBe(66);
  });

  it('leaves a retired item nobody answered out of the count, but keeps an answered one', () => {
    const stored = materialise(tick(viewOf([], template), 'c'));
    const retired = template.map((t) => (t.id === 'c' || t.id === 'd' ? { ...t, retiredAt: LATER } : t));
    expect(checklistProgress(viewOf(stored, retired))).toEqual({ resolved: 1, total: 3, requiredOpen: 2, percent: 33 });
  });

  it('treats an empty checklist as complete', () => {
    expect(checklistProgress([])).toEqual({ resolved: 0, total: 0, requiredOpen: 0, percent: 100 });
  });

  it('lists only required, active, open items', () => {
    let view = viewOf([], template);
    expect(openRequiredItems(view).map((i) => i.id)).toEqual(['a', 'b']);
    view = tick(view, 'a', 'not-needed');
    expect(openRequiredItems(view).map((i) => i.id)).toEqual(['b']);
    view = tick(view, 'a', 'open');
    expect(openRequiredItems(view).map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('the Start work gate', () => {
  const template = [item('a', { requiredBeforeStart: true, label: 'Scope', order: 0 }), item('b', { label: 'Access', order: 1 })];

  it('lets work start when every required item is resolved, with no override', () => {
    expect(startWorkDecision(tick(viewOf([], template), 'a'))).toEqual({ allowed: true, override: null });
    expect(startWorkDecision(tick(viewOf([], template), 'a', 'not-needed'), 'ignored reason')).toEqual({ allowed: true, override: null });
  });

  it('lets work start when only optional items are open', () => {
    expect(startWorkDecision(viewOf([], [item('b')])).allowed).toBe(true);
  });

  it.each([undefined, null, '', '   ', '\n\t'])('blocks work with required items open and no reason (%j)', (reason) => {
    const decision = startWorkDecision(viewOf([], template), reason);
    expect(decision).toMatchObject({ allowed: false, problem: 'open-items' });
    if (!decision.allowed) expect(decision.openItems.map((i) => i.label)).toEqual(['Scope']);
  });

  it('asks for a real reason, not a couple of letters', () => {
    const short = 'x'.repeat(MIN_OVERRIDE_REASON - 1);
    expect(startWorkDecision(viewOf([], template), short)).toMatchObject({ allowed: false, problem: 'reason-too-short' });
    expect(startWorkDecision(viewOf([], template), `  ${short}  `)).toMatchObject({ allowed: false, problem: 'reason-too-short' });
  });

  it('allows an override with a reason, keeping the reason trimmed and what was still open', () => {
    const decision = startWorkDecision(viewOf([], template), '  Client is on a plane; agreed by phone.  ');
    expect(decision).toEqual({ allowed: true, override: { reason: 'Client is on a plane; agreed by phone.', openItems: ['Scope'] } });
  });

  it('ignores a retired required item', () => {
    const stored = materialise(viewOf([], template));
    const retired = template.map((t) => ({ ...t, retiredAt: LATER }));
    expect(startWorkDecision(viewOf(stored, retired))).toEqual({ allowed: true, override: null });
  });

  it('explains what is open in plain words', () => {
    const one = startBlockedMessage('open-items', [{ label: 'Scope' }]);
    expect(one).toBe('Before you start work, finish this required check: Scope. Or start anyway and give your reason.');
    const two = startBlockedMessage('open-items', [{ label: 'Scope' }, { label: 'Deadline' }]);
    expect(two).toContain('these 2 required checks: Scope; Deadline.');
    expect(startBlockedMessage('reason-too-short', [])).not.toContain('!');
  });
});

describe('patching an item', () => {
  const view = viewOf([], [item('a'), item('b', { order: 1 })]);

  it('returns null for an item the brief does not have', () => {
    expect(patchItem(view, 'zzz', { state: 'done' }, LATER)).toBeNull();
  });

  it('leaves the timestamp alone when nothing changes', () => {
    const same = patchItem(view, 'a', { state: 'open', answer: '' }, LATER)!;
    expect(same).toEqual(view);
    expect(same).not.toBe(view);
  });

  it('changes only the one item, and only what was given', () => {
    const answered = patchItem(view, 'a', { answer: 'Notes' }, LATER)!;
    expect(answered[0]).toMatchObject({ state: 'open', answer: 'Notes', updatedAt: LATER });
    expect(answered[1]).toEqual(view[1]);
    const ticked = patchItem(answered, 'a', { state: 'done' }, AT)!;
    expect(ticked[0]).toMatchObject({ state: 'done', answer: 'Notes', updatedAt: AT });
  });
});

describe('random histories keep the promises', () => {
  const seeded = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  it('never loses a ticked or answered item, never duplicates, and follows the template only before the start', () => {
    for (let run = 0; run < 60; run += 1) {
      const rand = seeded(run + 1);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
      let template: ChecklistTemplateItem[] = Array.from({ length: 4 }, (_, i) => item(`g${i}`, { order: i, requiredBeforeStart: rand() < 0.5 }));
      let stored: BriefChecklistItem[] = [];
      let status: BriefStatus = 'draft';
      let counter = 0;
      for (let step = 0; step < 40; step += 1) {
        const action = rand();
        if (action < 0.2) {
          counter += 1;
          const scope: ChecklistScope = rand() < 0.5 ? { kind: 'global' } : clientScope(pick(['c1', 'c2']));
          template = [...template, item(`n${counter}`, { scope, order: nextOrder(template, scope), requiredBeforeStart: rand() < 0.5 })];
        } else if (action < 0.35 && template.length > 0) {
          const target = pick(template);
          template = template.map((t) =>
            t.id === target.id
              ? editTemplateItem(t, { label: `${t.label}+`, why: t.why, clientQuestion: t.clientQuestion, requiredBeforeStart: !t.requiredBeforeStart }, LATER)
              : t,
          );
        } else if (action < 0.45 && template.length > 0) {
          const target = pick(template);
          template = template.map((t) => (t.id === target.id ? { ...t, retiredAt: t.retiredAt ? null : LATER } : t));
        } else if (action < 0.55) {
          status = pick(ALL_STATUSES);
        } else {
          const view = viewOf(stored, template, status);
          if (view.length > 0) {
            const target = pick(view);
            stored = materialise(
              patchItem(view, target.id, { state: pick(['open', 'done', 'not-needed'] as const), answer: rand() < 0.5 ? 'note' : '' }, LATER)!,
            );
          }
        }
        const view = viewOf(stored, template, status);
        const ids = view.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Nothing the VA touched disappears.
        for (const s of stored) {
          if (s.state !== 'open' || s.answer !== '') expect(ids).toContain(s.id);
        }
        // Everything stored is still shown.
        for (const s of stored) expect(ids).toContain(s.id);
        const active = templateForClient(template, 'c1').filter((t) => t.retiredAt === null);
        if (followsTemplate(status) || stored.length === 0) {
          for (const t of active) {
            const shown = view.find((i) => i.id === t.id);
            expect(shown, `active item ${t.id} shown before the start`).toBeDefined();
            expect(shown!.label).toBe(t.label);
            expect(shown!.requiredBeforeStart).toBe(t.requiredBeforeStart);
          }
          expect(view.every((i) => !i.templateChanged)).toBe(true);
        } else {
          expect([...ids].sort()).toEqual(stored.map((s) => s.id).sort());
          for (const v of view) expect(v.label).toBe(stored.find((s) => s.id === v.id)!.label);
        }
        // Retired or out-of-reach items never block the start.
        for (const open of openRequiredItems(view)) expect(open.retired).toBe(false);
        // Other clients' extras never appear unless stored.
        for (const v of view) {
          const t = template.find((x) => x.id === v.id);
          if (t?.scope.kind === 'client' && t.scope.clientId !== 'c1') expect(stored.some((s) => s.id === v.id)).toBe(true);
        }
      }
    }
  });
});
