// Finds records by id in the document's lists without scanning them on every save: a remembered
// position is checked (`list[i].id === id`) and the list is scanned again only when it has moved.
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/** Where each id is in `list` now; ids not found are absent from the result (removed records). */
export function locateRecords(list: readonly { id: string }[], ids: Iterable<string>): Map<string, number> {
  const found = new Map<string, number>();
  let known = positions.get(list);
  const missing: string[] = [];
  for (const id of ids) {
    const i = known?.get(id);
    if (i !== undefined && list[i]?.id === id) found.set(id, i);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  // New records are pushed at the end: look there first before scanning the whole list.
  const unresolved = new Set(missing);
  for (let i = list.length - 1; i >= Math.max(0, list.length - 64) && unresolved.size > 0; i--) {
    const id = list[i]?.id;
    if (id !== undefined && unresolved.delete(id)) {
      found.set(id, i);
      known?.set(id, i);
    }
  }
  if (unresolved.size === 0) return found;
  known = new Map();
  for (let i = 0; i < list.length; i++) {
    const id = list[i]?.id;
    if (id !== undefined) known.set(id, i);
  }
  positions.set(list, known);
  for (const id of unresolved) {
    const i = known.get(id);
    if (i !== undefined) found.set(id, i);
  }
  return found;
}
