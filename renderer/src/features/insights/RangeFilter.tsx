// The date range filter: a few presets, or two dates of the VA's choosing.
import { useId, useState } from 'react';
import { Icon } from '../../ui/Icon';
import { type DateRange, type Preset, presetRange } from './range';
import { insightsText } from './text';

const t = insightsText.range;
const PRESETS: Preset[] = ['3m', '12m', 'year', 'all', 'custom'];

export function RangeFilter({ onChange }: { onChange: (range: DateRange) => void }) {
  const id = useId();
  const [preset, setPreset] = useState<Preset>('12m');
  const [from, setFrom] = useState(() => presetRange('12m').from ?? '');
  const [to, setTo] = useState(() => presetRange('12m').to ?? '');
  const problem = preset !== 'custom' ? null : from === '' || to === '' ? t.missing : from > to ? t.fromAfterTo : null;

  const choose = (next: Preset) => {
    setPreset(next);
    if (next !== 'custom') onChange(presetRange(next));
    else if (from !== '' && to !== '' && from <= to) onChange({ from, to });
  };
  const setDates = (nextFrom: string, nextTo: string) => {
    setFrom(nextFrom);
    setTo(nextTo);
    if (nextFrom !== '' && nextTo !== '' && nextFrom <= nextTo) onChange({ from: nextFrom, to: nextTo });
  };

  return (
    <fieldset className="range-filter">
      <legend className="visually-hidden">{t.legend}</legend>
      <div className="range-row">
        <div className="field">
          <label htmlFor={`${id}-preset`}>{t.preset}</label>
          <select id={`${id}-preset`} value={preset} onChange={(e) => choose(e.target.value as Preset)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {t.presets[p]}
              </option>
            ))}
          </select>
        </div>
        {preset === 'custom' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t.from}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                aria-invalid={problem !== null || undefined}
                aria-describedby={problem ? `${id}-error` : undefined}
                onChange={(e) => setDates(e.target.value, to)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t.to}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                aria-invalid={problem !== null || undefined}
                aria-describedby={problem ? `${id}-error` : undefined}
                onChange={(e) => setDates(from, e.target.value)}
              />
            </div>
          </>
        ) : null}
      </div>
      {problem ? (
        <p className="field-error-line" id={`${id}-error`} role="alert">
          <Icon name="warning" size={16} /> {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
