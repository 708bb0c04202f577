// Names for the incident flow's answers, shared by the screens and by the timeline the core writes.
import type { ImpactKind, IncidentCause, IncidentStep, InvoiceChoice, Severity, SpottedBy } from '../model/incident';
import type { Remedy, Verdict } from './remedy';

export const STEP_NAMES: Readonly<Record<IncidentStep, string>> = {
  pause: 'Pause',
  happened: 'What happened',
  contain: 'Stop the harm',
  paperTrail: 'Check the paper trail',
  remedy: 'Remedy and billing',
  fixOrAsk: 'Fix first, or ask first',
  talk: 'Talk',
  apologise: 'Apologise',
  fix: 'Fix',
  close: 'Close and prevent',
};

export const SPOTTED_BY_LABELS: Readonly<Record<SpottedBy, string>> = { me: 'Me', client: 'The client', 'someone-else': 'Someone else' };
export const SPOTTED_BY_PHRASES: Readonly<Record<SpottedBy, string>> = { me: 'you', client: 'the client', 'someone-else': 'someone else' };

export const IMPACT_LABELS: Readonly<Record<ImpactKind, string>> = {
  data: 'Data',
  money: 'Money',
  deadline: 'A deadline',
  reputation: 'Reputation',
  other: 'Other',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'my-error': 'My mistake',
  'as-instructed': 'Done as instructed',
  'unclear-brief': 'The brief was unclear',
  'beyond-spec': 'Beyond what was agreed',
};

export const REMEDY_LABELS: Readonly<Record<Remedy, string>> = {
  'free-fix': 'Free fix, under the contract',
  'goodwill-fix': 'Goodwill fix',
  'billable-change': 'Billable change',
  'no-fault': 'No fault',
};

export const INVOICE_LABELS: Readonly<Record<InvoiceChoice, string>> = {
  keep: 'Keep the invoice as it is',
  waive: 'Waive the invoice',
  refund: 'Refund the invoice',
};

export const CAUSE_LABELS: Readonly<Record<IncidentCause, string>> = {
  rushed: 'I rushed',
  'brief-unclear': 'The brief was unclear',
  assumption: 'I made an assumption',
  'unfamiliar-task': 'The task was new to me',
  'tool-or-system': 'A tool or system',
  'client-instruction': 'The client’s instruction',
  'new-request': 'A new request, not a mistake',
  other: 'Something else',
};

export const FIX_OR_ASK_LABELS = {
  'fix-then-inform': 'Fix it first, then tell the client',
  'inform-and-ask': 'Tell the client first, and ask how they would like to proceed',
} as const;
