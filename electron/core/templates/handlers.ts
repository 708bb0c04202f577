// The templates subject (operations in shared/operations/templates.ts): built-in and own message templates.
// Built-ins live in code; only the VA's own templates and their edited copies of built-ins (overrides)
// are stored. Sent messages and call logs go to the paper trail through its own service (append-only).
import type { TrashReceipt } from '../../../shared/contract';
import { builtInTemplates, findBuiltIn, isBuiltInId, type BuiltInTemplate } from '../../../shared/domain/templates/builtInTemplates';
import { validateTemplate } from '../../../shared/domain/templates/fillTemplate';
import { ApiError } from '../../../shared/envelope';
import { MAX_SHORT_TEXT } from '../../../shared/model/common';
import type { Channel } from '../../../shared/model/common';
import {
  situationLabels,
  templateChannel,
  templateChannelLabels,
  templateSituation,
  type StoredTemplate,
  type TemplateChannel,
  type TemplateFields,
  type TemplateSituation,
  type TemplateView,
} from '../../../shared/model/template';
import type { CallOutcome } from '../../../shared/operations/templates';
import type { HandlersFor } from '../dispatcher';
import { reads, subjectHandlers, writes } from '../operations';
import { type ServiceContext, matchesQuery, notFound } from '../context';
import type { FoundationServices } from '../context';

const OUTCOME_WORDS: Record<CallOutcome, string> = {
  spoke: 'Spoke with the client',
  'left-voicemail': 'Left a voicemail',
  'no-answer': 'No answer',
};

const SENT_VIA: Record<TemplateChannel, string> = { email: 'email', chat: 'chat or DM', phone: 'phone', voicemail: 'voicemail' };

const clip = (text: string, max = MAX_SHORT_TEXT): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const paperTrailChannel = (c: TemplateChannel): Channel => (c === 'voicemail' ? 'phone' : c);

function fromBuiltIn(t: BuiltInTemplate): TemplateView {
  return { ...t, kind: 'built-in', edited: false, updatedAt: null };
}

function fromStored(t: StoredTemplate): TemplateView {
  const { name, situation, channel, subject, body } = t;
  return t.builtInId === null
    ? { id: t.id, kind: 'custom', edited: false, updatedAt: t.updatedAt, name, situation, channel, subject, body }
    : { id: t.builtInId, kind: 'built-in', edited: true, updatedAt: t.updatedAt, name, situation, channel, subject, body };
}

/** Unknown or mistyped placeholders are refused with a message tied to the field, never saved to fail later. */
function checkPlaceholders(fields: TemplateFields): void {
  const problems: Record<string, string> = {};
  const subject = validateTemplate(fields.subject)[0];
  const body = validateTemplate(fields.body)[0];
  if (subject) problems['fields.subject'] = subject.message;
  if (body) problems['fields.body'] = body.message;
  const first = body ?? subject;
  if (first) throw new ApiError('invalid_input', first.message, { fields: problems });
}

const order =
  <T extends string>(options: readonly T[]) =>
  (value: T) =>
    options.indexOf(value);
const situationOrder = order<TemplateSituation>(templateSituation.options);
const channelOrder = order<TemplateChannel>(templateChannel.options);

export function templateHandlers(ctx: ServiceContext, services: FoundationServices): HandlersFor<'templates'> {
  const active = () => ctx.db.data.templates.filter((t) => t.trashedAt === null);
  const overrideOf = (builtInId: string) => active().find((t) => t.builtInId === builtInId);
  const findCustom = (id: string) => {
    const t = active().find((x) => x.id === id && x.builtInId === null);
    if (t === undefined) throw notFound('template');
    return t;
  };
  const view = (id: string): TemplateView => {
    if (isBuiltInId(id)) {
      const builtIn = findBuiltIn(id);
      if (builtIn === undefined) throw notFound('template');
      const override = overrideOf(id);
      return override ? fromStored(override) : fromBuiltIn(builtIn);
    }
    return fromStored(findCustom(id));
  };
  const insert = async (fields: TemplateFields, builtInId: string | null): Promise<StoredTemplate> => {
    const at = ctx.now().toISOString();
    const record: StoredTemplate = { ...fields, id: ctx.newId(), createdAt: at, updatedAt: at, trashedAt: null, trashBatchId: null, builtInId };
    await ctx.db.mutate((doc) => doc.templates.push(record), { touched: { templates: [record] } });
    return record;
  };
  const moveToTrash = async (record: StoredTemplate): Promise<TrashReceipt> => {
    const batchId = ctx.newId();
    const at = ctx.now().toISOString();
    await ctx.db.mutate(() => Object.assign(record, { trashedAt: at, trashBatchId: batchId }), { touched: { templates: [record] } });
    return { batchId, label: record.name, recordCount: 1 };
  };

  return subjectHandlers(ctx, 'templates', {
    list: reads(({ query, situation, channel }) => {
      const all = [
        ...builtInTemplates.map((t) => view(t.id)),
        ...active()
          .filter((t) => t.builtInId === null)
          .map(fromStored),
      ];
      return all
        .filter(
          (t) =>
            (situation === undefined || t.situation === situation) &&
            (channel === undefined || t.channel === channel) &&
            matchesQuery(query, t.name, t.subject, t.body, situationLabels[t.situation], templateChannelLabels[t.channel]),
        )
        .sort(
          (a, b) =>
            situationOrder(a.situation) - situationOrder(b.situation) ||
            channelOrder(a.channel) - channelOrder(b.channel) ||
            (a.kind === b.kind ? 0 : a.kind === 'built-in' ? -1 : 1) ||
            a.name.localeCompare(b.name),
        );
    }),
    get: reads(({ id }) => view(id)),
    create: writes(['templates'], async ({ fields }) => {
      checkPlaceholders(fields);
      return fromStored(await insert(fields, null));
    }),
    update: writes(['templates'], async ({ id, fields }) => {
      checkPlaceholders(fields);
      if (isBuiltInId(id)) {
        const builtIn = findBuiltIn(id);
        if (builtIn === undefined) throw notFound('template');
        // An edited built-in stays in its place in the library: same situation and channel.
        const kept = { ...fields, situation: builtIn.situation, channel: builtIn.channel };
        const override = overrideOf(id);
        if (override === undefined) return fromStored(await insert(kept, id));
        await ctx.db.mutate(() => Object.assign(override, kept, { updatedAt: ctx.now().toISOString() }), { touched: { templates: [override] } });
        return fromStored(override);
      }
      const record = findCustom(id);
      await ctx.db.mutate(() => Object.assign(record, fields, { updatedAt: ctx.now().toISOString() }), { touched: { templates: [record] } });
      return fromStored(record);
    }),
    duplicate: writes(['templates'], async ({ id }) => {
      const source = view(id);
      const { situation, channel, subject, body } = source;
      return fromStored(await insert({ name: clip(`${source.name} (copy)`), situation, channel, subject, body }, null));
    }),
    resetBuiltIn: writes(['templates', 'trash'], async ({ id }) => {
      const builtIn = isBuiltInId(id) ? findBuiltIn(id) : undefined;
      if (builtIn === undefined) throw new ApiError('invalid_input', 'Only a built-in template can be reset to its original words.');
      const override = overrideOf(id);
      if (override) await moveToTrash(override);
      return fromBuiltIn(builtIn);
    }),
    trash: writes(['templates', 'trash'], async ({ id }) => {
      if (isBuiltInId(id)) {
        throw new ApiError('conflict', 'Built-in templates stay in the library. You can reset one to its original words, or duplicate it and change the copy.');
      }
      return moveToTrash(findCustom(id));
    }),
    markSent: writes(['briefs'], async ({ clientId, briefId, templateId, channel, subject, text, sentAt }) => {
      const name = templateId === null ? null : view(templateId).name;
      const words = subject ? `Subject: ${subject}\n\n${text}` : text;
      return services.paperTrail.add({
        clientId,
        briefId,
        fields: {
          receivedAt: sentAt ?? ctx.now().toISOString(),
          channel: paperTrailChannel(channel),
          words,
          sourceRef: clip(`Sent by you (${SENT_VIA[channel]})${name ? `, from “${name}”` : ''}`),
          confirmedInWriting: false,
          direction: 'sent',
        },
      });
    }),
    logCall: writes(['briefs'], async ({ clientId, briefId, calledAt, outcome, notes }) =>
      services.paperTrail.add({
        clientId,
        briefId,
        fields: {
          receivedAt: calledAt,
          channel: 'phone',
          words: notes.trim() === '' ? `${OUTCOME_WORDS[outcome]}.` : `${OUTCOME_WORDS[outcome]}.\n\n${notes.trim()}`,
          sourceRef: 'Call log, from the call script',
          confirmedInWriting: false,
          direction: 'sent',
        },
      }),
    ),
  });
}
