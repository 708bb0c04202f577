// Which apology template fits an incident, and the placeholder values the incident can fill.
import type { Incident } from '../model/incident';
import type { TemplateSituation } from '../model/template';
import type { IncidentDetails } from './templates/fillContext';
import { clientFacingWhat, doneAfterIHave } from './incidentMessage';

/** The verdict decides first (no apology for doing as asked, a change notice beyond the spec), then the impact. */
export function situationForIncident(incident: Pick<Incident, 'answers'>): TemplateSituation {
  const { verdict } = incident.answers.paperTrail;
  if (verdict === 'as-instructed') return 'done-as-instructed';
  if (verdict === 'beyond-spec') return 'beyond-spec';
  if (verdict === 'unclear-brief') return 'misunderstood-brief';
  const impacts = incident.answers.happened.impacts;
  if (impacts.includes('data')) return 'lost-data';
  if (impacts.includes('money')) return 'wrong-data';
  if (impacts.includes('deadline')) return 'missed-deadline';
  return 'wrong-data';
}

/**
 * The incident's own facts for `{{incident.what}}`, `{{fix.action}}` and the rest; what is missing stays a visible gap.
 * Only words that read as said to the client are used: the VA's note about the client stays a gap, and actions
 * logged as instructions ("Pause the automation") are turned into what was done ("paused the automation").
 */
export function incidentFillDetails(
  incident: Pick<Incident, 'answers' | 'fixTasks' | 'containActions' | 'prevention'>,
  clientName: string | null = null,
): IncidentDetails {
  const { happened, close } = incident.answers;
  const done = [...incident.containActions.map((a) => a.label), ...incident.fixTasks.filter((t) => t.doneAt !== null).map((t) => t.label)].map(doneAfterIHave);
  const todo = incident.fixTasks.filter((t) => t.doneAt === null).map((t) => t.label);
  const details: IncidentDetails = {};
  const what = clientFacingWhat(happened.description, clientName);
  if (what !== null) details.what = what;
  if (happened.impactAmount.trim() !== '') details.impact = happened.impactAmount.trim();
  if (done.length > 0) details.alreadyDone = joinList(done);
  if (todo.length > 0) details.fixAction = joinList(todo);
  const prevention = incident.prevention.map((p) => p.label);
  if (prevention.length > 0) details.prevention = joinList(prevention);
  else if (close.lesson.trim() !== '') details.prevention = close.lesson.trim();
  return details;
}

function joinList(items: string[]): string {
  const clean = items
    .map((i) => i.trim().replace(/\.$/, ''))
    .filter(Boolean)
    .map((item, index) => (index > 0 ? lowerFirstWord(item) : item));
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
}

/** "Restored the emails" reads "restored the emails" mid-sentence; "I", names in capitals and acronyms stay as typed. */
function lowerFirstWord(item: string): string {
  const first = item.split(/\s/)[0] ?? '';
  return first.length > 1 && first.slice(1) === first.slice(1).toLowerCase() ? item[0]!.toLowerCase() + item.slice(1) : item;
}
