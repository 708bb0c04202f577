// The wording each section starts with, drawn from the incident's facts. The VA can reword any of it;
// until they do, the section follows the incident as it changes.
import type { SummarySectionKey } from '../../model/summary';
import { cleanLine, cleanText } from './blocks';
import type { SummaryFacts } from './facts';
import {
  causeSentence,
  extentSentence,
  impactSentence,
  localDay,
  PREVENTION_LIST_INTRO,
  resolvedSentence,
  statusText,
  titleFor,
  whenSentence,
} from './words';

export type SectionTexts = Record<SummarySectionKey, string>;

const paragraphs = (...parts: string[]) => parts.map((p) => p.trim()).filter(Boolean).join('\n\n');
const sentences = (...parts: string[]) => parts.map((p) => p.trim()).filter(Boolean).join(' ');
const bullets = (labels: string[]) => labels.map((l) => `- ${cleanLine(l)}`).filter((l) => l !== '- ').join('\n');

export function prefilledSections(facts: SummaryFacts): SectionTexts {
  const h = facts.happened;
  const doneSteps = facts.fixSteps.filter((s) => s.doneAt !== null).sort((a, b) => (a.doneAt ?? '').localeCompare(b.doneAt ?? ''));
  const closedOn = facts.status === 'closed' && facts.closedAt ? localDay(facts.closedAt) : null;
  const amount = cleanLine(h.impactAmount);
  return {
    title: titleFor(facts.briefTitle ? cleanLine(facts.briefTitle) : null),
    happened: h.description.trim() === '' ? '' : paragraphs(cleanText(h.description), sentences(whenSentence(h.happenedOn, h.reportedOn, h.spottedBy), causeSentence(facts.cause))),
    impact: sentences(impactSentence(h.impacts), amount ? extentSentence(amount) : ''),
    // Containment first (it came first), then the fix steps, in the order they were done.
    done: paragraphs(
      bullets([...[...facts.containActions].sort((a, b) => a.at.localeCompare(b.at)).map((a) => a.label), ...doneSteps.map((s) => s.label)]),
      cleanText(facts.resolution),
      closedOn ? resolvedSentence(closedOn) : '',
    ),
    status: statusText(facts.status === 'closed', doneSteps.length, facts.fixSteps.length),
    prevention: paragraphs(cleanText(facts.lesson), facts.prevention.length > 0 ? `${PREVENTION_LIST_INTRO}\n${bullets(facts.prevention.map((p) => p.label))}` : ''),
  };
}
