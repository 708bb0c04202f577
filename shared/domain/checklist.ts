// The rules of the clarification checklist: how a brief's items follow the template, progress, which
// required items are still open, the "Start work" gate, and how template items are edited and ordered.
//
// Versioning in one paragraph: a brief copies each template item's wording. While the brief has not
// started (draft, clarifying, ready) it follows the template: new items appear, edited items take the
// new wording (keeping the VA's tick and answer), retired items stay only if the brief already had them,
// marked retired and no longer required. Once work starts the brief's copy is frozen, so later template
// edits never rewrite what the VA checked; the view says when the template has moved on.
import type { BriefStatus } from '../model/brief';
import type { BriefChecklistItem, ChecklistItemState, ChecklistScope, ChecklistTemplateItem } from '../model/checklist';
import type { BriefFields } from '../model/brief';
import { builtInItem } from './checklistBuiltIns';
import { hasRiskFlagOfKind, type RiskFlag, type RiskFlagKind } from './riskFlags';

export interface ChecklistViewItem extends BriefChecklistItem {
  /** The template item was retired after this brief took it: shown, but no longer required. */
  retired: boolean;
  /** The brief is frozen and the template's wording has changed since it was copied. */
  templateChanged: boolean;
  /**
   * The check cannot apply to this brief (for example "Figures double-checked" when the brief has no
   * figures or amounts): shown as "Does not apply", not required, left out of the count while open.
   */
  notApplicable: boolean;
}

export interface ChecklistProgress {
  /** Items ticked or marked "not needed". */
  resolved: number;
  total: number;
  requiredOpen: number;
  /** 0–100, rounded down so 100 means everything is resolved. */
  percent: number;
}

/** A reason to start anyway must say something; a couple of letters is not a reason. */
export const MIN_OVERRIDE_REASON = 5;

export const PRE_START_STATUSES: readonly BriefStatus[] = ['draft', 'clarifying', 'ready'];

/** Whether a brief in this status still takes the template's latest items and wording. */
export function followsTemplate(status: BriefStatus): boolean {
  return PRE_START_STATUSES.includes(status);
}

/** Whether moving a brief from `from` to `to` is "starting work", which the checklist gates. */
export function isStartingWork(from: BriefStatus, to: BriefStatus): boolean {
  return to === 'in-progress' && followsTemplate(from);
}

function scopeRank(scope: ChecklistScope): number {
  return scope.kind === 'global' ? 0 : 1;
}

function byTemplateOrder(a: ChecklistTemplateItem, b: ChecklistTemplateItem): number {
  return scopeRank(a.scope) - scopeRank(b.scope) || a.order - b.order || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function sameScope(a: ChecklistScope, b: ChecklistScope): boolean {
  return a.kind === b.kind && (a.kind === 'global' || (b.kind === 'client' && a.clientId === b.clientId));
}

/** Items of exactly one scope (retired ones included), in their order. */
export function itemsInScope(template: readonly ChecklistTemplateItem[], scope: ChecklistScope): ChecklistTemplateItem[] {
  return template.filter((t) => sameScope(t.scope, scope)).sort(byTemplateOrder);
}

/** The global items followed by this client's extras (retired ones included), in order. */
export function templateForClient(template: readonly ChecklistTemplateItem[], clientId: string): ChecklistTemplateItem[] {
  return template.filter((t) => t.scope.kind === 'global' || t.scope.clientId === clientId).sort(byTemplateOrder);
}

/** What a brief's item takes from its template item: the wording and the version it was copied at. */
function templateWording(t: ChecklistTemplateItem) {
  return {
    templateVersion: t.version,
    builtInKey: t.builtInKey,
    label: t.label,
    why: t.why,
    clientQuestion: t.clientQuestion,
    requiredBeforeStart: t.requiredBeforeStart,
  };
}

function copyOf(t: ChecklistTemplateItem): BriefChecklistItem {
  return {
    id: t.id,
    source: t.scope.kind,
    ...templateWording(t),
    state: 'open',
    answer: '',
    updatedAt: null,
  };
}

/**
 * The brief's checklist as the VA sees it now: its stored items brought in line with the template
 * (see the versioning note at the top). Pure; storing the result "materialises" it.
 */
export function briefChecklistView(
  stored: readonly BriefChecklistItem[],
  template: readonly ChecklistTemplateItem[],
  clientId: string,
  status: BriefStatus,
  /** The brief's own words; when given, checks that cannot apply to them are marked (see `checkApplies`). */
  brief?: BriefContent,
): ChecklistViewItem[] {
  const view = checklistItemsFor(stored, template, clientId, status);
  if (brief === undefined) return view;
  const applies = checkApplies(brief);
  return view.map((item) => (applies(item) ? item : { ...item, notApplicable: true }));
}

/** The parts of a brief that say what the work involves. */
export type BriefContent = Partial<Pick<BriefFields, 'title' | 'summary' | 'deliverables' | 'doneCriteria' | 'inScope' | 'outOfScope'>>;

/**
 * Whether each check applies to a brief, decided from the brief's own words: a built-in check with
 * `appliesOnlyWithFlags` applies only when one of those risk flags is found (no figures or amounts in
 * the brief: the figures check does not apply). The VA's own items and edited wording always apply.
 */
export function checkApplies(brief: BriefContent): (item: Pick<BriefChecklistItem, 'builtInKey'>) => boolean {
  // Only the kinds an item asks about are looked for, once each per brief: Today asks this of every brief
  // it lists as the core's first answer, and a pattern's first use costs a compile (see hasRiskFlagOfKind).
  const found = new Map<RiskFlagKind, boolean>();
  const texts = [brief.title, brief.summary, brief.deliverables, brief.doneCriteria, brief.inScope, brief.outOfScope];
  const present = (kind: RiskFlagKind): boolean => {
    let hit = found.get(kind);
    if (hit === undefined) {
      hit = texts.some((text) => hasRiskFlagOfKind(text ?? '', [kind]));
      found.set(kind, hit);
    }
    return hit;
  };
  return (item) => {
    const needs = builtInItem(item.builtInKey)?.appliesOnlyWithFlags ?? [];
    return needs.length === 0 || needs.some(present);
  };
}

function checklistItemsFor(
  stored: readonly BriefChecklistItem[],
  template: readonly ChecklistTemplateItem[],
  clientId: string,
  status: BriefStatus,
): ChecklistViewItem[] {
  const relevant = templateForClient(template, clientId);
  const storedById = new Map(stored.map((s) => [s.id, s]));
  // A brief that started before it ever had a checklist (an older file) shows the current one.
  const follows = followsTemplate(status) || stored.length === 0;
  const view: ChecklistViewItem[] = [];
  const placed = new Set<string>();

  for (const t of relevant) {
    const s = storedById.get(t.id);
    const retired = t.retiredAt !== null;
    if (s === undefined) {
      if (!retired && follows) view.push({ ...copyOf(t), retired: false, templateChanged: false, notApplicable: false });
    } else if (retired) {
      view.push({ ...s, requiredBeforeStart: follows ? false : s.requiredBeforeStart, retired: true, templateChanged: false, notApplicable: false });
    } else if (follows) {
      // Always the template's current wording, so an item brought back from retirement is whole again.
      view.push({
        ...s,
        ...templateWording(t),
        retired: false,
        templateChanged: false,
        notApplicable: false,
      });
    } else {
      view.push({ ...s, retired: false, templateChanged: s.templateVersion !== t.version, notApplicable: false });
    }
    placed.add(t.id);
  }
  // One-off items of this brief, and (defensively) any copy whose template item is out of reach: never dropped.
  for (const s of stored) {
    if (placed.has(s.id)) continue;
    const orphan = s.source !== 'brief';
    view.push({ ...s, requiredBeforeStart: orphan && follows ? false : s.requiredBeforeStart, retired: orphan, templateChanged: false, notApplicable: false });
  }
  return view;
}

/** What gets stored on the brief: the view without its derived fields. */
export function materialise(view: readonly ChecklistViewItem[]): BriefChecklistItem[] {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  return view.map(({ retired, templateChanged, notApplicable, ...item }) => item);
}

function counts(item: ChecklistViewItem): boolean {
  // A retired item nobody answered, or one that does not apply, is shown muted and left out of the count.
  return !((item.retired || item.notApplicable) && item.state === 'open');
}

export function checklistProgress(items: readonly ChecklistViewItem[]): ChecklistProgress {
  const counted = items.filter(counts);
  const resolved = counted.filter((i) => i.state !== 'open').length;
  const total = counted.length;
  return {
    resolved,
    total,
    requiredOpen: openRequiredItems(items).length,
    percent: total === 0 ? 100 : Math.floor((resolved / total) * 100),
  };
}

export function openRequiredItems(items: readonly ChecklistViewItem[]): ChecklistViewItem[] {
  return items.filter((i) => i.requiredBeforeStart && !i.retired && !i.notApplicable && i.state === 'open');
}

export type StartWorkDecision =
  | { allowed: true; override: null }
  | { allowed: true; override: { reason: string; openItems: string[] } }
  | { allowed: false; problem: 'open-items' | 'reason-too-short'; openItems: ChecklistViewItem[] };

/** "Start work" is allowed when every required item is resolved, or with a reason to start anyway. */
export function startWorkDecision(items: readonly ChecklistViewItem[], overrideReason?: string | null): StartWorkDecision {
  const open = openRequiredItems(items);
  if (open.length === 0) return { allowed: true, override: null };
  const reason = (overrideReason ?? '').trim();
  if (reason === '') return { allowed: false, problem: 'open-items', openItems: open };
  if (reason.length < MIN_OVERRIDE_REASON) return { allowed: false, problem: 'reason-too-short', openItems: open };
  return { allowed: true, override: { reason, openItems: open.map((i) => i.label) } };
}

export interface ItemPatch {
  state?: ChecklistItemState;
  answer?: string;
}

/** Applies a tick or an answer to one item; unchanged items keep their timestamp. */
export function patchItem(items: readonly ChecklistViewItem[], itemId: string, patch: ItemPatch, at: string): ChecklistViewItem[] | null {
  const index = items.findIndex((i) => i.id === itemId);
  if (index < 0) return null;
  const current = items[index]!;
  const next = {
    ...current,
    ...(patch.state !== undefined ? { state: patch.state } : {}),
    ...(patch.answer !== undefined ? { answer: patch.answer } : {}),
  };
  if (next.state === current.state && next.answer === current.answer) return [...items];
  const copy = [...items];
  copy[index] = { ...next, updatedAt: at };
  return copy;
}

// ---- Template editing ----

export interface TemplateItemFields {
  label: string;
  why: string;
  clientQuestion: string;
  requiredBeforeStart: boolean;
}

/** Items whose label is already a question are asked of the client as they are; others are the VA's own checks. */
export function defaultClientQuestion(label: string): string {
  const trimmed = label.trim();
  return trimmed.endsWith('?') ? trimmed : '';
}

/** The position after the last item of a scope. */
export function nextOrder(template: readonly ChecklistTemplateItem[], scope: ChecklistScope): number {
  return itemsInScope(template, scope).reduce((max, t) => Math.max(max, t.order + 1), 0);
}

/** Applies an edit; the version goes up only when the wording or the required flag really changed. */
export function editTemplateItem(item: ChecklistTemplateItem, fields: TemplateItemFields, at: string): ChecklistTemplateItem {
  const changed =
    item.label !== fields.label ||
    item.why !== fields.why ||
    item.clientQuestion !== fields.clientQuestion ||
    item.requiredBeforeStart !== fields.requiredBeforeStart;
  if (!changed) return item;
  return { ...item, ...fields, version: item.version + 1, updatedAt: at };
}

export type ReorderResult = { ok: true; orders: Map<string, number> } | { ok: false; message: string };

/**
 * New positions for a scope's active items, given in the order the VA wants. The list must name each
 * active item of the scope exactly once, so a stale screen cannot drop or duplicate an item.
 */
export function reorderTemplate(template: readonly ChecklistTemplateItem[], scope: ChecklistScope, orderedIds: readonly string[]): ReorderResult {
  const active = itemsInScope(template, scope).filter((t) => t.retiredAt === null);
  const activeIds = new Set(active.map((t) => t.id));
  const given = new Set(orderedIds);
  if (given.size !== orderedIds.length) return { ok: false, message: 'An item appears twice in the new order.' };
  if (given.size !== activeIds.size || [...given].some((id) => !activeIds.has(id))) {
    return { ok: false, message: 'The checklist changed while you were reordering it. Please try again.' };
  }
  return { ok: true, orders: new Map(orderedIds.map((id, index) => [id, index])) };
}

/** Moves one item up or down among the active items of its scope; returns the new order of ids. */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const index = ids.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ids.length) return [...ids];
  const copy = [...ids];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

// ---- Risk flags on items ----

/** The brief's flags that bear on this item (for example money flags on "Figures double-checked"). */
export function flagsForItem(item: Pick<BriefChecklistItem, 'builtInKey'>, flags: readonly RiskFlag[]): RiskFlag[] {
  const kinds = builtInItem(item.builtInKey)?.flagKinds ?? [];
  return flags.filter((f) => kinds.includes(f.kind));
}

/** What the VA reads when "Start work" is refused. */
export function startBlockedMessage(problem: 'open-items' | 'reason-too-short', openItems: readonly Pick<ChecklistViewItem, 'label'>[]): string {
  if (problem === 'reason-too-short') {
    return 'Please say a little more about why you are starting before these checks are done.';
  }
  const list = openItems.map((i) => i.label).join('; ');
  const noun = openItems.length === 1 ? 'this required check' : `these ${openItems.length} required checks`;
  return `Before you start work, finish ${noun}: ${list}. Or start anyway and give your reason.`;
}
