// The built-in template library: every situation in every channel, with stable ids the VA's edits hang off.
// The words live in builtIns/*.ts; each one passes the tone check for its channel (tested).
import { BUILT_IN_PREFIX, situationLabels, templateChannel, type TemplateChannel, type TemplateFields, type TemplateSituation } from '../../model/template';
import { lateReply, misunderstoodBrief, wrongRecipient } from './builtIns/communication';
import { lostData, missedDeadline, wrongData } from './builtIns/mistakes';
import { beyondSpec, doneAsInstructed } from './builtIns/scope';
import type { SituationTexts } from './builtIns/types';

export interface BuiltInTemplate extends TemplateFields {
  id: string;
}

const CHANNEL_NOUN: Record<TemplateChannel, string> = { email: 'email', chat: 'chat', phone: 'phone script', voicemail: 'voicemail' };

const SITUATIONS: SituationTexts[] = [missedDeadline, wrongData, lostData, wrongRecipient, misunderstoodBrief, lateReply, beyondSpec, doneAsInstructed];

export function builtInId(situation: TemplateSituation, channel: TemplateChannel): string {
  return `${BUILT_IN_PREFIX}${situation}-${channel}`;
}

function variant(texts: SituationTexts, channel: TemplateChannel): BuiltInTemplate {
  const { situation } = texts;
  return {
    id: builtInId(situation, channel),
    name: `${situationLabels[situation]} (${CHANNEL_NOUN[channel]})`,
    situation,
    channel,
    subject: channel === 'email' ? texts.email.subject : '',
    body: channel === 'email' ? texts.email.body : texts[channel],
  };
}

/** Every built-in, in library order: by situation, then email, chat, phone, voicemail. */
export const builtInTemplates: readonly BuiltInTemplate[] = SITUATIONS.flatMap((texts) => templateChannel.options.map((c) => variant(texts, c)));

const byId = new Map(builtInTemplates.map((t) => [t.id, t]));

export function findBuiltIn(id: string): BuiltInTemplate | undefined {
  return byId.get(id);
}

export function isBuiltInId(id: string): boolean {
  return id.startsWith(BUILT_IN_PREFIX);
}
