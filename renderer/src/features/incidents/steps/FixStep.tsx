// Fix, on the close page: a step list with done/not done, and time entries, not billable unless the remedy is a billable change.
import { useState } from 'react';
import { formatMinutes, parseMinutes, timeTotals } from '../../../../../shared/domain/incidentTime';
import type { Incident } from '../../../../../shared/model/incident';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { TextInput } from '../flow/fields';
import { clockTime } from '../flow/types';
import { fixText as t } from '../text';

export function FixPanel({ incident, onIncident }: { incident: Incident; onIncident: (i: Incident) => void }) {
  const [label, setLabel] = useState('');
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // Ticks show at once; the saved state follows. Nothing is disabled, so keyboard focus stays where it was.
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const billable = incident.remedyOutcome?.billable ?? false;
  const totals = timeTotals(incident.timeEntries, billable);
  const undone = incident.fixTasks.filter((f) => f.doneAt === null).length;

  const act = async (call: () => Promise<Incident>, field: string, after?: () => void) => {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      onIncident(await call());
      after?.();
    } catch (e) {
      const f = fieldErrors(e);
      setErrors({ [field]: Object.values(f)[0] ?? errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  // Not behind `busy`: the VA may type and add the next step while the last one is still saving. The box is
  // cleared only if it still holds the step just sent, so nothing typed meanwhile is lost.
  const addStep = async () => {
    const sent = label;
    setErrors({});
    try {
      onIncident(await api.incidents.addFixTask({ id: incident.id, label: sent }));
      setLabel((current) => (current === sent ? '' : current));
    } catch (e) {
      setErrors({ newStep: Object.values(fieldErrors(e))[0] ?? errorMessage(e) });
    }
  };
  const logTime = () => {
    const parsed = parseMinutes(minutes);
    if (parsed === null) return setErrors({ minutes: t.minutesProblem });
    return act(
      () => api.incidents.logTime({ id: incident.id, minutes: parsed, note }),
      'minutes',
      () => {
        setMinutes('');
        setNote('');
      },
    );
  };

  return (
    <details className="fix-panel" open={incident.fixTasks.length > 0 || incident.timeEntries.length > 0 || undefined}>
      <summary>{t.panelSummary}</summary>
      <section className="panel" aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="section-heading">
          {t.stepsHeading}
        </h2>
        {incident.fixTasks.length === 0 ? <p className="muted small">{t.noSteps}</p> : null}
        <ul className="fix-tasks">
          {incident.fixTasks.map((task) => (
            <li key={task.id} className="checkbox">
              <input
                type="checkbox"
                id={`task-${task.id}`}
                checked={ticks[task.id] ?? task.doneAt !== null}
                onChange={(e) => {
                  const done = e.target.checked;
                  setTicks((t) => ({ ...t, [task.id]: done }));
                  void api.incidents.setFixTaskDone({ id: incident.id, taskId: task.id, done }).then(onIncident, (err: unknown) => {
                    setTicks((t) => ({ ...t, [task.id]: !done }));
                    setErrors({ newStep: errorMessage(err) });
                  });
                }}
              />
              <label htmlFor={`task-${task.id}`} className={task.doneAt ? 'done' : undefined}>
                {task.label}
                {task.doneAt ? <span className="small muted"> · {clockTime(task.doneAt)}</span> : null}
              </label>
            </li>
          ))}
        </ul>
        <div className="inline-add">
          <TextInput name="newStep" label={t.newStep} value={label} onChange={setLabel} error={errors.newStep} maxLength={300} onEnter={() => void addStep()} />
          <button type="button" className="btn" onClick={() => void addStep()}>
            {t.addStep}
          </button>
        </div>
        {undone > 0 ? <p className="small muted">{t.undoneLeft(undone)}</p> : null}
      </section>
      <section className="panel" aria-labelledby="time-heading">
        <h2 id="time-heading" className="section-heading">
          {t.timeHeading}
        </h2>
        <div className="time-row">
          <TextInput
            name="minutes"
            label={t.minutes}
            hint={t.minutesHint}
            value={minutes}
            onChange={setMinutes}
            error={errors.minutes}
            maxLength={20}
            onEnter={() => void logTime()}
          />
          <TextInput name="timeNote" label={t.note} value={note} onChange={setNote} maxLength={300} onEnter={() => void logTime()} />
          <button type="button" className="btn" onClick={() => void logTime()}>
            {t.logTime}
          </button>
        </div>
        {incident.timeEntries.length > 0 ? (
          <table className="simple time-table">
            <caption className="visually-hidden">{t.timeHeading}</caption>
            <tbody>
              {incident.timeEntries.map((e) => (
                <tr key={e.id} className={e.removedAt ? 'struck' : undefined}>
                  <td>{clockTime(e.at)}</td>
                  <td>{e.removedAt ? <s>{formatMinutes(e.minutes)}</s> : formatMinutes(e.minutes)}</td>
                  <td>{e.note}</td>
                  <td>
                    {e.removedAt ? (
                      <span className="small muted">{t.struck}</span>
                    ) : (
                      <button
                        type="button"
                        className="btn link"
                        onClick={() => void act(() => api.incidents.removeTime({ id: incident.id, entryId: e.id }), 'minutes')}
                        aria-label={`${t.strike}: ${formatMinutes(e.minutes)}`}
                      >
                        {t.strike}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <dl className="totals" aria-label={t.total}>
          <div>
            <dt>{t.total}</dt>
            <dd>{formatMinutes(totals.totalMinutes)}</dd>
          </div>
          <div>
            <dt>{t.notBillable}</dt>
            <dd>{formatMinutes(totals.nonBillableMinutes)}</dd>
          </div>
          <div>
            <dt>{t.billable}</dt>
            <dd>{formatMinutes(totals.billableMinutes)}</dd>
          </div>
        </dl>
        <p className="small muted">{billable ? t.billableBecause : t.notBillableBecause}</p>
      </section>
    </details>
  );
}
