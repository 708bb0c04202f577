// Operations of the guided incident flow: incidents, their steps and answers, the fix they track and its time.
//
// The flow autosaves each step's answers as they are typed (`saveStep`, lenient: anything may still be
// empty), and `advance` checks the page's answers, writes the timeline and moves on. Everything the VA
// does (containment, calls, the apology, fix steps, time) is appended with its time, never rewritten.
import { z } from 'zod';
import type { TrashReceipt } from './trash';
import { id, isoDateTime } from '../model/common';
import {
  answerDrafts,
  apologyChannel,
  type Incident,
  type IncidentScreen,
  type IncidentStatus,
  type IncidentStep,
  incidentScreen,
  incidentStatus,
  preventionScope,
  pagesNamedFor,
  type Severity,
} from '../model/incident';
import { byId, op } from './op';

export interface IncidentSummary {
  id: string;
  status: IncidentStatus;
  clientId: string | null;
  clientName: string;
  briefId: string | null;
  briefTitle: string;
  description: string;
  severity: Severity | null;
  currentScreen: IncidentScreen;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

const requiredText = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, `${label} is needed.`);

const draft = <S extends IncidentStep, D extends z.ZodType>(step: S, answers: D) => z.object({ id, step: z.literal(step), answers }).strict();
const page = <S extends IncidentStep, D extends z.ZodType, const P extends readonly [string, ...string[]]>(step: S, answers: D, screens: P) =>
  z.object({ id, step: z.literal(step), answers, screen: z.enum(screens, { message: 'That page is not part of this step.' }) }).strict();

/** One entry per step: the step's answers with every field optional (a draft), unknown fields refused. */
const saveStepInput = z.discriminatedUnion('step', [
  draft('pause', answerDrafts.pause),
  draft('happened', answerDrafts.happened),
  draft('contain', answerDrafts.contain),
  draft('paperTrail', answerDrafts.paperTrail),
  draft('remedy', answerDrafts.remedy),
  draft('fixOrAsk', answerDrafts.fixOrAsk),
  draft('talk', answerDrafts.talk),
  draft('apologise', answerDrafts.apologise),
  draft('fix', answerDrafts.fix),
  draft('close', answerDrafts.close),
]);
const advanceInput = z.discriminatedUnion('step', [
  page('pause', answerDrafts.pause, pagesNamedFor('pause')),
  page('happened', answerDrafts.happened, pagesNamedFor('happened')),
  page('contain', answerDrafts.contain, pagesNamedFor('contain')),
  page('paperTrail', answerDrafts.paperTrail, pagesNamedFor('paperTrail')),
  page('remedy', answerDrafts.remedy, pagesNamedFor('remedy')),
  page('fixOrAsk', answerDrafts.fixOrAsk, pagesNamedFor('fixOrAsk')),
  page('talk', answerDrafts.talk, pagesNamedFor('talk')),
  page('apologise', answerDrafts.apologise, pagesNamedFor('apologise')),
  page('fix', answerDrafts.fix, pagesNamedFor('fix')),
  page('close', answerDrafts.close, pagesNamedFor('close')),
]);

export const incidentOperations = {
  list: op(z.object({ status: incidentStatus.optional() }).strict()).returns<IncidentSummary[]>(),
  get: op(byId).returns<Incident>(),
  /** Called when the VA leaves the Pause page: the incident exists from then on, so it survives a restart. */
  start: op(
    z
      .object({
        briefId: id.nullable().optional(),
        clientId: id.nullable().optional(),
        breathing: z.enum(['completed', 'skipped']),
      })
      .strict(),
  ).returns<Incident>(),
  /** Autosave: merges a draft of one step's answers. Nothing is required yet. */
  saveStep: op(saveStepInput).returns<Incident>(),
  /** Saves the page's answers, checks what the page needs (field errors if anything is missing) and moves on. */
  advance: op(advanceInput).returns<Incident>(),
  /** Back, or a jump to a page already answered. The answers stay as they are. */
  goTo: op(z.object({ id, screen: incidentScreen }).strict()).returns<Incident>(),
  logContainment: op(z.object({ id, label: requiredText('The action', 300), note: z.string().max(1_000).default('') }).strict()).returns<Incident>(),
  logCall: op(z.object({ id, outcome: requiredText('What was agreed', 2_000), at: isoDateTime.optional() }).strict()).returns<Incident>(),
  /** Saves the apology as sent to the client's paper trail, and to the incident. */
  markApologySent: op(z.object({ id, text: requiredText('The message', 10_000), channel: apologyChannel }).strict()).returns<Incident>(),
  addFixTask: op(z.object({ id, label: requiredText('The step', 300) }).strict()).returns<Incident>(),
  setFixTaskDone: op(z.object({ id, taskId: id, done: z.boolean() }).strict()).returns<Incident>(),
  logTime: op(
    z
      .object({
        id,
        minutes: z
          .number({ message: 'Enter the time in minutes, such as 30, or hours and minutes, such as 1h 15.' })
          .int('Use whole minutes.')
          .min(1, 'Enter at least 1 minute.')
          .max(24 * 60, 'Enter at most 24 hours in one entry.'),
        note: z.string().max(300, 'The note can be at most 300 characters.').default(''),
      })
      .strict(),
  ).returns<Incident>(),
  /** Strikes out a mistyped time entry; it stays visible in the timeline. */
  removeTime: op(z.object({ id, entryId: id }).strict()).returns<Incident>(),
  /** Records that the lesson went into a clarification checklist (the item itself is added by `checklists.addItem`). */
  logPrevention: op(
    z.object({ id, scope: preventionScope, label: requiredText('The item', 200), checklistItemId: id.nullable() }).strict(),
  ).returns<Incident>(),
  reopen: op(byId).returns<Incident>(),
  trash: op(byId).returns<TrashReceipt>(),
} as const;
