// "Ask the client": the open checklist items as a clear, polite message to copy, and the client's
// reply added to the paper trail in one step.
import { useMemo, useState } from 'react';
import { askClientMessage, clarificationQuestions, type MessageFormat, type Sender } from '../../../../shared/domain/clarificationMessages';
import type { RiskFlagKind } from '../../../../shared/domain/riskFlags';
import type { Client } from '../../../../shared/model/client';
import type { ChecklistViewItem } from '../../../../shared/domain/checklist';
import { api } from '../../api/client';
import { CloseDialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/Toasts';
import { FormatChoice, MessageEditor, ReplyForm } from './MessageParts';
import { askText } from './text';

interface Props {
  open: boolean;
  onClose: () => void;
  briefId: string;
  briefTitle: string;
  client: Client;
  sender: Sender;
  items: readonly ChecklistViewItem[];
  flagKinds: readonly RiskFlagKind[];
}

export function AskClientDialog({ open, onClose, briefId, briefTitle, client, sender, items, flagKinds }: Props) {
  const [format, setFormat] = useState<MessageFormat>(client.preferredChannel === 'chat' ? 'chat' : 'email');
  const toasts = useToasts();
  const questions = useMemo(() => clarificationQuestions(items, flagKinds), [items, flagKinds]);
  const message = useMemo(
    () => askClientMessage({ clientName: client.name, briefTitle, questions, sender, format }),
    [client.name, briefTitle, questions, sender, format],
  );
  return (
    <CloseDialog title={askText.title} open={open} onClose={onClose}>
      <div className="wide-dialog">
        <p className="muted">{askText.intro}</p>
        {message === null ? (
          <p className="notice-inline">{askText.nothing}</p>
        ) : (
          <>
            <FormatChoice name="ask-format" value={format} onChange={setFormat} />
            <MessageEditor key={format} generated={message} />
          </>
        )}
        <section className="helper-section" aria-labelledby="ask-reply-heading">
          <h3 id="ask-reply-heading">{askText.replyHeading}</h3>
          <p className="muted small">{askText.replyHint}</p>
          <ReplyForm
            labels={askText}
            defaultChannel={format === 'chat' ? 'chat' : 'email'}
            onSave={async (fields) => {
              await api.paperTrail.add({ clientId: client.id, briefId, fields });
              toasts.show(askText.saved);
              onClose();
            }}
          />
        </section>
      </div>
    </CloseDialog>
  );
}
