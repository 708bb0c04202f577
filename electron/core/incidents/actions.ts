// Handlers for what the VA does during an incident: containment, calls, the apology, fix steps, time
// and prevention. Each is appended with its time, and each writes a line to the timeline.
import { formatMinutes } from '../../../shared/domain/incidentTime';
import { sentSourceRef, sentTimelineText } from '../../../shared/domain/incidentVerdict';
import { ApiError } from '../../../shared/envelope';
import { type SubjectOperations, writes } from '../operations';
import { notFound } from '../context';
import type { IncidentRecords } from './records';
import type { FoundationServices } from '../context';

const quote = (text: string) => `“${text.trim().replace(/\s+/g, ' ')}”`;

type ActionOps = 'logContainment' | 'logCall' | 'markApologySent' | 'addFixTask' | 'setFixTaskDone' | 'logTime' | 'removeTime' | 'logPrevention';

/** The operations for what the VA does during an incident, declared; `incidentHandlers` adds them to the subject's map. */
export function incidentActionOperations(records: IncidentRecords, services: FoundationServices): Pick<SubjectOperations<'incidents'>, ActionOps> {
  const { ctx, find, findOpen, liveBrief, anyClient, entry, change } = records;
  return {
    logContainment: writes(['incidents'], async ({ id, label, note }) => {
      const incident = findOpen(id);
      return change(incident, (at) => {
        incident.containActions.push({ id: ctx.newId(), at, label, note: note.trim() });
        incident.timeline.push(entry('contain', 'contain', `Done: ${label.replace(/\.?$/, '.')}${note.trim() ? ` Note: ${quote(note)}.` : ''}`, at));
      });
    }),

    logCall: writes(['incidents'], async ({ id, outcome, at: calledAt }) => {
      const incident = findOpen(id);
      return change(incident, (at) => {
        const when = calledAt ?? at;
        incident.calls.push({ id: ctx.newId(), at: when, outcome });
        incident.timeline.push(entry('call', 'talk', `Called the client. Outcome: ${quote(outcome)}.`, when));
      });
    }),

    markApologySent: writes(['incidents', 'briefs'], async ({ id, text, channel }) => {
      const incident = findOpen(id);
      const { clientId, briefId } = incident.answers.happened;
      if (clientId === null) throw new ApiError('conflict', 'Choose the client in “What happened” first, so the message can go in their paper trail.');
      const sentAt = ctx.now().toISOString();
      const saved = await services.paperTrail.add({
        clientId,
        briefId: liveBrief(briefId) ? briefId : null,
        fields: {
          receivedAt: sentAt,
          channel,
          words: text,
          sourceRef: sentSourceRef(incident.answers.paperTrail.verdict, channel),
          confirmedInWriting: false,
          direction: 'sent',
        },
      });
      return change(incident, (at) => {
        incident.apologies.push({ id: ctx.newId(), at, channel, text, paperTrailEntryId: saved.id });
        incident.answers.apologise = { text, channel };
        incident.timeline.push(entry('apology', 'apologise', sentTimelineText(incident.answers.paperTrail.verdict, channel), at));
      });
    }),

    addFixTask: writes(['incidents'], async ({ id, label }) => {
      const incident = findOpen(id);
      return change(incident, (at) => {
        incident.fixTasks.push({ id: ctx.newId(), createdAt: at, label, doneAt: null });
        incident.timeline.push(entry('fix-task', 'fix', `Added a fix step: ${quote(label)}.`, at));
      });
    }),

    setFixTaskDone: writes(['incidents'], async ({ id, taskId, done }) => {
      const incident = findOpen(id);
      const task = incident.fixTasks.find((t) => t.id === taskId);
      if (task === undefined) throw notFound('fix step');
      if ((task.doneAt !== null) === done) return incident;
      return change(incident, (at) => {
        task.doneAt = done ? at : null;
        incident.timeline.push(
          entry(done ? 'fix-task-done' : 'fix-task-undone', 'fix', done ? `Done: ${quote(task.label)}.` : `Marked as not done: ${quote(task.label)}.`, at),
        );
      });
    }),

    logTime: writes(['incidents'], async ({ id, minutes, note }) => {
      const incident = findOpen(id);
      const billable = incident.remedyOutcome?.billable ?? false;
      return change(incident, (at) => {
        incident.timeEntries.push({ id: ctx.newId(), at, minutes, note: note.trim(), removedAt: null });
        const words = `Logged ${formatMinutes(minutes)} (${billable ? 'billable' : 'not billable'})${note.trim() ? `: ${quote(note)}` : ''}.`;
        incident.timeline.push(entry('time', 'fix', words, at));
      });
    }),

    removeTime: writes(['incidents'], async ({ id, entryId }) => {
      const incident = findOpen(id);
      const time = incident.timeEntries.find((t) => t.id === entryId);
      if (time === undefined) throw notFound('time entry');
      if (time.removedAt !== null) return incident;
      return change(incident, (at) => {
        time.removedAt = at;
        incident.timeline.push(entry('time-removed', 'fix', `Struck out the time entry of ${formatMinutes(time.minutes)}.`, at));
      });
    }),

    logPrevention: writes(['incidents'], async ({ id, scope, label, checklistItemId }) => {
      const incident = find(id);
      const client = anyClient(incident.answers.happened.clientId);
      if (scope === 'client' && client === undefined) throw new ApiError('conflict', 'Choose the client first.');
      return change(incident, (at) => {
        incident.prevention.push({ id: ctx.newId(), at, scope, label, checklistItemId });
        const where = scope === 'global' ? 'your checklist for every client' : `${client?.name ?? 'the client'}’s checklist`;
        incident.timeline.push(entry('prevention', 'close', `Added to ${where}: ${quote(label)}.`, at));
      });
    }),
  };
}
