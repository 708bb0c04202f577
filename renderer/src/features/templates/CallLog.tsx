// After the call: when it was, how it went, and notes, saved to the client's (and brief's) paper trail.
import { useState } from 'react';
import { callOutcome, type CallOutcome } from '../../../../shared/operations/templates';
import { api, errorMessage } from '../../api/client';
import { href } from '../../app/router';
import { SelectField, TextField } from '../../ui/Field';
import { templatesText as t } from './text';

function nowLocalInput(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

interface Props {
  client: { id: string; name: string } | null;
  brief: { id: string; title: string } | null;
  onLogged?: (() => void) | undefined;
}

export function CallLog({ client, brief, onLogged }: Props) {
  const [calledAt, setCalledAt] = useState(nowLocalInput);
  const [outcome, setOutcome] = useState<CallOutcome>('spoke');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!client) return setError(t.needClient);
    const when = new Date(calledAt);
    if (Number.isNaN(when.getTime())) return setError(t.badTime);
    try {
      await api.templates.logCall({ clientId: client.id, briefId: brief?.id ?? null, calledAt: when.toISOString(), outcome, notes });
      setSaved(t.logSaved(client.name));
      setNotes('');
      onLogged?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form className="section call-log no-print" onSubmit={save} noValidate aria-labelledby="call-log-heading">
      <h3 id="call-log-heading">{t.callLogHeading}</h3>
      <p className="muted small">{t.callLogHint}</p>
      <div className="grid-2">
        <TextField label={t.calledAt} type="datetime-local" value={calledAt} onChange={setCalledAt} />
        <SelectField label={t.outcome} value={outcome} options={callOutcome.options.map((o) => ({ value: o, label: t.outcomes[o] }))} onChange={setOutcome} />
      </div>
      <TextField label={t.notes} hint={t.notesHint} multiline rows={3} value={notes} onChange={setNotes} />
      {error ? (
        <p className="notice-inline error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="btn primary">
          {t.saveLog}
        </button>
        {saved ? (
          <span role="status">
            {saved} {client ? <a href={brief ? href('briefs', brief.id) : href('clients', client.id)}>{t.viewTrail}</a> : null}
          </span>
        ) : null}
      </div>
    </form>
  );
}
