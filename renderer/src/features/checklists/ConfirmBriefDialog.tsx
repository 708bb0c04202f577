// "Confirm the brief": a recap of what the VA understood, to send for written confirmation; the
// client's reply (pasted, or chosen from the paper trail) is linked to the brief and ticks the item.
import { useMemo, useState } from 'react';
import { briefRecap, confirmBriefMessage, type MessageFormat, type Sender } from '../../../../shared/domain/clarificationMessages';
import type { ChecklistViewItem } from '../../../../shared/domain/checklist';
import type { RiskFlagKind } from '../../../../shared/domain/riskFlags';
import type { BriefFields } from '../../../../shared/model/brief';
import type { Client } from '../../../../shared/model/client';
import type { PaperTrailEntry } from '../../../../shared/model/paperTrail';
import { api, errorMessage } from '../../api/client';
import { CloseDialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { useToasts } from '../../ui/Toasts';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import { FormatChoice, MessageEditor, ReplyForm } from './MessageParts';
import { confirmText } from './text';

interface Props {
  open: boolean;
  onClose: () => void;
  briefId: string;
  draft: BriefFields;
  client: Client;
  sender: Sender;
  items: readonly ChecklistViewItem[];
  flagKinds: readonly RiskFlagKind[];
  entries: readonly PaperTrailEntry[];
  confirmedEntryId: string | null;
}

const excerpt = (words: string) => (words.length > 90 ? `${words.slice(0, 90).trimEnd()}…` : words);

export function ConfirmBriefDialog({ open, onClose, briefId, draft, client, sender, items, flagKinds, entries, confirmedEntryId }: Props) {
  const [format, setFormat] = useState<MessageFormat>(client.preferredChannel === 'chat' ? 'chat' : 'email');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();
  const recap = useMemo(() => briefRecap(draft, items), [draft, items]);
  const message = useMemo(
    () => confirmBriefMessage({ clientName: client.name, briefTitle: draft.title, recap, flagKinds, sender, format }),
    [client.name, draft.title, recap, flagKinds, sender, format],
  );
  const linked = entries.find((e) => e.id === confirmedEntryId);
  // Only the client's own words can confirm the brief; the VA's sent messages are not offered.
  const fromClient = entries.filter((e) => e.direction === 'received');

  const done = () => {
    toasts.show(confirmText.saved);
    onClose();
  };
  const linkEntry = async () => {
    setError(null);
    try {
      await api.checklists.confirmBrief({ briefId, entryId: chosen });
      done();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const unlink = async () => {
    try {
      await api.checklists.clearConfirmation({ briefId });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <CloseDialog title={confirmText.title} open={open} onClose={onClose}>
      <div className="wide-dialog">
        {linked ? (
          <div className="notice-inline" role="status">
            <strong>
              <Icon name="check" /> {confirmText.confirmedHeading}
            </strong>
            <p className="small" style={{ margin: '0.25rem 0' }}>
              {confirmText.confirmedBy} {formatDateTime(linked.receivedAt)}: “{excerpt(linked.words)}”
            </p>
            <button type="button" className="btn link small" onClick={() => void unlink()}>
              {confirmText.unlink}
            </button>
          </div>
        ) : null}
        <p className="muted">{confirmText.intro}</p>
        {recap.gaps.length > 0 ? (
          <p className="notice-inline warning">
            <Icon name="warning" /> {confirmText.gaps(recap.gaps)}
          </p>
        ) : null}
        <FormatChoice name="confirm-format" value={format} onChange={setFormat} />
        <MessageEditor key={format} generated={message} />
        <section className="helper-section" aria-labelledby="confirm-mark-heading">
          <h3 id="confirm-mark-heading">{confirmText.markHeading}</h3>
          <p className="muted small">{confirmText.markHint}</p>
          {error ? (
            <div className="notice-inline error" role="alert">
              {error}
            </div>
          ) : null}
          <ReplyForm
            labels={confirmText}
            defaultChannel={format === 'chat' ? 'chat' : 'email'}
            onSave={async (fields) => {
              await api.checklists.confirmWithReply({ briefId, reply: fields });
              done();
            }}
          />
          {fromClient.length > 0 ? (
            <div className="field" style={{ marginTop: '1rem' }}>
              <label htmlFor="confirm-choose">{confirmText.chooseLabel}</label>
              <div className="actions">
                <select id="confirm-choose" value={chosen} onChange={(e) => setChosen(e.target.value)} style={{ flex: '1 1 18rem', width: 'auto' }}>
                  <option value="">{confirmText.chooseNone}</option>
                  {fromClient.map((e) => (
                    <option key={e.id} value={e.id}>
                      {formatDateTime(e.receivedAt)}: {excerpt(e.words)}
                    </option>
                  ))}
                </select>
                <button type="button" className="btn" disabled={chosen === ''} onClick={() => void linkEntry()}>
                  {confirmText.useEntry}
                </button>
              </div>
            </div>
          ) : null}
        </section>
      </div>
    </CloseDialog>
  );
}
