// The call script: six beats filled from the incident (or left with gaps), each editable, printable on
// its own, with a call log saved to the paper trail. Reusable: the incident flow passes its details.
import { useMemo, useState } from 'react';
import { checkApologyTone } from '../../../../shared/domain/apologyTone';
import { CALL_BEATS, type CallBeat, callScriptText, fillCallScript } from '../../../../shared/domain/templates/callScript';
import type { IncidentDetails } from '../../../../shared/domain/templates/fillContext';
import { findGaps } from '../../../../shared/domain/templates/fillTemplate';
import type { PlaceholderKey } from '../../../../shared/domain/templates/placeholders';
import { toneOptionsFor, toneSummary } from '../../../../shared/domain/templates/toneOptions';
import { Icon } from '../../ui/Icon';
import { CallLog } from './CallLog';
import { FillContextPickers, TypedValues } from './ContextFields';
import { templatesText as t } from './text';
import { useFillSelection } from './useFillContext';
import './templates.css';

const INCIDENT_KEYS: PlaceholderKey[] = ['incident.what', 'incident.done', 'fix.action', 'fix.by', 'prevention'];
type Beats = Record<CallBeat['id'], string>;

export interface CallScriptProps {
  clientId?: string;
  briefId?: string;
  incident?: IncidentDetails;
  onLogged?: () => void;
}

export function CallScript({ clientId: initialClient, briefId: initialBrief, incident, onLogged }: CallScriptProps) {
  const selection = useFillSelection({ clientId: initialClient, briefId: initialBrief, incident });
  const { ctx, typed, setTyped } = selection;
  const filled = useMemo(() => fillCallScript(ctx.values), [ctx.values]);
  const [edited, setEdited] = useState<Partial<Beats>>({});
  const beats = Object.fromEntries(CALL_BEATS.map((b) => [b.id, edited[b.id] ?? filled[b.id]])) as Beats;
  const script = callScriptText(beats);
  const findings = useMemo(() => checkApologyTone(script, toneOptionsFor('phone', null, ctx.disabledRules)), [script, ctx.disabledRules]);
  const summary = toneSummary(script, findings, null, findGaps(script).length);

  return (
    <div className="call-script">
      <div className="detail-head">
        <div>
          <h2 id="call-script-heading">{t.callHeading}</h2>
          <p className="muted no-print">{t.callIntro}</p>
        </div>
        <button type="button" className="btn no-print" onClick={() => window.print()} title={t.printHint}>
          {t.print}
        </button>
      </div>
      <div className="no-print">
        <FillContextPickers selection={selection} />
        <TypedValues keys={INCIDENT_KEYS} values={typed} onChange={setTyped} />
      </div>
      <p className="print-only print-for">
        {ctx.client ? ctx.client.name : ''}
        {ctx.brief ? ` · ${ctx.brief.title}` : ''}
      </p>
      <ol className="beats" aria-labelledby="call-script-heading">
        {CALL_BEATS.map((b, i) => (
          <li key={b.id} className="beat">
            <label htmlFor={`beat-${b.id}`} className="beat-title">
              <span className="beat-number" aria-hidden="true">
                {i + 1}
              </span>
              {b.title}
            </label>
            <span className="hint no-print" id={`beat-${b.id}-hint`}>
              {b.hint}
            </span>
            <textarea
              id={`beat-${b.id}`}
              className="no-print"
              rows={2}
              value={beats[b.id]}
              aria-describedby={`beat-${b.id}-hint`}
              onChange={(e) => setEdited({ ...edited, [b.id]: e.target.value })}
            />
            <p className="print-only beat-print">{beats[b.id]}</p>
          </li>
        ))}
      </ol>
      <div className="print-only print-notes" aria-hidden="true">
        <p>{t.printNotes}</p>
        {[1, 2, 3, 4, 5].map((n) => (
          <div key={n} className="print-line" />
        ))}
      </div>
      <p className="tone-summary no-print" aria-live="polite">
        <Icon name={findings.length === 0 ? 'check' : 'info'} size={16} /> {t.toneCheckHeading}: {summary}
      </p>
      {findings.length > 0 ? (
        <ul className="small no-print tone-script-notes">
          {findings.map((f) => (
            <li key={`${f.ruleId}-${f.start}`}>
              <Icon name="warning" size={14} /> {f.start === 0 && f.end === script.length ? '' : <q>{script.slice(f.start, f.end)}</q>} {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <CallLog client={ctx.client} brief={ctx.brief} onLogged={onLogged} />
    </div>
  );
}
