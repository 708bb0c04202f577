// The change journal (`steadyhand.journal`): one line per durable write, beside the lowdb snapshot.
//
// Line format: `<crc32 of the JSON, 8 hex digits> <JSON>\n`. The first line is a header naming the
// snapshot it extends (its SHA-256 and size), so a journal is never applied to another snapshot
// (one restored by hand, or written by a compaction cut short). Every other line is a batch of
// operations on whole records, which are idempotent: put (by id, at its index), del (by id), set
// (a whole top-level field). A line whose checksum fails, or that has no newline yet, is where the
// journal ends: a write cut short by a crash or a power cut is never acknowledged, so nothing
// acknowledged is ever after it.
import { isDeepStrictEqual } from 'node:util';
import type { ChangeSet } from './changeSet';
import { crc32 } from './crc32';
import { locateRecords } from './recordIndex';

export const JOURNAL_FILE = 'steadyhand.journal';
/**
 * A full snapshot renames the journal it is folding in to this name first, and removes it once the
 * new snapshot is in place. Found at open, it is still the live journal if its header names the data
 * file there (the snapshot never landed), and superseded otherwise.
 */
export const PREVIOUS_JOURNAL_FILE = 'steadyhand.journal.previous';
const FORMAT = 1;

export interface JournalHeader {
  steadyhandJournal: number;
  /** SHA-256 (hex) and byte size of the snapshot this journal extends. */
  base: string;
  baseBytes: number;
}

export type JournalOp = { k: string; id: string; at: number; put: unknown } | { k: string; del: string } | { k: string; set: unknown };

export interface JournalBatch {
  ops: JournalOp[];
}

export interface ReadJournal {
  header: JournalHeader | null;
  batches: JournalBatch[];
  /** Bytes after the last good line: a write cut short (harmless) or damage (kept aside by the caller). */
  trailing: 'none' | 'torn-final-line' | 'damaged';
}

function line(value: unknown): string {
  const json = JSON.stringify(value);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

export function encodeHeader(base: string, baseBytes: number): string {
  return line({ steadyhandJournal: FORMAT, base, baseBytes } satisfies JournalHeader);
}

/** The batch for these changes, read from the document as it is now; null when there is nothing to write. */
export function encodeBatch(changes: ChangeSet, doc: Record<string, unknown>): string | null {
  const ops: JournalOp[] = [];
  const puts: Extract<JournalOp, { put: unknown }>[] = [];
  for (const field of changes.fields) ops.push({ k: field, set: doc[field] ?? null });
  for (const [collection, ids] of changes.records) {
    if (changes.fields.has(collection)) continue;
    const records = doc[collection];
    if (!Array.isArray(records)) {
      ops.push({ k: collection, set: records ?? null });
      continue;
    }
    const found = locateRecords(records as { id: string }[], ids);
    for (const id of ids) {
      const at = found.get(id);
      if (at === undefined) ops.push({ k: collection, del: id });
      else puts.push({ k: collection, id, at, put: records[at] });
    }
  }
  // Removals first, then records in the order of their final places: replaying then rebuilds each
  // list in exactly the order it has in memory.
  puts.sort((a, b) => a.at - b.at);
  ops.push(...puts);
  return ops.length === 0 ? null : line({ ops } satisfies JournalBatch);
}

export function readJournal(bytes: Uint8Array): ReadJournal {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let header: JournalHeader | null = null;
  const batches: JournalBatch[] = [];
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    if (end < 0) return { header, batches, trailing: tail(text, at, 'torn-final-line') };
    const parsed = parseLine(text.slice(at, end));
    if (parsed === undefined) {
      // A bad line is only harmless as the very last thing in the file.
      return { header, batches, trailing: tail(text, end + 1, 'damaged') === 'none' ? 'torn-final-line' : 'damaged' };
    }
    if (header === null) {
      if (!isHeader(parsed)) return { header, batches, trailing: 'damaged' };
      header = parsed;
    } else if (isBatch(parsed)) {
      batches.push(parsed);
    } else {
      return { header, batches, trailing: 'damaged' };
    }
    at = end + 1;
  }
  return { header, batches, trailing: 'none' };
}

function tail(text: string, from: number, kind: ReadJournal['trailing']): ReadJournal['trailing'] {
  // A power cut can leave NUL or blank bytes where an append never landed.
  return text.slice(from).replace(/[\s\0]/g, '').length === 0 ? 'none' : kind;
}

function parseLine(raw: string): unknown {
  const space = raw.indexOf(' ');
  if (space !== 8) return undefined;
  const json = raw.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== raw.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function isHeader(v: unknown): v is JournalHeader {
  const h = v as Partial<JournalHeader> | null;
  return typeof h === 'object' && h !== null && h.steadyhandJournal === FORMAT && typeof h.base === 'string' && typeof h.baseBytes === 'number';
}

function isBatch(v: unknown): v is JournalBatch {
  const b = v as Partial<JournalBatch> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    Array.isArray(b.ops) &&
    b.ops.every((op) => typeof op === 'object' && op !== null && typeof (op as { k?: unknown }).k === 'string')
  );
}

/** Replays batches onto a parsed (not yet validated) document, in place. */
export function applyBatches(doc: Record<string, unknown>, batches: readonly JournalBatch[]): void {
  const indexes = new Map<string, Map<string, number> | null>();
  const indexOf = (key: string, list: { id: string }[]) => {
    let index = indexes.get(key);
    if (index === undefined || index === null) {
      index = new Map(list.map((r, i) => [r?.id, i]));
      indexes.set(key, index);
    }
    return index;
  };
  for (const { ops } of batches) {
    for (const op of ops) {
      if ('set' in op) {
        doc[op.k] = op.set;
        indexes.delete(op.k);
        continue;
      }
      if (!Array.isArray(doc[op.k])) doc[op.k] = [];
      const list = doc[op.k] as { id: string }[];
      const index = indexOf(op.k, list);
      if ('del' in op) {
        const i = index.get(op.del);
        if (i === undefined) continue;
        list.splice(i, 1);
        indexes.set(op.k, null);
      } else {
        const i = index.get(op.id);
        if (i !== undefined) {
          list[i] = op.put as { id: string };
        } else if (op.at >= list.length) {
          index.set(op.id, list.length);
          list.push(op.put as { id: string });
        } else {
          list.splice(Math.max(0, op.at), 0, op.put as { id: string });
          indexes.set(op.k, null);
        }
      }
    }
  }
}

/**
 * True when the document already holds the result of every batch: the journal of a compaction
 * that was cut after the new snapshot landed and before the journal was started afresh.
 */
export function isContainedIn(doc: Record<string, unknown>, batches: readonly JournalBatch[]): boolean {
  const last = new Map<string, JournalOp>();
  for (const { ops } of batches) for (const op of ops) last.set('set' in op ? `${op.k}` : `${op.k}\u0000${'del' in op ? op.del : op.id}`, op);
  for (const op of last.values()) {
    if ('set' in op) {
      if (!isDeepStrictEqual(doc[op.k], op.set)) return false;
      continue;
    }
    const list = Array.isArray(doc[op.k]) ? (doc[op.k] as { id: string }[]) : [];
    const id = 'del' in op ? op.del : op.id;
    const found = list.find((r) => r?.id === id);
    if ('del' in op ? found !== undefined : !isDeepStrictEqual(found, op.put)) return false;
  }
  return true;
}
