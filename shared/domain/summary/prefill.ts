// The wording each section starts with, drawn from the incident's facts. The VA can reword any of it;
// until they do, the section follows the incident as it changes.
import type { SummarySectionKey } from '../../model/summary';
import { cleanLine, cleanText } from './blocks';
import type { SummaryFacts } from './facts';
import { causeSentence, extentSentence, impactSentence, localDay, PREVENTION_LIST_INTRO, resolvedSentence, statusText, titleFor, whenSentence } from './words';
import { clientFacingWhat, doneAsRecord, resolutionDraft, toDoForClient } from '../incidentMessage';

export type SectionTexts = Record<SummarySectionKey, string>;

const paragraphs = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
const sentences = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');
const bullets = (labels: string[]) =>
  labels
    .map((l) => `- ${cleanLine(l)}`)
    .filter((l) => l !== '- ')
    .join('\n');

const same = (a: string, b: string) =>
  a
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase() ===
  b
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase();

export function prefilledSections(facts: SummaryFacts): SectionTexts {
  const h = facts.happened;
  const doneSteps = facts.fixSteps.filter((s) => s.doneAt !== null).sort((a, b) => (a.doneAt ?? '').localeCompare(b.doneAt ?? ''));
  const closedOn = facts.status === 'closed' ? (facts.resolvedOn ?? (facts.closedAt ? localDay(facts.closedAt) : null)) : null;
  const amount = cleanLine(h.impactAmount);
  // Containment first (it came first), then the fix steps, in the order they were done; said as done.
  const doneLabels = [...[...facts.containActions].sort((a, b) => a.at.localeCompare(b.at)).map((a) => a.label), ...doneSteps.map((s) => s.label)];
  // The resolution drafted from those same actions would only say them twice.
  const resolution = cleanText(facts.resolution);
  const resolutionLine = resolution === '' || same(resolution, resolutionDraft(doneLabels)) ? '' : resolution;
  // The VA's own words only where they already read as said to the client; otherwise a gap to fill.
  const clientName = facts.client?.name ?? null;
  const what =
    h.description.trim() === ''
      ? ''
      : (clientFacingWhat(cleanText(h.description), clientName) ?? `[What happened, in a sentence to ${clientName?.split(/\s+/)[0] ?? 'the client'}.]`);
  const lesson = cleanText(facts.lesson);
  const checks = facts.prevention.map((p) => p.label).filter((label) => !same(label, lesson));
  return {
    title: titleFor(facts.briefTitle ? cleanLine(facts.briefTitle) : null, facts.kind),
    happened: what === '' ? '' : paragraphs(what, sentences(whenSentence(h.happenedOn, h.reportedOn, h.spottedBy), causeSentence(facts.cause))),
    impact: sentences(impactSentence(h.impacts), amount ? extentSentence(amount) : ''),
    done: paragraphs(bullets(doneLabels.map((l) => doneAsRecord(l).replace(/\.$/, ''))), resolutionLine, closedOn ? resolvedSentence(closedOn) : ''),
    status: statusText(facts.status === 'closed', doneSteps.length, facts.fixSteps.length),
    prevention: paragraphs(
      lesson ? `${toDoForClient(lesson).replace(/[.\s]*$/, '.')}` : '',
      checks.length > 0 ? `${PREVENTION_LIST_INTRO}\n${bullets(checks)}` : '',
    ),
  };
}
