// Concrete ways to stop harm that is still happening, chosen from the incident's impact and its description.
import type { ImpactKind } from '../model/incident';

export type ContainKind = 'money' | 'data' | 'automation' | 'messages' | 'deadline' | 'reputation' | 'general';

export interface ContainSuggestion {
  id: string;
  kind: ContainKind;
  /** What to do, as it is logged when the VA marks it done. */
  label: string;
  detail: string;
}

/** User-facing words, kept together. Imperative, specific, and doable in the next few minutes. */
export const CONTAIN_SUGGESTIONS: Readonly<Record<ContainKind, readonly Omit<ContainSuggestion, 'kind'>[]>> = {
  money: [
    {
      id: 'money-halt',
      label: 'Ask finance or the bank to halt the payment now',
      detail: 'Phone rather than email. A payment that has not cleared can often be stopped or recalled if you ask quickly.',
    },
    {
      id: 'money-hold',
      label: 'Stop any further payments in the same batch',
      detail: 'If other payments were set up the same way, hold them until you have checked them.',
    },
  ],
  data: [
    { id: 'data-stop', label: 'Stop any further actions on the data', detail: 'No more deleting, moving, merging or importing until you know what happened.' },
    {
      id: 'data-bin',
      label: 'Do not empty the bin or trash',
      detail: 'Deleted items usually wait there for a while. Emptying it can make them impossible to get back.',
    },
    {
      id: 'data-window',
      label: 'Find the restore or undo window',
      detail: 'Look up how long the tool keeps deleted or changed items, and note the date it runs out.',
    },
  ],
  automation: [
    {
      id: 'automation-pause',
      label: 'Pause the automation',
      detail: 'Turn off the workflow, rule or scheduled task so it cannot run again while you look into it.',
    },
  ],
  messages: [
    { id: 'messages-stop', label: 'Stop the send', detail: 'Pause the campaign, cancel the scheduled message or stop the sequence, so no more go out.' },
  ],
  deadline: [{ id: 'deadline-tell', label: 'Tell whoever is waiting on it', detail: 'Let them know now, with a new time you are sure you can keep.' }],
  reputation: [
    {
      id: 'reputation-hide',
      label: 'Hide or take down what is public',
      detail: 'If something wrong is visible to others, hide it or take it down, with the client’s agreement where you can.',
    },
  ],
  general: [
    { id: 'general-pause', label: 'Stop the task until you know what went wrong', detail: 'Doing nothing more for a moment is safer than another quick fix.' },
  ],
};

// Words in the VA's description that point at an automation or at messages going out.
const AUTOMATION_WORDS =
  /\b(automation|automations|automated|zap|zaps|zapier|make\.com|workflow|workflows|rule|rules|trigger|triggers|scheduled|schedule|script|bot|sequence|sequences|recurring)\b/i;
// Sending words only: "6,000 emails" deleted is data, not messages going out.
const MESSAGE_WORDS =
  /\b(send|sends|sending|sent|resent|went out|going out|campaigns?|mailchimp|broadcast|blast|mail ?merge|mailing list|sms|autoresponder|auto-?reply)\b/i;

const ORDER: readonly ContainKind[] = ['money', 'data', 'automation', 'messages', 'deadline', 'reputation', 'general'];

function kindsFor(impacts: readonly ImpactKind[], description: string): Set<ContainKind> {
  const kinds = new Set<ContainKind>();
  for (const impact of impacts) {
    if (impact === 'money' || impact === 'data' || impact === 'deadline' || impact === 'reputation') kinds.add(impact);
  }
  if (AUTOMATION_WORDS.test(description)) kinds.add('automation');
  if (MESSAGE_WORDS.test(description)) kinds.add('messages');
  if (kinds.size === 0) kinds.add('general');
  return kinds;
}

const expand = (kind: ContainKind): ContainSuggestion[] => CONTAIN_SUGGESTIONS[kind].map((s) => ({ ...s, kind }));

/**
 * The suggestions that fit this incident, most urgent kind first (money, data, automation, messages,
 * deadline, reputation), and the rest as further ideas, so nothing is hidden.
 */
export function containmentSuggestions(input: { impacts: readonly ImpactKind[]; description: string }): {
  suggested: ContainSuggestion[];
  more: ContainSuggestion[];
} {
  const kinds = kindsFor(input.impacts, input.description);
  return {
    suggested: ORDER.filter((k) => kinds.has(k)).flatMap(expand),
    more: ORDER.filter((k) => !kinds.has(k)).flatMap(expand),
  };
}

/**
 * Before the VA has said what it affected (the harm question comes first): the most urgent action of every kind,
 * most urgent kind first, and the rest as further ideas.
 */
export function containmentAtStart(): { suggested: ContainSuggestion[]; more: ContainSuggestion[] } {
  const all = ORDER.map(expand);
  return { suggested: all.map((list) => list[0]!), more: all.flatMap((list) => list.slice(1)) };
}
