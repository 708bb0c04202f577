// The checklists subject (operations in shared/operations/checklists.ts): the checklist template (global
// and per client), each brief's ticks and answers, the written confirmation and retyped figures. Rules
// live in shared/domain.
import { localIsoDay } from '../../../shared/domain/dateDisplay';
import {
  briefChecklistView,
  checklistProgress,
  defaultClientQuestion,
  editTemplateItem,
  followsTemplate,
  itemsInScope,
  materialise,
  nextOrder,
  patchItem,
  reorderTemplate,
} from '../../../shared/domain/checklist';
import { formatDay } from '../../../shared/domain/dateDisplay';
import { compareFigures } from '../../../shared/domain/riskFlags';
import { ApiError } from '../../../shared/envelope';
import type { Brief } from '../../../shared/model/brief';
import type { BriefChecklistItem, ChecklistScope, ChecklistTemplateItem } from '../../../shared/model/checklist';
import type { PaperTrailEntry } from '../../../shared/model/paperTrail';
import type { BriefChecklistState } from '../../../shared/operations/checklists';
import type { HandlersFor } from '../dispatcher';
import type { Touch } from '../storage/changeSet';
import { type FoundationServices, type ServiceContext, notFound } from '../context';
import { reads, subjectHandlers, writes } from '../operations';

export function checklistHandlers(ctx: ServiceContext, services: FoundationServices): HandlersFor<'checklists'> {
  const template = () => ctx.db.data.checklistTemplate;

  const findTemplateItem = (id: string): ChecklistTemplateItem => {
    const item = template().find((t) => t.id === id);
    if (item === undefined) throw notFound('checklist item');
    if (item.scope.kind === 'client') services.clients.find(item.scope.clientId);
    return item;
  };
  const checkScope = (scope: ChecklistScope) => {
    if (scope.kind === 'client') services.clients.find(scope.clientId);
  };

  const view = (brief: Brief) => briefChecklistView(brief.checklist.items, template(), brief.clientId, brief.status, brief);

  const stateOf = (brief: Brief): BriefChecklistState => {
    const items = view(brief);
    return {
      briefId: brief.id,
      items,
      progress: checklistProgress(items),
      override: brief.checklist.override,
      confirmedEntryId: brief.checklist.confirmedEntryId,
      followsTemplate: followsTemplate(brief.status),
      figureChecks: brief.figureChecks,
    };
  };

  /** Stores a new list of items on a brief (and anything else `also` changes), durably. */
  const saveItems = async (brief: Brief, items: BriefChecklistItem[], also?: (touch: Touch) => void): Promise<BriefChecklistState> => {
    const at = ctx.now().toISOString();
    await ctx.db.mutate((_doc, touch) => {
      brief.checklist.items = items;
      also?.(touch);
      brief.updatedAt = at;
      touch('briefs', brief);
    });
    return stateOf(brief);
  };

  /** Ticks the built-in "confirmed in writing" item, if the brief has it. */
  const withConfirmedTick = (brief: Brief, answer: string, at: string): BriefChecklistItem[] => {
    const items = view(brief);
    const confirmed = items.find((i) => i.builtInKey === 'confirmed');
    const next = confirmed ? patchItem(items, confirmed.id, { state: 'done', answer }, at) : null;
    return materialise(next ?? items);
  };

  const confirmationAnswer = (receivedAt: string) => `Confirmed in writing on ${formatDay(localIsoDay(new Date(receivedAt)))}. See the paper trail.`;

  return subjectHandlers(ctx, 'checklists', {
    listTemplate: reads(({ scope }) => {
      checkScope(scope);
      return itemsInScope(template(), scope);
    }),

    addItem: writes(['checklists'], async ({ scope, label, why, requiredBeforeStart, clientQuestion }) => {
      checkScope(scope);
      if (itemsInScope(template(), scope).some((t) => t.retiredAt === null && t.label.toLocaleLowerCase() === label.toLocaleLowerCase())) {
        throw new ApiError('conflict', 'This checklist already has an item with that wording.', {
          fields: { label: 'This checklist already has an item with that wording.' },
        });
      }
      const at = ctx.now().toISOString();
      const item: ChecklistTemplateItem = {
        id: ctx.newId(),
        scope,
        builtInKey: null,
        label,
        why,
        clientQuestion: clientQuestion ?? defaultClientQuestion(label),
        requiredBeforeStart,
        order: nextOrder(template(), scope),
        version: 1,
        createdAt: at,
        updatedAt: at,
        retiredAt: null,
      };
      await ctx.db.mutate((doc) => doc.checklistTemplate.push(item), { touched: { checklistTemplate: [item] } });
      return item;
    }),

    updateItem: writes(['checklists'], async ({ id, fields }) => {
      const item = findTemplateItem(id);
      const edited = editTemplateItem(item, fields, ctx.now().toISOString());
      if (edited === item) return item;
      await ctx.db.mutate(() => Object.assign(item, edited), { touched: { checklistTemplate: [item] } });
      return item;
    }),

    retireItem: writes(['checklists'], async ({ id }) => {
      const item = findTemplateItem(id);
      if (item.retiredAt !== null) return item;
      const at = ctx.now().toISOString();
      await ctx.db.mutate(() => Object.assign(item, { retiredAt: at, updatedAt: at }), { touched: { checklistTemplate: [item] } });
      return item;
    }),

    restoreItem: writes(['checklists'], async ({ id }) => {
      const item = findTemplateItem(id);
      if (item.retiredAt === null) return item;
      // It keeps its old position, so "Undo" straight after retiring puts it back where it was.
      const at = ctx.now().toISOString();
      await ctx.db.mutate(() => Object.assign(item, { retiredAt: null, updatedAt: at }), { touched: { checklistTemplate: [item] } });
      return item;
    }),

    reorder: writes(['checklists'], async ({ scope, ids }) => {
      checkScope(scope);
      const result = reorderTemplate(template(), scope, ids);
      if (!result.ok) throw new ApiError('conflict', result.message);
      await ctx.db.mutate((doc, touch) => {
        for (const t of doc.checklistTemplate) {
          const order = result.orders.get(t.id);
          if (order !== undefined && order !== t.order) {
            t.order = order;
            touch('checklistTemplate', t);
          }
        }
      });
      return itemsInScope(template(), scope);
    }),

    forBrief: reads(({ briefId }) => stateOf(services.briefs.find(briefId))),

    setItem: writes(['checklists'], async ({ briefId, itemId, state, answer }) => {
      const brief = services.briefs.find(briefId);
      const patch = { ...(state !== undefined ? { state } : {}), ...(answer !== undefined ? { answer } : {}) };
      const next = patchItem(view(brief), itemId, patch, ctx.now().toISOString());
      if (next === null) throw notFound('checklist item');
      return saveItems(brief, materialise(next));
    }),

    addBriefItem: writes(['checklists'], async ({ briefId, label, why, requiredBeforeStart }) => {
      const brief = services.briefs.find(briefId);
      const items = view(brief);
      if (items.some((i) => !i.retired && i.label.toLocaleLowerCase() === label.toLocaleLowerCase())) {
        throw new ApiError('conflict', 'This brief already has an item with that wording.', {
          fields: { label: 'This brief already has an item with that wording.' },
        });
      }
      const item: BriefChecklistItem = {
        id: ctx.newId(),
        source: 'brief',
        templateVersion: null,
        builtInKey: null,
        label,
        why,
        clientQuestion: defaultClientQuestion(label),
        requiredBeforeStart,
        state: 'open',
        answer: '',
        updatedAt: ctx.now().toISOString(),
      };
      return saveItems(brief, [...materialise(items), item]);
    }),

    removeBriefItem: writes(['checklists'], async ({ briefId, itemId }) => {
      const brief = services.briefs.find(briefId);
      const items = view(brief);
      const item = items.find((i) => i.id === itemId);
      if (item === undefined) throw notFound('checklist item');
      if (item.source !== 'brief' && !item.retired) {
        throw new ApiError('conflict', 'This item comes from the checklist template. Mark it “Not needed” instead, or retire it from the template.');
      }
      return saveItems(brief, materialise(items.filter((i) => i.id !== itemId)));
    }),

    confirmBrief: writes(['checklists'], async ({ briefId, entryId }) => {
      const brief = services.briefs.find(briefId);
      const entry = ctx.db.data.paperTrail.find((e) => e.id === entryId && e.trashedAt === null);
      if (entry === undefined) throw notFound('paper-trail entry');
      if (entry.briefId !== brief.id) {
        throw new ApiError('invalid_input', 'Choose an entry from this brief’s paper trail.', {
          fields: { entryId: 'Choose an entry from this brief’s paper trail.' },
        });
      }
      if (entry.direction === 'sent') {
        throw new ApiError('invalid_input', 'That is a message you sent. Choose the client’s written reply.', {
          fields: { entryId: 'Choose a message from the client.' },
        });
      }
      const items = withConfirmedTick(brief, confirmationAnswer(entry.receivedAt), ctx.now().toISOString());
      return saveItems(brief, items, () => {
        brief.checklist.confirmedEntryId = entry.id;
      });
    }),

    confirmWithReply: writes(['checklists', 'paperTrail'], async ({ briefId, reply }) => {
      const brief = services.briefs.find(briefId);
      // The reply and the link to it are saved in one write, so neither can exist without the other.
      const at = ctx.now().toISOString();
      const entry: PaperTrailEntry = {
        ...reply,
        // The client's reply, whatever the caller said: the VA's own message cannot confirm the brief.
        direction: 'received',
        confirmedInWriting: true,
        id: ctx.newId(),
        clientId: brief.clientId,
        briefId: brief.id,
        correctsId: null,
        createdAt: at,
        trashedAt: null,
        trashBatchId: null,
      };
      const items = withConfirmedTick(brief, confirmationAnswer(entry.receivedAt), at);
      const state = await saveItems(brief, items, (touch) => {
        ctx.db.data.paperTrail.push(entry);
        touch('paperTrail', entry);
        brief.checklist.confirmedEntryId = entry.id;
      });
      return state;
    }),

    clearConfirmation: writes(['checklists'], async ({ briefId }) => {
      const brief = services.briefs.find(briefId);
      if (brief.checklist.confirmedEntryId === null) return stateOf(brief);
      // The tick stays as the VA left it: unticking is their call, and the paper-trail entry is never removed.
      return saveItems(brief, materialise(view(brief)), () => {
        brief.checklist.confirmedEntryId = null;
      });
    }),

    checkFigure: writes(['checklists'], async ({ briefId, figure, retyped }) => {
      const brief = services.briefs.find(briefId);
      const result = compareFigures(figure, retyped);
      if (!result.match || result.first === null) return { ...result, state: stateOf(brief) };
      const value = result.first;
      const phrase = figure.trim();
      const at = ctx.now().toISOString();
      await ctx.db.mutate(
        () => {
          brief.figureChecks = [...brief.figureChecks.filter((c) => c.value !== value), { value, phrase, checkedAt: at }];
        },
        { touched: { briefs: [brief] } },
      );
      return { ...result, state: stateOf(brief) };
    }),
  });
}
