// Everything the brief screen shows to pin a task down before it starts: risk flags with the retype
// check, the clarification checklist, and its two helpers. Owns their data so BriefDetail stays small.
import { type ReactNode, useMemo, useState } from 'react';
import type { Sender } from '../../../../shared/domain/clarificationMessages';
import { flagKinds } from '../../../../shared/domain/riskHighlights';
import { detectRiskFlags } from '../../../../shared/domain/riskFlags';
import type { Brief, BriefFields } from '../../../../shared/model/brief';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { checklistKeys, clientKeys, paperTrailKeys, settingKeys } from '../../api/queryKeys';
import { AskClientDialog } from './AskClientDialog';
import { RiskAdvice } from './RiskText';
import { ChecklistPanel } from './ChecklistPanel';
import { ConfirmBriefDialog } from './ConfirmBriefDialog';
import { BRIEF_TEXT_FIELDS, RiskFlagsPanel } from './RiskFlagsPanel';

const NO_SENDER: Sender = { name: '', businessName: '', signature: '' };

/** A one-line risk note under each brief field that has flags, where the VA is typing. */
export function briefRiskNotes(draft: BriefFields): Partial<Record<keyof BriefFields, ReactNode>> {
  const notes: Partial<Record<keyof BriefFields, ReactNode>> = {};
  for (const { key } of BRIEF_TEXT_FIELDS) {
    const flags = detectRiskFlags(draft[key]);
    if (flags.length > 0) notes[key] = <RiskAdvice flags={flags} compact field />;
  }
  return notes;
}

export function useBriefChecklist(briefId: string) {
  return useApiQuery(checklistKeys.forBrief(briefId), () => api.checklists.forBrief({ briefId }), { dependsOn: ['briefs'] });
}

export function BriefClarification({ brief, draft }: { brief: Brief; draft: BriefFields }) {
  const checklist = useBriefChecklist(brief.id);
  const entries = useApiQuery(paperTrailKeys.list({ briefId: brief.id }), () => api.paperTrail.list({ briefId: brief.id }));
  const client = useApiQuery(clientKeys.detail(brief.clientId), () => api.clients.get({ id: brief.clientId }));
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  const [helper, setHelper] = useState<'ask' | 'confirm' | null>(null);

  const entryList = useMemo(() => entries.data ?? [], [entries.data]);
  const flags = useMemo(
    () => [...BRIEF_TEXT_FIELDS.flatMap(({ key }) => detectRiskFlags(draft[key])), ...entryList.flatMap((e) => detectRiskFlags(e.words))],
    [draft, entryList],
  );
  const kinds = useMemo(() => flagKinds(flags), [flags]);
  const profile = settings.data?.profile;
  const sender = useMemo<Sender>(
    () => (profile ? { name: profile.name, businessName: profile.businessName, signature: profile.signature } : NO_SENDER),
    [profile],
  );

  const state = checklist.data;
  const figuresItem = state?.items.find((i) => i.builtInKey === 'figures' && i.state === 'open' && !i.retired);
  const tickFigures = figuresItem
    ? () => {
        const amounts = (state?.figureChecks ?? []).map((c) => c.phrase).join(', ');
        void api.checklists.setItem({
          briefId: brief.id,
          itemId: figuresItem.id,
          state: 'done',
          answer: figuresItem.answer || `Retyped and matched: ${amounts}.`,
        });
      }
    : null;

  return (
    <>
      <RiskFlagsPanel briefId={brief.id} draft={draft} entries={entryList} checklist={state} onTickFigures={tickFigures} />
      {checklist.error && !state ? <p className="notice-inline error">{checklist.error}</p> : null}
      {state ? (
        <ChecklistPanel briefId={brief.id} draft={draft} state={state} flags={flags} onAsk={() => setHelper('ask')} onConfirm={() => setHelper('confirm')} />
      ) : null}
      {state && client.data && helper === 'ask' ? (
        <AskClientDialog
          open
          onClose={() => setHelper(null)}
          briefId={brief.id}
          briefTitle={draft.title}
          client={client.data}
          sender={sender}
          items={state.items}
          flagKinds={kinds}
        />
      ) : null}
      {state && client.data && helper === 'confirm' ? (
        <ConfirmBriefDialog
          open
          onClose={() => setHelper(null)}
          briefId={brief.id}
          draft={draft}
          client={client.data}
          sender={sender}
          items={state.items}
          flagKinds={kinds}
          entries={entryList}
          confirmedEntryId={state.confirmedEntryId}
        />
      ) : null}
    </>
  );
}
