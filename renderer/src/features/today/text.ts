// Words on the Today screen, kept together for review.
import type { BriefStatus } from '../../../../shared/model/brief';
import type { IncidentStep } from '../../../../shared/model/incident';
import { plural } from '../../../../shared/domain/plural';

export const todayText = {
  heading: 'Today',
  summary: (n: number) =>
    n === 0 ? 'Nothing needs you right now.' : n === 1 ? 'One thing needs you. It is listed below.' : `${n} things need you. The most pressing come first.`,
  loading: 'Loading…',
  showAll: (n: number) => `Show all ${n}`,
  showFewer: 'Show fewer',

  welcome: {
    heading: 'Welcome to Steadyhand',
    intro: 'Steadyhand keeps each client’s brief, their exact words and your fix windows in one calm place, so you can always see what needs you.',
    firstClientHeading: 'Add your first client',
    firstClientBody: 'Start with one client. Their contract terms decide how long you have to put a problem right for free.',
    firstClientButton: 'New client',
    nextHeading: 'What comes next',
    next: [
      'Write a brief for them, and clarify it with the checklist before you start.',
      'Keep their exact words in the paper trail, so you can always show what was asked.',
      'Come back here each day: Today shows what needs you, most pressing first.',
    ],
  },

  allClear: {
    heading: 'All clear',
    body: 'New things will appear here as they come up: briefs to clarify, fix windows that are closing, and any incident you are working through.',
    newBrief: 'New brief',
    insights: 'See your insights',
  },

  windows: {
    heading: 'Fix windows closing soon',
    hint: 'Problems reported by the end of the window are fixed free. After that, a fix may be billable.',
    meta: (client: string, delivered: string) => `${client} · Delivered ${delivered}`,
    closesToday: 'Closes today',
    closesTomorrow: 'Closes tomorrow',
    closesOn: (date: string) => `Closes ${date}`,
  },
  incidents: {
    heading: 'Open incidents',
    hint: 'Pick up where you left off. Each step is saved as you go.',
    untitled: 'An incident with no description yet',
    next: (step: string) => `Next: ${step}`,
  },
  fixSteps: {
    heading: 'Fix steps and follow-ups',
    hint: 'What you said you would do to put things right.',
    stepMeta: (description: string, client: string) => [description ? `For: ${description}` : '', client].filter(Boolean).join(' · '),
    followUpTitle: (client: string) =>
      client ? `Tell ${client} it is fixed, then close the incident` : 'Tell the client it is fixed, then close the incident',
    followUpMeta: (done: number, description: string) => [`${plural(done, 'fix step', 'fix steps')} done`, description].filter(Boolean).join(' · '),
    followUpBadge: 'Follow up',
  },
  clarifying: {
    heading: 'Briefs to clarify',
    hint: 'Settle the open questions before you start, and the work goes right first time.',
    requiredOpen: (n: number) => (n === 0 ? 'Required questions answered' : `${plural(n, 'required question', 'required questions')} open`),
    due: (date: string) => `due ${date}`,
  },
  overrides: {
    heading: 'Started before the checklist was complete',
    hint: 'You started these with questions still open. Close the gaps while the work is under way.',
    reason: (reason: string) => `Your reason: ${reason}`,
    openItems: (n: number) => (n === 0 ? 'Started anyway' : `${plural(n, 'item', 'items')} open`),
  },
  awaiting: {
    heading: 'Delivered, awaiting acceptance',
    hint: 'A short note asking the client to confirm can close these off.',
    /** `days` is how long ago; a delivery day in the future (a slip, or planned) is never "-3 days ago". */
    delivered: (days: number) =>
      days < 0
        ? days === -1
          ? 'Delivers tomorrow'
          : `Delivers in ${-days} days`
        : days === 0
          ? 'Delivered today'
          : days === 1
            ? 'Delivered yesterday'
            : `Delivered ${days} days ago`,
    windowOpenUntil: (date: string) => `window open until ${date}`,
    windowClosed: (date: string) => `window closed ${date}`,
  },
};

export const briefStatusWords: Partial<Record<BriefStatus, string>> = { draft: 'Draft', clarifying: 'Clarifying' };

/** The incident flow's steps as a next action, in the VA's words. */
export const incidentStepWords: Record<IncidentStep, string> = {
  pause: 'take a breath',
  happened: 'say what happened',
  contain: 'stop the harm',
  paperTrail: 'check the paper trail',
  remedy: 'decide the remedy',
  fixOrAsk: 'fix first or ask first',
  talk: 'plan the conversation',
  apologise: 'write the apology',
  fix: 'put it right',
  close: 'close and learn from it',
};
