// "Paste a message": what a VA copies out of Gmail, Outlook, Slack, WhatsApp or Teams. The header
// lines those apps put on top pre-fill who sent it, when and how, for the VA to confirm; the pasted
// text itself is saved exactly as pasted.
import { useRef, useState } from 'react';
import type { Channel } from '../../../../shared/model/common';
import { MAX_SHORT_TEXT } from '../../../../shared/model/common';
import { channelLabels, type PaperTrailEntry } from '../../../../shared/model/paperTrail';
import { type PastedChannel, type PastedMessage, recognisePastedMessage } from '../../../../shared/domain/pastedMessage';
import { api, fieldErrors, formErrorSummary } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { settingKeys } from '../../api/queryKeys';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { useToasts } from '../../ui/Toasts';
import { DateQuestion, EntryTimeFields, useEntryTime } from './EntryTime';
import { captureText as t, paperTrailText as pt } from './text';

const CHANNEL_OF: Record<PastedChannel, Channel> = { email: 'email', slack: 'chat', whatsapp: 'chat', teams: 'chat', other: 'other' };
const APP_NAME: Record<PastedChannel, string> = { email: 'Email', slack: 'Slack', whatsapp: 'WhatsApp', teams: 'Teams', other: '' };
const channelOptions = (Object.keys(channelLabels) as Channel[]).map((c) => ({ value: c, label: channelLabels[c] }));
type Direction = PaperTrailEntry['direction'];

/** "Slack, Sarah Lee" or the email's subject: where the VA would look for the message again. */
function sourceOf(found: PastedMessage): string {
  const where = found.subject ?? [found.channel ? APP_NAME[found.channel] : '', found.sender ?? ''].filter(Boolean).join(', ');
  return where.slice(0, MAX_SHORT_TEXT);
}

export function PasteMessageDialog({ clientId, briefId, open, onClose }: { clientId: string; briefId: string | null; open: boolean; onClose: () => void }) {
  return (
    <Dialog title={t.pasteHeading} open={open} onClose={onClose} actions={null}>
      {open ? <PasteForm clientId={clientId} briefId={briefId} onClose={onClose} /> : null}
    </Dialog>
  );
}

function PasteForm({ clientId, briefId, onClose }: { clientId: string; briefId: string | null; onClose: () => void }) {
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  const when = useEntryTime(new Date());
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<Channel>('email');
  const [direction, setDirection] = useState<Direction>('received');
  const [sourceRef, setSourceRef] = useState('');
  const [recognised, setRecognised] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const lastFound = useRef('');
  const toasts = useToasts();

  const onText = (value: string) => {
    setText(value);
    const found = recognisePastedMessage(value);
    const key = JSON.stringify([found.sender, found.senderAddress, found.sentAt, found.channel, found.subject]);
    // Pre-fill only when what was recognised changes, so the VA's own corrections are not overwritten while typing.
    if (key === lastFound.current) return;
    lastFound.current = key;
    const filled: string[] = [];
    if (found.sender !== null || found.subject !== null) {
      setSourceRef(sourceOf(found));
      filled.push(t.sender);
      const profile = settings.data?.profile;
      const own = [profile?.name, profile?.email].map((v) => v?.trim().toLowerCase()).filter((v): v is string => Boolean(v));
      setDirection([found.sender, found.senderAddress].some((v) => v !== null && own.includes(v.trim().toLowerCase())) ? 'sent' : 'received');
    }
    if (found.sentAt !== null) {
      when.setInstant(found.sentAt);
      filled.push(t.time);
    }
    if (found.channel !== null) {
      setChannel(CHANNEL_OF[found.channel]);
      filled.push(t.channel);
    }
    setRecognised(filled);
  };

  const save = async (dateConfirmed: boolean) => {
    setMessage(null);
    const problems: Record<string, string> = {};
    if (text.trim() === '') problems.words = t.pasteNeeded;
    const at = when.resolve(dateConfirmed);
    setErrors(problems);
    if (at === null || Object.keys(problems).length > 0) return;
    try {
      // The paste exactly as it came: the words are never tidied.
      await api.paperTrail.add({
        clientId,
        briefId,
        fields: { receivedAt: at.toISOString(), channel, words: text, sourceRef, confirmedInWriting: false, direction },
      });
      toasts.show(pt.added[direction]);
      onClose();
    } catch (error) {
      setErrors(fieldErrors(error));
      setMessage(formErrorSummary(error));
    }
  };

  return (
    <form
      className="paste-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <p className="muted small">{t.pasteHint}</p>
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      <TextField label={t.pasteLabel} multiline rows={8} value={text} onChange={onText} error={errors.words} autoFocus />
      {recognised.length > 0 ? (
        <p className="small recognised" role="status">
          {t.recognised(recognised.join(', '))}
        </p>
      ) : null}
      <fieldset className="direction-choice">
        <legend>{pt.direction}</legend>
        {(['received', 'sent'] as const).map((d) => (
          <label key={d} className="checkbox">
            <input type="radio" name="paste-direction" value={d} checked={direction === d} onChange={() => setDirection(d)} />
            <span>{pt.directions[d]}</span>
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <EntryTimeFields value={when} dayLabel={pt.when[direction]} timeLabel={pt.time} />
        <SelectField label={pt.channel} value={channel} options={channelOptions} onChange={setChannel} />
      </div>
      <DateQuestion value={when} onKeep={() => void save(true)} />
      <TextField label={pt.sourceRef} value={sourceRef} onChange={setSourceRef} hint={pt.sourceRefHint} error={errors.sourceRef} />
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t.cancel}
        </button>
        <button type="submit" className="btn primary">
          {t.pasteSave}
        </button>
      </div>
    </form>
  );
}
