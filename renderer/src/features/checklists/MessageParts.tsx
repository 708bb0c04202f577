// Pieces shared by the "Ask the client" and "Confirm the brief" helpers: choosing email or chat, an
// editable message with a copy button, and a form that adds the client's reply to the paper trail.
import { useRef, useState } from 'react';
import type { ClientMessage, MessageFormat } from '../../../../shared/domain/clarificationMessages';
import type { Channel } from '../../../../shared/model/common';
import { channelLabels, type PaperTrailEntryFields } from '../../../../shared/model/paperTrail';
import { fieldErrors, errorMessage } from '../../api/client';
import { SelectField, TextField } from '../../ui/Field';
import { DateQuestion, EntryTimeFields, useEntryTime } from '../paperTrail/EntryTime';
import { copyText } from './clipboard';
import { messageText } from './text';

export function FormatChoice({ value, onChange, name }: { value: MessageFormat; onChange: (f: MessageFormat) => void; name: string }) {
  return (
    <fieldset className="format-choice">
      <legend>{messageText.format}</legend>
      {(['email', 'chat'] as const).map((f) => (
        <label key={f}>
          <input type="radio" name={name} value={f} checked={value === f} onChange={() => onChange(f)} />
          {messageText[f]}
        </label>
      ))}
    </fieldset>
  );
}

/** The generated message, editable before copying. Give it a `key` per format so switching starts afresh. */
export function MessageEditor({ generated }: { generated: ClientMessage }) {
  const [current, setEdited] = useState({ subject: generated.subject ?? '', body: generated.body });
  const [status, setStatus] = useState('');
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const copy = async (text: string) => {
    const ok = await copyText(text, bodyRef.current);
    setStatus(ok ? messageText.copied : messageText.copyFailed);
  };
  return (
    <>
      {generated.subject !== null ? (
        <TextField label={messageText.subject} value={current.subject} onChange={(subject) => setEdited({ ...current, subject })} />
      ) : null}
      <div className="field">
        <label htmlFor="helper-message">{messageText.message}</label>
        <span className="hint" id="helper-message-hint">
          {messageText.messageHint}
        </span>
        <textarea
          id="helper-message"
          ref={bodyRef}
          className="message"
          aria-describedby="helper-message-hint"
          value={current.body}
          onChange={(e) => setEdited({ ...current, body: e.target.value })}
        />
      </div>
      <div className="copy-row">
        <button type="button" className="btn primary" onClick={() => void copy(current.body)}>
          {messageText.copy}
        </button>
        {generated.subject !== null ? (
          <button type="button" className="btn" onClick={() => void copy(current.subject)}>
            {messageText.copySubject}
          </button>
        ) : null}
        <span className="small muted" role="status">
          {status}
        </span>
      </div>
    </>
  );
}

const channelOptions = (Object.keys(channelLabels) as Channel[]).map((c) => ({ value: c, label: channelLabels[c] }));

interface ReplyFormProps {
  /** The dialog's own words for its reply (askText, confirmText). */
  labels: { replyLabel: string; receivedLabel: string; channelLabel: string; save: string; wordsNeeded: string; sourceRef: string };
  defaultChannel: Channel;
  onSave: (fields: PaperTrailEntryFields) => Promise<unknown>;
}

/** The client's reply, pasted word for word, with when and how it came. */
export function ReplyForm({ labels, defaultChannel, onSave }: ReplyFormProps) {
  const [words, setWords] = useState('');
  const when = useEntryTime();
  const [channel, setChannel] = useState<Channel>(defaultChannel);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (dateConfirmed: boolean) => {
    if (words.trim() === '') return setErrors({ words: labels.wordsNeeded });
    setErrors({});
    const at = when.resolve(dateConfirmed);
    if (at === null) return;
    setSaving(true);
    try {
      await onSave({ receivedAt: at.toISOString(), channel, words, sourceRef: labels.sourceRef, confirmedInWriting: false });
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^reply\./, ''), v])));
      setMessage(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  return (
    <form onSubmit={submit} noValidate>
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      <TextField label={labels.replyLabel} multiline rows={3} value={words} onChange={setWords} error={errors.words} />
      <div className="grid-2">
        <EntryTimeFields value={when} dayLabel={labels.receivedLabel} timeLabel={messageText.replyTime} />
        <SelectField label={labels.channelLabel} value={channel} options={channelOptions} onChange={setChannel} />
      </div>
      {errors.receivedAt ? (
        <div className="notice-inline error" role="alert">
          {errors.receivedAt}
        </div>
      ) : null}
      <DateQuestion value={when} onKeep={() => void save(true)} />
      <button type="submit" className="btn primary" disabled={saving}>
        {labels.save}
      </button>
    </form>
  );
}
