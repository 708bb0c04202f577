// A realistic data document for `years` of a VA's work (ten years: 50 clients, 12,000 briefs,
// 36,000 paper-trail entries, 600 incidents, templates and checklists), deterministic from a seed.
// Every record goes through the real schemas, so the benchmark opens data the app would accept.
import { builtInTemplateItems } from '../../shared/domain/checklistBuiltIns';
import { type Brief, briefStatus } from '../../shared/model/brief';
import type { Client } from '../../shared/model/client';
import { type DataDocument, dataDocument, SCHEMA_VERSION } from '../../shared/model/document';
import { emptyAnswers, incident, incidentScreens, type Incident } from '../../shared/model/incident';
import type { paperTrailEntry } from '../../shared/model/paperTrail';
import type { z } from 'zod';
import { storedTemplate, templateChannel, templateSituation } from '../../shared/model/template';
import * as text from './textBank';

export const DEFAULT_SEED = 20_261_122;
const END = Date.parse('2026-03-01T17:00:00.000Z');
const YEAR_MS = 365.25 * 86_400_000;

export interface GeneratedCounts {
  clients: number;
  briefs: number;
  paperTrail: number;
  incidents: number;
  templates: number;
  checklistTemplate: number;
}

/** Ten years is the reference: 1,200 briefs, 3,600 paper-trail entries and 60 incidents a year. */
export function countsFor(years: number): GeneratedCounts {
  const scale = years / 10;
  return {
    clients: Math.min(50, Math.max(3, Math.round(50 * scale))),
    briefs: Math.max(1, Math.round(12_000 * scale)),
    paperTrail: Math.max(1, Math.round(36_000 * scale)),
    incidents: Math.max(1, Math.round(600 * scale)),
    templates: Math.max(2, Math.round(40 * scale)),
    checklistTemplate: 10 + Math.max(1, Math.round(30 * scale)),
  };
}

export function generateDocument(years: number, seed = DEFAULT_SEED): DataDocument {
  const r = text.seededRandom(seed);
  const counts = countsFor(years);
  const start = END - years * YEAR_MS;
  /** A time in the span, `fraction` of the way through it, give or take a little. */
  const at = (fraction: number, jitterMs = 3 * 86_400_000) =>
    new Date(Math.min(END, Math.max(start, start + fraction * (END - start) + (r.next() - 0.5) * jitterMs)));
  const iso = (d: Date) => d.toISOString();
  const day = (d: Date) => d.toISOString().slice(0, 10);

  const clients: Client[] = Array.from({ length: counts.clients }, (_, i) => {
    const first = r.pick(text.firstNames);
    const created = iso(at((i / counts.clients) * 0.5));
    return {
      name: `${first} ${r.pick(text.lastNames)}`,
      business: r.pick(text.businesses),
      email: `${first.toLowerCase()}${i}@example.com`,
      phone: `+44 7700 900${String(100 + i).slice(-3)}`,
      preferredChannel: r.pick(['email', 'phone', 'chat', 'video'] as const),
      timezone: r.pick(text.timezones),
      contract: {
        conformityDays: r.int(2, 10),
        hourlyRate: r.int(25, 60),
        currency: 'GBP',
        outOfScopeBilling: r.pick(['hourly', 'quote-first', 'fixed-fee', 'not-billed'] as const),
      },
      notes: r.sentences(text.briefSentences, 1, 3),
      id: r.uuid(),
      createdAt: created,
      updatedAt: created,
      trashedAt: null,
      trashBatchId: null,
    };
  });

  const checklistTemplate = builtInTemplateItems();
  for (let i = checklistTemplate.length; i < counts.checklistTemplate; i++) {
    const created = iso(at(r.next()));
    checklistTemplate.push({
      id: r.uuid(),
      scope: { kind: 'client', clientId: r.pick(clients).id },
      builtInKey: null,
      label: `Check the ${r.pick(['style guide', 'shared folder', 'price list', 'calendar', 'signature'])} before sending`,
      why: 'This client noticed it last time.',
      clientQuestion: '',
      requiredBeforeStart: r.chance(0.3),
      order: i,
      version: 1,
      createdAt: created,
      updatedAt: created,
      retiredAt: null,
    });
  }

  const briefs: Brief[] = Array.from({ length: counts.briefs }, (_, i) => {
    const created = at(i / counts.briefs);
    const client = r.pick(clients);
    const status = i > counts.briefs - 40 ? r.pick(briefStatus.options) : r.pick(['accepted', 'accepted', 'delivered', 'cancelled'] as const);
    const fields = {
      title: r.pick(text.briefTitles),
      summary: r.sentences(text.briefSentences, 1, 2),
      deliverables: r.sentences(text.briefSentences, 0, 1),
      doneCriteria: r.chance(0.3) ? r.pick(text.briefSentences) : '',
      inScope: '',
      outOfScope: r.chance(0.2) ? r.pick(text.briefSentences) : '',
      deadline: day(new Date(created.getTime() + r.int(1, 14) * 86_400_000)),
    };
    const delivered = status === 'delivered' || status === 'accepted';
    const updated = iso(new Date(created.getTime() + r.int(1, 20) * 3_600_000));
    // Checklists arrived in the app's later years: older briefs carry none, as in a real file.
    const withChecklist = i >= counts.briefs * 0.96;
    return {
      ...fields,
      id: r.uuid(),
      createdAt: iso(created),
      updatedAt: updated,
      trashedAt: null,
      trashBatchId: null,
      clientId: client.id,
      status,
      deliveredOn: delivered ? fields.deadline : null,
      snapshots: delivered && withChecklist ? [{ kind: 'started' as const, takenAt: updated, fields }] : [],
      checklist: {
        items: checklistTemplate.slice(0, withChecklist ? r.int(4, 8) : 0).map((t) => ({
          id: t.id,
          source: 'global' as const,
          templateVersion: 1,
          builtInKey: t.builtInKey,
          label: t.label,
          why: t.why,
          clientQuestion: t.clientQuestion,
          requiredBeforeStart: t.requiredBeforeStart,
          state: delivered ? ('done' as const) : r.pick(['open', 'done', 'not-needed'] as const),
          answer: r.chance(0.3) ? r.pick(text.trailSentences) : '',
          updatedAt: delivered ? updated : null,
        })),
        override: null,
        confirmedEntryId: null,
      },
      figureChecks: r.chance(0.1) ? [{ value: r.int(10, 2000), phrase: '£250', checkedAt: updated }] : [],
    };
  });

  // Input types: fields the model gives a default (added by later features) are filled in by the parse at the end.
  const paperTrail: z.input<typeof paperTrailEntry>[] = Array.from({ length: counts.paperTrail }, (_, i) => {
    const brief = briefs[Math.min(briefs.length - 1, Math.floor((i / counts.paperTrail) * briefs.length))]!;
    const received = new Date(Math.min(END, Date.parse(brief.createdAt) + r.int(0, 72) * 3_600_000));
    return {
      receivedAt: iso(received),
      channel: r.pick(['email', 'phone', 'chat', 'video', 'in-person', 'other'] as const),
      words: r.chance(0.2) ? r.sentences(text.trailSentences, 2, 2) : r.pick(text.trailSentences),
      sourceRef: r.chance(0.3) ? `Email of ${day(received)}` : '',
      confirmedInWriting: r.chance(0.4),
      id: r.uuid(),
      clientId: brief.clientId,
      briefId: r.chance(0.9) ? brief.id : null,
      correctsId: null,
      createdAt: iso(received),
      trashedAt: null,
      trashBatchId: null,
    };
  });

  const incidents: Incident[] = Array.from({ length: counts.incidents }, (_, i) =>
    incidentRecord(r, briefs[Math.floor((i / counts.incidents) * briefs.length)]!, iso),
  );

  const templates = Array.from({ length: counts.templates }, () => {
    const created = iso(at(r.next()));
    return storedTemplate.parse({
      name: `My ${r.pick(['apology', 'check-in', 'scope question', 'follow-up'])} ${r.int(1, 99)}`,
      situation: r.pick(templateSituation.options),
      channel: r.pick(templateChannel.options),
      subject: 'A quick note about your task',
      body: r.pick(text.templateBodies),
      id: r.uuid(),
      createdAt: created,
      updatedAt: created,
      trashedAt: null,
      trashBatchId: null,
      builtInId: null,
    });
  });

  return dataDocument.parse({ schemaVersion: SCHEMA_VERSION, clients, briefs, paperTrail, checklistTemplate, incidents, templates });
}

function incidentRecord(r: text.Random, brief: Brief, iso: (d: Date) => string): Incident {
  const started = new Date(Date.parse(brief.updatedAt) + r.int(1, 48) * 3_600_000);
  const closed = r.chance(0.9);
  const answers = emptyAnswers();
  answers.pause.outcome = 'completed';
  Object.assign(answers.happened, {
    clientId: brief.clientId,
    briefId: brief.id,
    description: r.pick(text.incidentDescriptions),
    happenedOn: started.toISOString().slice(0, 10),
    spottedBy: r.pick(['me', 'client', 'someone-else'] as const),
    impacts: ['deadline'],
    severity: r.pick(['low', 'medium', 'high'] as const),
    harmOngoing: false,
  });
  answers.close = {
    resolution: 'Fixed and confirmed with the client.',
    cause: 'rushed',
    causeDetail: '',
    lesson: 'Slow down before sending to a list.',
    resolvedOn: null,
  };
  const timeline = Array.from({ length: r.int(6, 12) }, (_, k) => ({
    id: r.uuid(),
    at: iso(new Date(started.getTime() + k * 900_000)),
    kind: r.pick(['step', 'contain', 'call', 'apology', 'time', 'prevention'] as const),
    step: null,
    text: r.pick(text.timelineTexts),
  }));
  const end = iso(new Date(started.getTime() + 4 * 3_600_000));
  // Parsed through the schema so the defaults and the rules are the app's own.
  return incident.parse({
    id: r.uuid(),
    createdAt: iso(started),
    updatedAt: end,
    trashedAt: null,
    trashBatchId: null,
    status: closed ? 'closed' : 'open',
    closedAt: closed ? end : null,
    currentScreen: closed ? 'close.lesson' : r.pick(incidentScreens),
    completedScreens: closed ? incidentScreens : [],
    answers,
    timeEntries: [{ id: r.uuid(), at: end, minutes: r.int(10, 120), note: 'Fixing it', removedAt: null }],
    timeline,
  });
}
