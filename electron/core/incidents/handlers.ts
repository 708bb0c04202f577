// The incidents subject (operations in shared/operations/incidents.ts): the guided flow, step by step.
// Every change is checked before the document is touched; every step finished and every action taken
// is appended to the incident's timeline with its time. A closed incident is read-only until reopened.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import type { TrashReceipt } from '../../../shared/contract';
import { assessRemedy } from '../../../shared/domain/incidentRemedy';
import { canVisit, type FlowFacts, nextScreen, screenProblems, stepsFinishedWith, withRecommendations } from '../../../shared/domain/incidentFlow';
import { stepSummary } from '../../../shared/domain/incidentTimeline';
import { ApiError } from '../../../shared/envelope';
import { currentPage, emptyAnswers, type Incident, type IncidentAnswers, type IncidentStep } from '../../../shared/model/incident';
import type { IncidentSummary } from '../../../shared/operations/incidents';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import { type ServiceContext } from '../context';
import { incidentActionOperations } from './actions';
import { incidentRecords } from './records';
import type { FoundationServices } from '../context';
import { compareCodeUnits } from '../../../shared/domain/order';

const STARTED_FROM_BRIEF = (title: string) => `Started the incident from the brief “${title}”.`;

export function incidentHandlers(ctx: ServiceContext, services: FoundationServices): HandlersFor<'incidents'> {
  const records = incidentRecords(ctx);
  const { data, find, findOpen, liveBrief, anyClient, entry, change } = records;
  const facts = (answers: IncidentAnswers): FlowFacts => ({ spottedBy: answers.happened.spottedBy, harmOngoing: answers.happened.harmOngoing });
  const fieldError = (field: string, message: string) => new ApiError('invalid_input', message, { fields: { [field]: message } });

  /** The draft merged over what is stored, with the references it makes checked. Touches nothing. */
  function merged<S extends IncidentStep>(incident: Incident, step: S, draft: Partial<IncidentAnswers[S]>): IncidentAnswers {
    const answers = structuredClone(incident.answers);
    const defined = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
    Object.assign(answers[step], defined);
    const h = answers.happened;
    if (step === 'happened') {
      if (h.clientId !== null && !data().clients.some((c) => c.id === h.clientId && c.trashedAt === null)) {
        throw fieldError('clientId', 'That client could not be found. They may have been moved to the trash.');
      }
      if (h.briefId !== null) {
        const brief = liveBrief(h.briefId);
        if (brief === undefined) throw fieldError('briefId', 'That brief could not be found. It may have been moved to the trash.');
        if (brief.clientId !== h.clientId) throw fieldError('briefId', 'That brief belongs to another client. Choose one of this client’s briefs.');
      }
      h.impacts = [...new Set(h.impacts)];
    }
    if (step === 'paperTrail' && answers.paperTrail.instructionEntryId !== null) {
      const e = data().paperTrail.find((p) => p.id === answers.paperTrail.instructionEntryId && p.trashedAt === null);
      if (e === undefined || e.clientId !== h.clientId) throw fieldError('instructionEntryId', 'Choose one of this client’s paper-trail entries.');
    }
    return answers;
  }

  /** The remedy as the dates, the client's contract and the VA's holiday region decide it now. */
  function remedyFor(answers: IncidentAnswers): Incident['remedyOutcome'] {
    const { verdict } = answers.paperTrail;
    const { reportedOn, deliveredOn, clientId } = answers.happened;
    if (verdict === null || reportedOn === null) return null;
    const settings = services.settings.get();
    const conformityDays = anyClient(clientId)?.contract.conformityDays ?? settings.defaultConformityDays;
    const region = settings.holidayRegion;
    const a = assessRemedy({ verdict, deliveredOn, reportedOn, conformityDays, region, offer: answers.remedy.offer });
    return {
      remedy: a.decision.remedy,
      insideWindow: a.window?.inside ?? true,
      closesOn: a.window?.closesOn ?? null,
      windowText: a.windowText,
      conformityDays,
      region,
      billable: a.billable,
    };
  }

  function summary(i: Incident): IncidentSummary {
    const h = i.answers.happened;
    return {
      id: i.id,
      status: i.status,
      clientId: h.clientId,
      clientName: anyClient(h.clientId)?.name ?? '',
      briefId: h.briefId,
      briefTitle: h.briefId === null ? '' : (data().briefs.find((b) => b.id === h.briefId)?.title ?? ''),
      description: h.description,
      severity: h.severity,
      currentScreen: i.currentScreen,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      closedAt: i.closedAt,
    };
  }

  return subjectHandlers(ctx, 'incidents', {
    ...incidentActionOperations(records, services),
    list: reads(({ status }) =>
      data()
        .incidents.filter((i) => i.trashedAt === null && (status === undefined || i.status === status))
        .map(summary)
        .sort((a, b) => compareCodeUnits(b.updatedAt, a.updatedAt)),
    ),

    get: reads(({ id }) => find(id)),

    start: writes(['incidents'], async ({ briefId, clientId, breathing }) => {
      const brief = briefId ? services.briefs.find(briefId) : undefined;
      const client = brief ? services.clients.find(brief.clientId) : clientId ? services.clients.find(clientId) : undefined;
      const now = ctx.now();
      const at = now.toISOString();
      const today = localIsoDay(now);
      const answers = emptyAnswers();
      answers.pause.outcome = breathing;
      Object.assign(answers.happened, {
        clientId: client?.id ?? null,
        briefId: brief?.id ?? null,
        deliveredOn: brief?.deliveredOn ?? null,
        // "When did it happen?" follows the report date until the VA says otherwise (see withRecommendations).
        happenedOn: null,
        reportedOn: today,
      });
      const incident: Incident = {
        id: ctx.newId(),
        createdAt: at,
        updatedAt: at,
        trashedAt: null,
        trashBatchId: null,
        status: 'open',
        closedAt: null,
        currentScreen: 'happened.ongoing',
        completedScreens: ['pause'],
        answers,
        remedyOutcome: null,
        containActions: [],
        calls: [],
        apologies: [],
        fixTasks: [],
        timeEntries: [],
        prevention: [],
        timeline: [],
      };
      incident.timeline.push(
        entry('started', null, brief ? STARTED_FROM_BRIEF(brief.title) : 'Started the incident.', at),
        entry('step', 'pause', stepSummary('pause', incident), at),
      );
      await ctx.db.mutate((doc) => doc.incidents.push(incident), { touched: { incidents: [incident] } });
      return incident;
    }),

    saveStep: writes(['incidents'], async ({ id, step, answers: draft }) => {
      const incident = findOpen(id);
      const answers = merged(incident, step, draft as Partial<IncidentAnswers[typeof step]>);
      return change(incident, () => {
        incident.answers = answers;
      });
    }),

    advance: writes(['incidents'], async ({ id, step, screen: named, answers: draft }) => {
      const incident = findOpen(id);
      const screen = currentPage(named);
      const f0 = facts(merged(incident, step, draft as Partial<IncidentAnswers[typeof step]>));
      // The page the VA is on may always be finished, even one an earlier version left them on.
      if (!canVisit(f0, incident.completedScreens, screen) && currentPage(incident.currentScreen) !== screen) {
        throw new ApiError('conflict', 'This question does not apply yet. Answer the questions before it first.');
      }
      const answers = withRecommendations(merged(incident, step, draft as Partial<IncidentAnswers[typeof step]>), screen);
      const f = facts(answers);
      const hasInstructionCandidates =
        answers.happened.clientId !== null && data().paperTrail.some((e) => e.clientId === answers.happened.clientId && e.trashedAt === null);
      const problems = screenProblems(screen, answers, { hasInstructionCandidates });
      if (Object.keys(problems).length > 0) {
        // A refused call changes nothing; what was typed stays on screen and reaches disk through the autosave (saveStep).
        throw new ApiError('invalid_input', Object.values(problems)[0]!, { fields: problems });
      }
      if (screen === 'happened.what' && answers.happened.deliveredOn === null) {
        answers.happened.deliveredOn = liveBrief(answers.happened.briefId)?.deliveredOn ?? null;
      }
      const completed = incident.completedScreens.includes(screen) ? incident.completedScreens : [...incident.completedScreens, screen];
      const remedyOutcome = completed.some((s) => currentPage(s) === 'paperTrail') ? remedyFor(answers) : incident.remedyOutcome;
      const next = nextScreen(f, screen);
      const closing = next === null;
      if (closing && answers.close.resolvedOn === null) answers.close.resolvedOn = localIsoDay(ctx.now());
      return change(incident, (at) => {
        incident.answers = answers;
        incident.completedScreens = completed;
        incident.remedyOutcome = remedyOutcome;
        incident.currentScreen = next ?? screen;
        for (const finished of stepsFinishedWith(screen, answers)) {
          const again = incident.timeline.some((t) => t.kind === 'step' && t.step === finished);
          incident.timeline.push(entry('step', finished, `${again ? 'Changed. ' : ''}${stepSummary(finished, incident)}`, at));
        }
        if (closing) {
          incident.status = 'closed';
          incident.closedAt = at;
          incident.timeline.push(entry('closed', null, 'Closed the incident.', at));
        }
      });
    }),

    goTo: writes(['incidents'], async ({ id, screen }) => {
      const incident = findOpen(id);
      const page = currentPage(screen);
      if (!canVisit(facts(incident.answers), incident.completedScreens, page) && currentPage(incident.currentScreen) !== page) {
        throw new ApiError('conflict', 'That question does not apply yet. Answer the questions before it first.');
      }
      if (incident.currentScreen === page) return incident;
      return change(incident, () => {
        incident.currentScreen = page;
      });
    }),

    reopen: writes(['incidents'], async ({ id }) => {
      const incident = find(id);
      if (incident.status === 'open') return incident;
      return change(incident, (at) => {
        incident.status = 'open';
        incident.closedAt = null;
        incident.timeline.push(entry('reopened', null, 'Reopened the incident.', at));
      });
    }),

    trash: writes(['incidents', 'trash'], async ({ id }): Promise<TrashReceipt> => {
      const incident = find(id);
      const batchId = ctx.newId();
      const at = ctx.now().toISOString();
      await ctx.db.mutate(() => Object.assign(incident, { trashedAt: at, trashBatchId: batchId }), { touched: { incidents: [incident] } });
      const words = incident.answers.happened.description.trim();
      return { batchId, label: words === '' ? 'the incident' : words.length > 60 ? `${words.slice(0, 59)}…` : words, recordCount: 1 };
    }),
  });
}
