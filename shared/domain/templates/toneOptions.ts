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
import type { ToneCheckOptions } from '../apologyTone';
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
