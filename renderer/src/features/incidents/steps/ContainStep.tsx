// Stop the harm, on the harm question's page when the VA says it is still happening: concrete suggestions, each
// logged with its time, straight after the pause.
import { useState } from 'react';
import { containmentAtStart, type ContainSuggestion, containmentSuggestions } from '../../../../../shared/domain/incidentContain';
import type { Incident } from '../../../../../shared/model/incident';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { Icon } from '../../../ui/Icon';
import { TextInput } from '../flow/fields';
import { clockTime } from '../flow/types';
import { containText as t } from '../text';

export function ContainPanel({ incident, onIncident }: { incident: Incident; onIncident: (i: Incident) => void }) {
  const { impacts, description } = incident.answers.happened;
  const { suggested, more } = impacts.length === 0 && description.trim() === '' ? containmentAtStart() : containmentSuggestions({ impacts, description });
  const [other, setOther] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const doneAt = (label: string) => incident.containActions.find((a) => a.label === label)?.at;

  const log = async (label: string, focusAfter?: string) => {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    try {
      onIncident(await api.incidents.logContainment({ id: incident.id, label, note: '' }));
      // The button becomes "Done at …"; keep keyboard focus there rather than losing it.
      if (focusAfter) requestAnimationFrame(() => document.getElementById(focusAfter)?.focus());
      return true;
    } catch (e) {
      setError(fieldErrors(e).label ?? errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const logOther = async () => {
    if (await log(other)) setOther('');
  };

  const card = (s: ContainSuggestion) => {
    const at = doneAt(s.label);
    return (
      <li key={s.id} className={at ? 'suggestion done' : 'suggestion'}>
        <div>
          <strong>{s.label}</strong>
          <p className="small muted">{s.detail}</p>
        </div>
        {at ? (
          <span className="done-at" id={`done-${s.id}`} tabIndex={-1}>
            <Icon name="check" size={16} /> {t.doneAt(clockTime(at))}
          </span>
        ) : (
          <button type="button" className="btn" onClick={() => void log(s.label, `done-${s.id}`)} aria-label={`${t.markDone}: ${s.label}`}>
            {t.markDone}
          </button>
        )}
      </li>
    );
  };

  return (
    <section className="panel contain-panel" aria-labelledby="contain-heading">
      <h2 id="contain-heading" className="section-heading">
        {t.heading}
      </h2>
      <p className="small muted">{t.hint}</p>
      <ul className="suggestions">{suggested.map(card)}</ul>
      <details className="more-ideas">
        <summary>{t.more}</summary>
        <ul className="suggestions">{more.map(card)}</ul>
      </details>
      <div className="inline-add">
        <TextInput
          name="otherAction"
          label={t.other}
          hint={t.otherHint}
          value={other}
          onChange={setOther}
          error={error}
          maxLength={300}
          onEnter={() => void logOther()}
        />
        <button type="button" className="btn" onClick={() => void logOther()}>
          {t.log}
        </button>
      </div>
      <h3 className="section-heading">{t.logged}</h3>
      {incident.containActions.length === 0 ? (
        <p className="muted small">{t.none}</p>
      ) : (
        <ol className="logged-list">
          {incident.containActions.map((a) => (
            <li key={a.id}>
              <time dateTime={a.at}>{clockTime(a.at)}</time> {a.label}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
