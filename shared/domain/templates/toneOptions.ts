// Which tone rules apply to a message: from its channel, its situation and the VA's switched-off rules.
//
// Decisions:
// - Channels: email and chat map to the checker's own; a phone script is 'phone' (the time is agreed on the
//   call). A voicemail is one-way, so it is checked like a written message: every rule applies.
// - The billable-change notice and the done-as-instructed clarification are not apologies. The whole-text
//   rules describe an apology's shape (own it, say the fix, say by when), so they are switched off there:
//   there is no mistake to own, and asking "no admission" of a clarification would push the VA to apologise
//   for following instructions. Every phrase rule still applies, and matters most there: no blaming the
//   client, no "no charge" or free work, no excuses, no hedging, no vague timing, no apology piled on.
import { countApologies, summariseTone, type ToneCheckOptions, type ToneFinding } from '../apologyTone';
import type { TemplateChannel, TemplateSituation } from '../../model/template';

export const NON_APOLOGY_SITUATIONS: readonly TemplateSituation[] = ['beyond-spec', 'done-as-instructed'];
export const APOLOGY_SHAPE_RULES = ['missing-ownership', 'missing-fix', 'missing-timeline'] as const;

export function toneChannel(channel: TemplateChannel): ToneCheckOptions['channel'] {
  return channel === 'voicemail' ? undefined : channel;
}

export function isApology(situation: TemplateSituation | null | undefined): boolean {
  return situation === null || situation === undefined || !NON_APOLOGY_SITUATIONS.includes(situation);
}

/** Options for `checkApologyTone`. With no situation (a blank message), it is treated as an apology. */
export function toneOptionsFor(channel: TemplateChannel, situation?: TemplateSituation | null, disabledRules: readonly string[] = []): ToneCheckOptions {
  const disabled = [...disabledRules, ...(isApology(situation) ? [] : APOLOGY_SHAPE_RULES)];
  const c = toneChannel(channel);
  return c === undefined ? { disabledRules: disabled } : { disabledRules: disabled, channel: c };
}

/**
 * The summary line under the editor: `summariseTone`'s words for an apology; for the messages that are not
 * apologies, no praise or nudge about apologising. Gaps still to fill in are counted too.
 */
export function toneSummary(text: string, findings: ToneFinding[], situation: TemplateSituation | null | undefined, gapCount = 0): string {
  let summary = summariseTone(text, findings);
  if (!isApology(situation) && text.trim() !== '') {
    const apologies = countApologies(text);
    summary = summary.replace(/^[^.]*apolog[^.]*\.\s*/, apologies > 0 ? 'No apology is needed here. ' : '');
    if (findings.length === 0) summary = apologies > 0 ? 'No apology is needed here.' : 'Clear and calm.';
  }
  if (gapCount > 0) {
    // A message with gaps is not complete yet, however clean its tone.
    const rest = summary.replace(/\s*Clear and (?:complete|calm)\.$/, '');
    summary = `${rest} ${gapCount === 1 ? '1 gap' : `${gapCount} gaps`} to fill in.`.trim();
  }
  return summary;
}
