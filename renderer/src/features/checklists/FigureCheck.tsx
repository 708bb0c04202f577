// The retype check: each amount in the brief or the client's words is typed again by the VA; a
// mismatch is a loud, specific warning, and a match is remembered on the brief.
import { useMemo, useState } from 'react';
import { amountsToCheck, figureCheckMessage, isChecked, type TextSource } from '../../../../shared/domain/figureReentry';
import type { FigureCheck as StoredCheck } from '../../../../shared/model/checklist';
import { api, errorMessage } from '../../api/client';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { checklistText, figureText } from './text';

interface Props {
  briefId: string;
  sources: readonly TextSource[];
  checks: readonly StoredCheck[];
  onTickFigures: (() => void) | null;
}

export function FigureCheck({ briefId, sources, checks, onTickFigures }: Props) {
  const amounts = useMemo(() => amountsToCheck(sources), [sources]);
  if (amounts.length === 0) return null;
  const allChecked = amounts.every((a) => isChecked(a, checks));
  return (
    <div className="figures" data-testid="figure-check">
      <h4 style={{ margin: '0 0 0.25rem' }}>{figureText.heading}</h4>
      <p className="muted small">{figureText.hint}</p>
      {amounts.map((a) => (
        <FigureRow key={a.value} briefId={briefId} phrase={a.phrase} sources={a.sources} checked={isChecked(a, checks)} />
      ))}
      {allChecked ? (
        <p className="figure-ok">
          <Icon name="check" /> {figureText.allChecked}
          {onTickFigures ? (
            <button type="button" className="btn small" onClick={onTickFigures}>
              {checklistText.tickFigures}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

function FigureRow({ briefId, phrase, sources, checked }: { briefId: string; phrase: string; sources: string[]; checked: boolean }) {
  const [retyped, setRetyped] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const check = async () => {
    try {
      const reply = await api.checklists.checkFigure({ briefId, figure: phrase, retyped });
      setResult(figureCheckMessage(phrase, retyped, reply));
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error) });
    }
  };
  return (
    <form
      className="figure-row"
      onSubmit={(e) => {
        e.preventDefault();
        void check();
      }}
    >
      <span className="amount">
        {phrase}
        {checked && result === null ? (
          <span className="figure-ok small" style={{ marginLeft: '0.5rem' }}>
            <Icon name="check" size={15} /> {figureText.checked}
          </span>
        ) : null}
      </span>
      <TextField
        label={figureText.retypeLabel(phrase)}
        value={retyped}
        onChange={(v) => {
          setRetyped(v);
          setResult(null);
        }}
      />
      <button type="submit" className="btn">
        {figureText.check}
      </button>
      <span className="where muted small">{figureText.foundIn(sources)}</span>
      <div className="figure-result">
        {result === null ? null : result.ok ? (
          <p className="figure-ok" role="status" style={{ margin: 0 }}>
            <Icon name="check" /> {result.message}
          </p>
        ) : (
          <div className="figure-mismatch" role="alert">
            <strong>
              <Icon name="warning" /> {figureText.mismatchTitle}
            </strong>
            {result.message}
          </div>
        )}
      </div>
    </form>
  );
}
