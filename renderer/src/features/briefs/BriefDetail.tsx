// One brief: its fields (autosaved), its status, its snapshots and its paper trail.
import { useEffect, useState } from 'react';
import { formatDateTime, formatDay, localIsoDay } from '../../../../shared/domain/dateDisplay';
import { briefFieldsOf, type BriefFields, type BriefStatus, briefStatusLabels } from '../../../../shared/model/brief';
import { api, ApiError, errorMessage } from '../../api/client';
import { href, navigate } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { briefKeys } from '../../api/queryKeys';
import { ConfirmDialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/Toasts';
import { saveStateLabel, useAutosave } from '../../ui/useAutosave';
import { KeptDraftNotice } from '../../ui/KeptDraft';
import { DeliveredDialog } from './DeliveredDialog';
import { PaperTrail } from '../paperTrail/PaperTrail';
import { BriefClarification, briefRiskNotes } from '../checklists/BriefClarification';
import { CHECKLIST_SECTION_ID } from '../checklists/ChecklistPanel';
import { OverrideNote } from '../checklists/OverrideNote';
import { StartWorkDialog } from '../checklists/StartWorkDialog';
import { BriefForm } from './BriefForm';
import { BriefStatusActions } from './BriefStatusActions';
import { briefText } from './text';

export function BriefDetail({ id }: { id: string }) {
  const brief = useApiQuery(briefKeys.detail(id), () => api.briefs.get({ id }));
  const [draft, setDraft] = useState<BriefFields | null>(null);
  const [confirmTrash, setConfirmTrash] = useState(false);
  const [delivering, setDelivering] = useState(false);
  const [deliveredOn, setDeliveredOn] = useState(() => localIsoDay());
  const [statusError, setStatusError] = useState<string | null>(null);
  // "Start work" refused by the checklist gate: the open required items, and any problem with the reason given.
  const [blocked, setBlocked] = useState<{ openItems: { id: string; label: string }[]; error: string | null } | null>(null);
  const toasts = useToasts();
  const autosave = useAutosave(draft, (d) => (d ? api.briefs.update({ id, fields: d }) : Promise.resolve()), {
    enabled: draft !== null,
    draftKey: `brief:${id}`,
  });

  useEffect(() => {
    if (brief.fresh && draft === null) {
      const fields = briefFieldsOf(brief.fresh);
      setDraft(autosave.start(fields));
    }
  }, [brief.fresh, draft, autosave]);

  if (brief.error && !brief.data) return <p className="notice-inline error">{brief.error}</p>;
  if (draft === null || brief.data === undefined) return <p className="muted">Loading…</p>;
  const b = brief.data;

  const setStatus = async (status: BriefStatus, on?: string, overrideReason?: string) => {
    setStatusError(null);
    try {
      await api.briefs.setStatus(on ? { id, status, deliveredOn: on } : overrideReason ? { id, status, overrideReason } : { id, status });
      setBlocked(null);
    } catch (error) {
      const openItems = error instanceof ApiError && error.code === 'conflict' ? error.details?.['openItems'] : undefined;
      if (Array.isArray(openItems)) setBlocked({ openItems: openItems as { id: string; label: string }[], error: overrideReason ? errorMessage(error) : null });
      else setStatusError(errorMessage(error));
    }
  };
  const backToChecklist = () => {
    setBlocked(null);
    // After the dialog has gone: while it is open, the rest of the page cannot take focus.
    setTimeout(() => {
      const section = document.getElementById(CHECKLIST_SECTION_ID);
      section?.scrollIntoView({ block: 'start' });
      section?.focus();
    }, 0);
  };
  const trash = async () => {
    setConfirmTrash(false);
    try {
      const receipt = await api.briefs.trash({ id });
      navigate('briefs');
      toasts.show(briefText.trashed(receipt.label), {
        label: 'Undo',
        run: async () => {
          await api.trash.restore({ batchId: receipt.batchId });
          navigate('briefs', id);
          toasts.show(briefText.restored(receipt.label));
        },
      });
    } catch (error) {
      toasts.show(errorMessage(error));
    }
  };

  return (
    <>
      <div className="detail-head">
        <div>
          <h2>{draft.title || b.title}</h2>
          <p className="muted small">
            <span className="badge">{briefStatusLabels[b.status]}</span> {b.deliveredOn ? `Delivered on ${formatDay(b.deliveredOn)} · ` : ''}
            <a href={href('clients', b.clientId)}>Open client</a>
          </p>
        </div>
        <div className="actions">
          <span className="save-state" aria-live="polite">
            {saveStateLabel(autosave.state)}
          </span>
          <a className="btn" href={href('incidents', null, { new: '1', brief: b.id })} title="I made a mistake on this brief">
            Start incident
          </a>
          <button type="button" className="btn" onClick={() => setConfirmTrash(true)}>
            {briefText.trashButton}
          </button>
        </div>
      </div>
      <BriefStatusActions status={b.status} onChoose={(next) => (next === 'delivered' ? setDelivering(true) : void setStatus(next))} />
      {statusError ? (
        <div className="notice-inline error" role="alert">
          {statusError}
        </div>
      ) : null}
      <KeptDraftNotice autosave={autosave} />
      <OverrideNote override={b.checklist.override} />
      <div className="section">
        <BriefForm draft={draft} onChange={setDraft} errors={autosave.errors} notes={briefRiskNotes(draft)} />
      </div>
      <BriefClarification brief={b} draft={draft} />
      <PaperTrail clientId={b.clientId} briefId={b.id} />
      {b.snapshots.length > 0 ? (
        <div className="section">
          <h3>{briefText.snapshotsHeading}</h3>
          <p className="muted small">{briefText.snapshotsHint}</p>
          {b.snapshots.map((s) => (
            <details key={`${s.kind}-${s.takenAt}`}>
              <summary>
                {briefText.snapshotKinds[s.kind]} · {formatDateTime(s.takenAt)}
              </summary>
              <dl className="snapshot">
                {(Object.keys(briefText.fields) as (keyof typeof briefText.fields)[])
                  .filter((k) => k in s.fields)
                  .map((k) => (
                    <div key={k}>
                      <dt className="muted small">{briefText.fields[k]}</dt>
                      <dd style={{ whiteSpace: 'pre-wrap', margin: '0 0 0.5rem' }}>{String(s.fields[k as keyof BriefFields] ?? '—') || '—'}</dd>
                    </div>
                  ))}
              </dl>
            </details>
          ))}
        </div>
      ) : null}
      {blocked ? (
        <StartWorkDialog
          open
          openItems={blocked.openItems}
          error={blocked.error}
          onFinishFirst={backToChecklist}
          onStartAnyway={(reason) => void setStatus('in-progress', undefined, reason)}
          onClose={() => setBlocked(null)}
        />
      ) : null}
      <ConfirmDialog
        title={briefText.trashConfirmTitle(b.title)}
        open={confirmTrash}
        confirmLabel={briefText.trashButton}
        onConfirm={() => void trash()}
        onCancel={() => setConfirmTrash(false)}
      >
        <p>{briefText.trashConfirmBody}</p>
      </ConfirmDialog>
      <DeliveredDialog
        open={delivering}
        value={deliveredOn}
        onChange={setDeliveredOn}
        onCancel={() => setDelivering(false)}
        onConfirm={(on) => {
          setDelivering(false);
          void setStatus('delivered', on);
        }}
      />
    </>
  );
}
