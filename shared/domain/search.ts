// Search everywhere, the pure parts: which text of each record is searchable, how terms are normalised,
// the snippet shown under a hit and how matching words are split out for highlighting. The index itself
// lives in the core (electron/core/search/searchIndex.ts); the renderer only draws what comes back.
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

/**
 * Hears each live record as the data is walked: its kind and its own id (so an index can key on the record's id
 * string without building `kind:id`), its version, how to build its document, and where it sits in its kind's list
 * (a hint for finding it again with `findSearchDoc`).
 */
export type SearchSourceVisitor = (kind: SearchKind, recordId: string, version: string, build: () => SearchDoc, position: number) => void;

/** Words are split on white space and punctuation (as MiniSearch's default tokenizer did, which the index replaced). */
export const TOKEN_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

const PLAIN_ASCII = /^[\x21-\x5d\x5f\x61-\x7e]*$/;

/** Lower case without accents, so "cafe" finds "Café". Used for indexing, querying and highlighting. */
export function normaliseTerm(term: string): string {
  // Most words are plain ASCII, where only the case can change (^ and ` are diacritics, so they take the long way).
  // The long way costs about a microsecond a word, which adds up across ten years of text.
  if (PLAIN_ASCII.test(term)) return term.toLowerCase();
  return term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en-GB');
}

/** The normalised words of a text, as the index stores them and a query looks them up. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.split(TOKEN_SEPARATOR)) {
    const term = normaliseTerm(token);
    if (term !== '') terms.push(term);
  }
  return terms;
}

const join = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
const firstLine = (text: string, max = 90) => {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
};

/** How a record finds the client or brief it borrows names from. */
interface Lookups {
  client: (id: string | null) => Client | undefined;
  brief: (id: string | null) => Brief | undefined;
}

/** A live record's version and document; undefined when the record is not searchable (trashed, or its owner is). */
type Described = { version: string; build: () => SearchDoc } | undefined;

function describeClient(c: Client): Described {
  if (c.trashedAt !== null) return undefined;
  return {
    version: c.updatedAt,
    build: () => ({
      id: `client:${c.id}`,
      kind: 'client',
      title: c.name,
      context: c.business,
      body: join(c.email, c.phone, c.timezone, c.notes),
      target: { area: 'clients', id: c.id },
    }),
  };
}

function describeBrief(b: Brief, look: Lookups): Described {
  const client = look.client(b.clientId);
  if (b.trashedAt !== null || client === undefined || client.trashedAt !== null) return undefined;
  return {
    version: `${b.updatedAt}|${client.updatedAt}`,
    build: () => ({
      id: `brief:${b.id}`,
      kind: 'brief',
      title: b.title,
      context: client.name,
      body: join(b.summary, b.deliverables, b.doneCriteria, b.inScope, b.outOfScope),
      target: { area: 'briefs', id: b.id },
    }),
  };
}

function describeEntry(e: PaperTrailEntry, look: Lookups): Described {
  const client = look.client(e.clientId);
  const brief = look.brief(e.briefId);
  if (e.trashedAt !== null || client === undefined || client.trashedAt !== null || (brief !== undefined && brief.trashedAt !== null)) return undefined;
  return {
    version: `${e.createdAt}|${client.updatedAt}|${brief?.updatedAt ?? ''}`,
    build: () => ({
      id: `paperTrail:${e.id}`,
      kind: 'paperTrail',
      title: brief?.title ?? client.name,
      context: join(brief ? client.name : null, e.sourceRef).replace(/\n/g, ' · '),
      body: e.words,
      target: brief ? { area: 'briefs', id: brief.id } : { area: 'clients', id: client.id },
    }),
  };
}

function describeIncident(i: Incident, look: Lookups): Described {
  if (i.trashedAt !== null) return undefined;
  const h = i.answers?.happened;
  const client = look.client(h?.clientId ?? null);
  const brief = h?.briefId ? look.brief(h.briefId) : undefined;
  const close = i.answers?.close;
  return {
    version: `${i.updatedAt}|${client?.updatedAt ?? ''}|${brief?.updatedAt ?? ''}`,
    build: () => ({
      id: `incident:${i.id}`,
      kind: 'incident',
      title: firstLine(h?.description ?? '') || 'An incident with no description yet',
      context: join(client?.name, brief?.title).replace(/\n/g, ' · '),
      body: join(
        h?.description,
        close?.resolution,
        close?.causeDetail,
        close?.lesson,
        ...(i.apologies ?? []).map((a) => a.text),
        ...(i.fixTasks ?? []).map((t) => t.label),
      ),
      target: { area: 'incidents', id: i.id },
    }),
  };
}

/** Built-ins (or the VA's edited copy of one) first, then the VA's own templates; there are only a few dozen. */
function visitTemplates(data: SearchSourceData, visit: SearchSourceVisitor): void {
  const template = (id: string, version: string, t: TemplateFields, position: number) =>
    visit(
      'template',
      id,
      version,
      () => ({ id: `template:${id}`, kind: 'template', title: t.name, context: '', body: join(t.subject, t.body), target: { area: 'templates', id } }),
      position,
    );
  const stored = (data.templates ?? []).filter((t) => t.trashedAt === null);
  const overrides = new Map(stored.filter((t) => t.builtInId !== null).map((t) => [t.builtInId!, t]));
  (data.builtInTemplates ?? []).forEach((b, position) => {
    const o = overrides.get(b.id);
    if (o) template(b.id, o.updatedAt, o, position);
    else template(b.id, 'built-in', b, position);
  });
  stored.forEach((t, position) => {
    if (t.builtInId === null) template(t.id, t.updatedAt, t, position);
  });
}

/** Walks every live record without building a list of sources, so an index refresh leaves little behind. */
export function visitSearchSources(data: SearchSourceData, visit: SearchSourceVisitor): void {
  const clients = new Map(data.clients.map((c) => [c.id, c]));
  const briefs = new Map(data.briefs.map((b) => [b.id, b]));
  const look: Lookups = { client: (id) => (id === null ? undefined : clients.get(id)), brief: (id) => (id === null ? undefined : briefs.get(id)) };
  const each = <T extends { id: string }>(kind: SearchKind, list: readonly T[], describe: (record: T) => Described) =>
    list.forEach((record, position) => {
      const d = describe(record);
      if (d !== undefined) visit(kind, record.id, d.version, d.build, position);
    });
  each('client', data.clients, describeClient);
  each('brief', data.briefs, (b) => describeBrief(b, look));
  each('paperTrail', data.paperTrail, (e) => describeEntry(e, look));
  each('incident', data.incidents ?? [], (i) => describeIncident(i, look));
  visitTemplates(data, visit);
}

/** Every live record as a search source. Versions include the names a document borrows from its client or brief. */
export function searchSources(data: SearchSourceData): SearchSource[] {
  const sources: SearchSource[] = [];
  visitSearchSources(data, (kind, recordId, version, build) => sources.push({ id: `${kind}:${recordId}`, version, build }));
  return sources;
}

/**
 * One record's document, built from the current data as `searchSources` would build it; undefined when the record
 * is gone or not searchable. `positionOf` says where a record sat when last seen (the visitor's `position`, or -1),
 * so a search can rebuild its few hits, and the client or brief each borrows from, without scanning the lists.
 */
export function findSearchDoc(
  data: SearchSourceData,
  kind: SearchKind,
  recordId: string,
  positionOf: (kind: SearchKind, recordId: string) => number = () => -1,
): SearchDoc | undefined {
  const at = <T extends { id: string }>(list: readonly T[], kind: SearchKind, id: string) => {
    const hinted = list[positionOf(kind, id)];
    return hinted !== undefined && hinted.id === id ? hinted : list.find((r) => r.id === id);
  };
  const look: Lookups = {
    client: (id) => (id === null ? undefined : at(data.clients, 'client', id)),
    brief: (id) => (id === null ? undefined : at(data.briefs, 'brief', id)),
  };
  let found: Described;
  switch (kind) {
    case 'client': {
      const c = at(data.clients, kind, recordId);
      found = c && describeClient(c);
      break;
    }
    case 'brief': {
      const b = at(data.briefs, kind, recordId);
      found = b && describeBrief(b, look);
      break;
    }
    case 'paperTrail': {
      const e = at(data.paperTrail, kind, recordId);
      found = e && describeEntry(e, look);
      break;
    }
    case 'incident': {
      const i = at(data.incidents ?? [], kind, recordId);
      found = i && describeIncident(i, look);
      break;
    }
    case 'template': {
      let doc: SearchDoc | undefined;
      visitTemplates(data, (_kind, id, _version, build) => {
        if (doc === undefined && id === recordId) doc = build();
      });
      return doc;
    }
  }
  return found?.build();
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
