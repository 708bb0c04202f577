// Builders for generated records: each goes through the model's schema, so defaults added by other
// features (checklists, fix tasks…) are filled in exactly as a stored file would have them.
import { brief, type Brief, type BriefStatus } from '../../../shared/model/brief';
import { client, type Client, defaultClientFields } from '../../../shared/model/client';
import { emptyAnswers, incident, type Incident, type IncidentCause, type IncidentScreen } from '../../../shared/model/incident';
import { paperTrailEntry, type PaperTrailEntry } from '../../../shared/model/paperTrail';

let counter = 0;
export const nextId = (prefix: string) => `${prefix}-${(counter += 1)}`;
const AT = '2026-03-02T10:00:00.000Z';

export function makeClient(name: string, extra: { conformityDays?: number; id?: string; trashed?: boolean } = {}): Client {
  const fields = defaultClientFields(extra.conformityDays ?? 3);
  return client.parse({
    ...fields,
    name,
    id: extra.id ?? nextId('client'),
    createdAt: AT,
    updatedAt: AT,
    trashedAt: extra.trashed ? AT : null,
    trashBatchId: null,
  });
}

export interface BriefExtra {
  status?: BriefStatus;
  deliveredOn?: string | null;
  deadline?: string | null;
  startedAt?: string | null;
  override?: { reason: string; at: string; openItems?: string[] } | null;
  summary?: string;
  trashed?: boolean;
}

export function makeBrief(owner: Client, title: string, extra: BriefExtra = {}): Brief {
  const startedAt = extra.startedAt ?? null;
  return brief.parse({
    id: nextId('brief'),
    clientId: owner.id,
    title,
    summary: extra.summary ?? '',
    deliverables: '',
    doneCriteria: '',
    inScope: '',
    outOfScope: '',
    deadline: extra.deadline ?? null,
    status: extra.status ?? 'draft',
    deliveredOn: extra.deliveredOn ?? null,
    snapshots: startedAt
      ? [
          {
            kind: 'started',
            takenAt: startedAt,
            fields: { title, summary: '', deliverables: '', doneCriteria: '', inScope: '', outOfScope: '', deadline: null },
          },
        ]
      : [],
    checklist: { items: [], override: extra.override ? { openItems: [], ...extra.override } : null, confirmedEntryId: null },
    createdAt: AT,
    updatedAt: AT,
    trashedAt: extra.trashed ? AT : null,
    trashBatchId: null,
  });
}

export interface IncidentExtra {
  client?: Client | null;
  brief?: Brief | null;
  description?: string;
  reportedOn?: string | null;
  createdAt?: string;
  closedAt?: string | null;
  cause?: IncidentCause | null;
  lesson?: string;
  screen?: IncidentScreen;
  fixTasks?: { label: string; done: boolean }[];
  trashed?: boolean;
}

export function makeIncident(extra: IncidentExtra = {}): Incident {
  const answers = emptyAnswers();
  answers.happened.clientId = extra.client?.id ?? null;
  answers.happened.briefId = extra.brief?.id ?? null;
  answers.happened.description = extra.description ?? 'Sent the newsletter to the wrong list';
  answers.happened.reportedOn = extra.reportedOn ?? null;
  answers.close.cause = extra.cause ?? null;
  answers.close.lesson = extra.lesson ?? '';
  const createdAt = extra.createdAt ?? AT;
  const closedAt = extra.closedAt ?? null;
  return incident.parse({
    id: nextId('incident'),
    createdAt,
    updatedAt: closedAt ?? createdAt,
    trashedAt: extra.trashed ? AT : null,
    trashBatchId: null,
    status: closedAt ? 'closed' : 'open',
    closedAt,
    currentScreen: extra.screen ?? (closedAt ? 'close.lesson' : 'happened.who'),
    completedScreens: [],
    answers,
    fixTasks: (extra.fixTasks ?? []).map((t) => ({ id: nextId('task'), createdAt, label: t.label, doneAt: t.done ? createdAt : null })),
  });
}

export function makeEntry(owner: Client, about: Brief | null, words: string, extra: { trashed?: boolean } = {}): PaperTrailEntry {
  return paperTrailEntry.parse({
    id: nextId('entry'),
    clientId: owner.id,
    briefId: about?.id ?? null,
    correctsId: null,
    receivedAt: AT,
    channel: 'email',
    words,
    sourceRef: 'Gmail',
    confirmedInWriting: false,
    createdAt: AT,
    trashedAt: extra.trashed ? AT : null,
    trashBatchId: null,
  });
}
