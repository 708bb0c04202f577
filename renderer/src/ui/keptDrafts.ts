// Drafts the core refused (or that were still on their way) when the VA left a form, kept in memory by record,
// so coming back shows exactly what was typed with the reason it was not saved. Lives as long as the window.

export interface KeptDraft {
  draft: unknown;
  errors: Record<string, string>;
  message: string | null;
}

const kept = new Map<string, KeptDraft>();

export function keepDraft(key: string, value: KeptDraft): void {
  kept.set(key, value);
}

export function keptDraft(key: string): KeptDraft | undefined {
  return kept.get(key);
}

/** Forgets the kept draft once it is saved; `onlyIf` leaves a newer draft for the same record alone. */
export function forgetDraft(key: string, onlyIf?: unknown): void {
  const current = kept.get(key);
  if (current === undefined) return;
  if (onlyIf === undefined || current.draft === onlyIf) kept.delete(key);
}

/** How many forms hold a refused draft right now (for tests and the leave guard). */
export function keptDraftCount(): number {
  return kept.size;
}
