// Search everywhere, the pure parts: which text of each record is searchable, how terms are normalised,
// the snippet shown under a hit and how matching words are split out for highlighting. The index itself
// lives in the core (electron/core/features/searchIndex.ts); the renderer only draws what comes back.
import type { Brief } from '../model/brief';
import type { Client } from '../model/client';
import type { Incident } from '../model/incident';
import type { PaperTrailEntry } from '../model/paperTrail';
import type { StoredTemplate, TemplateFields } from '../model/template';

export const searchKinds = ['client', 'brief', 'paperTrail', 'incident', 'template'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchTarget {
  area: 'clients' | 'briefs' | 'incidents' | 'templates';
  id: string;
}

export interface SearchDoc {
  /** `kind:recordId`, unique across kinds. */
  id: string;
  kind: SearchKind;
  title: string;
  /** Who or what it belongs to: the client's name, the brief's title. Shown and searched. */
  context: string;
  body: string;
  target: SearchTarget;
}

/** A record that may be indexed: `version` changes whenever its searchable text may have changed. */
export interface SearchSource {
  id: string;
  version: string;
  build: () => SearchDoc;
}

export interface SearchSourceData {
  clients: readonly Client[];
  briefs: readonly Brief[];
  paperTrail: readonly PaperTrailEntry[];
  incidents?: readonly Incident[];
  templates?: readonly StoredTemplate[];
  /** Built-in templates (from code), each with its stable id. */
  builtInTemplates?: readonly (TemplateFields & { id: string })[];
}

/** Same tokens as minisearch's default tokenizer: split on white space and punctuation. */
export const TOKEN_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** Lower case without accents, so "cafe" finds "Café". Used for indexing, querying and highlighting. */
export function normaliseTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('en-GB');
}

const join = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
const firstLine = (text: string, max = 90) => {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
};

/** Every live record as a search source. Versions include the names a document borrows from its client or brief. */
export function searchSources(data: SearchSourceData): SearchSource[] {
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const briefs = new Map(data.briefs.map((b) => [b.id, b]));
  const liveClient = (id: string | null) => (id === null ? undefined : clients.get(id));
  const sources: SearchSource[] = [];

  for (const c of data.clients) {
    if (c.trashedAt !== null) continue;
    sources.push({
      id: `client:${c.id}`,
      version: c.updatedAt,
      build: () => ({ id: `client:${c.id}`, kind: 'client', title: c.name, context: c.business, body: join(c.email, c.phone, c.timezone, c.notes), target: { area: 'clients', id: c.id } }),
    });
  }
  for (const b of data.briefs) {
    const client = liveClient(b.clientId);
    if (b.trashedAt !== null || client === undefined || client.trashedAt !== null) continue;
    sources.push({
      id: `brief:${b.id}`,
      version: `${b.updatedAt}|${client.updatedAt}`,
      build: () => ({
        id: `brief:${b.id}`,
        kind: 'brief',
        title: b.title,
        context: client.name,
        body: join(b.summary, b.deliverables, b.doneCriteria, b.inScope, b.outOfScope),
        target: { area: 'briefs', id: b.id },
      }),
    });
  }
  for (const e of data.paperTrail) {
    const client = liveClient(e.clientId);
    const brief = e.briefId === null ? undefined : briefs.get(e.briefId);
    if (e.trashedAt !== null || client === undefined || client.trashedAt !== null || (brief !== undefined && brief.trashedAt !== null)) continue;
    sources.push({
      id: `paperTrail:${e.id}`,
      version: `${e.createdAt}|${client.updatedAt}|${brief?.updatedAt ?? ''}`,
      build: () => ({
        id: `paperTrail:${e.id}`,
        kind: 'paperTrail',
        title: brief?.title ?? client.name,
        context: join(brief ? client.name : null, e.sourceRef).replace(/\n/g, ' · '),
        body: e.words,
        target: brief ? { area: 'briefs', id: brief.id } : { area: 'clients', id: client.id },
      }),
    });
  }
  for (const i of data.incidents ?? []) {
    if (i.trashedAt !== null) continue;
    const h = i.answers?.happened;
    const client = liveClient(h?.clientId ?? null);
    const brief = h?.briefId ? briefs.get(h.briefId) : undefined;
    const close = i.answers?.close;
    sources.push({
      id: `incident:${i.id}`,
      version: `${i.updatedAt}|${client?.updatedAt ?? ''}|${brief?.updatedAt ?? ''}`,
      build: () => ({
        id: `incident:${i.id}`,
        kind: 'incident',
        title: firstLine(h?.description ?? '') || 'An incident with no description yet',
        context: join(client?.name, brief?.title).replace(/\n/g, ' · '),
        body: join(h?.description, close?.resolution, close?.causeDetail, close?.lesson, ...(i.apologies ?? []).map((a) => a.text), ...(i.fixTasks ?? []).map((t) => t.label)),
        target: { area: 'incidents', id: i.id },
      }),
    });
  }
  const stored = (data.templates ?? []).filter((t) => t.trashedAt === null);
  const overrides = new Map(stored.filter((t) => t.builtInId !== null).map((t) => [t.builtInId!, t]));
  const template = (id: string, version: string, t: TemplateFields): SearchSource => ({
    id: `template:${id}`,
    version,
    build: () => ({ id: `template:${id}`, kind: 'template', title: t.name, context: '', body: join(t.subject, t.body), target: { area: 'templates', id } }),
  });
  for (const b of data.builtInTemplates ?? []) {
    const o = overrides.get(b.id);
    sources.push(o ? template(b.id, o.updatedAt, o) : template(b.id, 'built-in', b));
  }
  for (const t of stored) if (t.builtInId === null) sources.push(template(t.id, t.updatedAt, t));
  return sources;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** The words of `text` (the runs between separators) with where each starts. */
function wordsOf(text: string): { word: string; index: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
}
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Splits text into runs, marking the words whose normalised form is one of `terms`. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (text === '') return [];
  const wanted = new Set(terms.map(normaliseTerm));
  const parts: TextPart[] = [];
  const push = (chunk: string, match: boolean) => {
    if (chunk === '') return;
    const prev = parts[parts.length - 1];
    if (prev && prev.match === match) prev.text += chunk;
    else parts.push({ text: chunk, match });
  };
  let last = 0;
  for (const { word, index } of wordsOf(text)) {
    push(text.slice(last, index), false);
    push(word, wanted.has(normaliseTerm(word)));
    last = index + word.length;
  }
  push(text.slice(last), false);
  return parts;
}

/** A short excerpt of `text` around the first matching word, on word boundaries, with ellipses where cut. */
export function snippetAround(text: string, terms: readonly string[], max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const wanted = new Set(terms.map(normaliseTerm));
  const at = wordsOf(flat).find((w) => wanted.has(normaliseTerm(w.word)))?.index ?? 0;
  let start = Math.max(0, at - Math.floor(max / 3));
  if (start > 0) {
    // Start on a word boundary, never after the match.
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : at;
  }
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
