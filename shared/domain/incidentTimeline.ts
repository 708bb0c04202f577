// The sentence the timeline records when the VA finishes a step: what they decided, in plain words.
import type { Incident, IncidentStep } from '../model/incident';
import { fixOrAskRecommendation } from './incidentFlow';
import { formatMinutes, timeTotals } from './incidentTime';
import {
  CAUSE_LABELS,
  FIX_OR_ASK_LABELS,
  IMPACT_LABELS,
  INVOICE_LABELS,
  REMEDY_LABELS,
  SEVERITY_LABELS,
  SPOTTED_BY_PHRASES,
  VERDICT_LABELS,
} from './incidentWords';
import { callRecommendation } from './incidentTalk';
import { messageWords } from './incidentVerdict';
import { formatDay } from './dateDisplay';
import { plural } from './plural';

const quote = (text: string, max = 160): string => {
  const t = text.trim().replace(/\s+/g, ' ');
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
};

/** One or two sentences for the timeline when `step` is finished, from the incident as it now stands. */
export function stepSummary(
  step: IncidentStep,
  incident: Pick<Incident, 'answers' | 'remedyOutcome' | 'containActions' | 'fixTasks' | 'timeEntries' | 'apologies' | 'calls'>,
): string {
  const a = incident.answers;
  switch (step) {
    case 'pause':
      return a.pause.outcome === 'completed' ? 'Took a minute to breathe.' : 'Skipped the breathing exercise.';
    case 'happened': {
      const h = a.happened;
      const impacts = h.impacts.map((i) => IMPACT_LABELS[i].toLowerCase()).join(', ');
      const parts = [
        `Recorded what happened: ${quote(h.description)}.`,
        h.spottedBy ? `Spotted first by ${SPOTTED_BY_PHRASES[h.spottedBy]}.` : '',
        impacts ? `Affects ${impacts}${h.impactAmount.trim() ? ` (${h.impactAmount.trim()})` : ''}.` : '',
        h.severity ? `Severity: ${SEVERITY_LABELS[h.severity].toLowerCase()}.` : '',
        h.harmOngoing === true ? 'Harm still happening.' : h.harmOngoing === false ? 'Harm not ongoing.' : '',
      ];
      return parts.filter(Boolean).join(' ');
    }
    case 'contain':
      return incident.containActions.length === 0
        ? 'Moved on from stopping the harm without logging an action.'
        : `Finished stopping the harm: ${plural(incident.containActions.length, 'action', 'actions')} logged.`;
    case 'paperTrail': {
      const t = a.paperTrail;
      const verdict = t.verdict ? `Checked the paper trail. Verdict: ${VERDICT_LABELS[t.verdict].toLowerCase()}.` : 'Checked the paper trail.';
      return t.note.trim() ? `${verdict} Note: ${quote(t.note)}.` : verdict;
    }
    case 'remedy': {
      const o = incident.remedyOutcome;
      const invoice = a.remedy.invoice ? ` Invoice: ${INVOICE_LABELS[a.remedy.invoice].toLowerCase()}.` : '';
      const offer = a.remedy.offer ? ` Change offered as ${a.remedy.offer === 'billable' ? 'billable work' : 'a goodwill fix'}.` : '';
      return o ? `Remedy: ${REMEDY_LABELS[o.remedy].toLowerCase()}. ${o.windowText}${offer}${invoice}` : `Remedy decided.${offer}${invoice}`;
    }
    case 'fixOrAsk': {
      const f = a.fixOrAsk;
      const recommended = fixOrAskRecommendation(a);
      if (f.choice === null) return 'Answered fix first or ask first.';
      const chose = `Chose: ${FIX_OR_ASK_LABELS[f.choice].toLowerCase()}.`;
      if (recommended === null || recommended === f.choice) return `${chose} This was the recommendation.`;
      return `${chose} The recommendation was to ${FIX_OR_ASK_LABELS[recommended].toLowerCase()}. Reason: ${quote(f.reason)}.`;
    }
    case 'talk': {
      const t = a.talk;
      const rec = callRecommendation({ clientUpset: t.clientUpset, vaUpset: t.vaUpset, severity: a.happened.severity });
      const feelings = t.clientUpset === null && t.vaUpset === null ? '' : `Client’s upset ${t.clientUpset ?? '?'} of 5; yours ${t.vaUpset ?? '?'} of 5.`;
      const advice = rec.recommended ? 'A call was recommended.' : 'Writing was fine.';
      const choice = t.channel === 'call' ? 'Chose to call.' : t.channel === 'write' ? 'Chose to write.' : '';
      return [feelings, advice, choice].filter(Boolean).join(' ');
    }
    case 'apologise': {
      const noun = messageWords(a.paperTrail.verdict).noun;
      return incident.apologies.length > 0
        ? `Finished the ${noun}; the message sent is in the paper trail.`
        : `Moved on without marking a written ${noun} as sent.`;
    }
    case 'fix': {
      const done = incident.fixTasks.filter((t) => t.doneAt !== null).length;
      const billable = incident.remedyOutcome?.billable ?? false;
      const totals = timeTotals(incident.timeEntries, billable);
      const steps = incident.fixTasks.length > 0 ? `${done} of ${plural(incident.fixTasks.length, 'step', 'steps')} done` : 'no steps listed';
      return `Fix: ${steps}; ${formatMinutes(totals.totalMinutes)} logged (${billable ? 'billable' : 'not billable'}).`;
    }
    case 'close': {
      const c = a.close;
      const cause = c.cause
        ? ` Cause: ${CAUSE_LABELS[c.cause].toLowerCase()}${c.cause === 'other' && c.causeDetail.trim() ? ` (${c.causeDetail.trim()})` : ''}.`
        : '';
      return `Resolution: ${quote(c.resolution)}.${c.resolvedOn ? ` Resolved on ${formatDay(c.resolvedOn)}.` : ''}${cause} Lesson: ${quote(c.lesson)}.`;
    }
  }
}
