// The day and time of a paper-trail entry (or of a client's question), defaulting to now, with the
// checks from shared/domain/paperTrailDates.ts: a message for an impossible date, and a question
// with the day spelled out for one in the future or before 2000.
import { useState } from 'react';
import { checkEntryTime, toDayAndTime } from '../../../../shared/domain/paperTrailDates';
import { TextField } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { entryTimeText as t } from './text';

export interface EntryTime {
  day: string;
  time: string;
  setDay: (day: string) => void;
  setTime: (time: string) => void;
  /** Sets both from an instant (for example when an earlier entry is reused). */
  setInstant: (instant: string | Date) => void;
  errors: { day?: string; time?: string };
  /** The question waiting for the VA's answer, when the date looks like a slip. */
  question: string | null;
  /**
   * The instant to save, or null when the date must be fixed (errors are set) or confirmed first
   * (`question` is set). Pass `confirmed` when the VA has answered "yes, that is right".
   */
  resolve: (confirmed?: boolean) => Date | null;
}

export function useEntryTime(initial: string | Date = new Date()): EntryTime {
  const [[day, time], setBoth] = useState(() => toDayAndTime(initial));
  const [errors, setErrors] = useState<{ day?: string; time?: string }>({});
  const [question, setQuestion] = useState<string | null>(null);
  const clear = () => {
    setQuestion(null);
    setErrors({});
  };
  return {
    day,
    time,
    setDay: (d) => {
      setBoth([d, time]);
      clear();
    },
    setTime: (x) => {
      setBoth([day, x]);
      clear();
    },
    setInstant: (instant) => {
      setBoth(toDayAndTime(instant));
      clear();
    },
    errors,
    question,
    resolve: (confirmed = false) => {
      const check = checkEntryTime(day, time, new Date());
      if (check.kind === 'invalid') {
        setErrors({ [check.field]: check.message });
        setQuestion(null);
        return null;
      }
      setErrors({});
      if (check.kind === 'confirm' && !confirmed) {
        setQuestion(check.message);
        return null;
      }
      setQuestion(null);
      return check.instant;
    },
  };
}

export function EntryTimeFields({ value, dayLabel, timeLabel }: { value: EntryTime; dayLabel: string; timeLabel: string }) {
  return (
    <div className="grid-2 entry-time">
      <TextField label={dayLabel} type="date" value={value.day} onChange={value.setDay} error={value.errors.day} />
      <TextField label={timeLabel} type="time" value={value.time} onChange={value.setTime} error={value.errors.time} />
    </div>
  );
}

/** Shown in place when the date looks like a slip: keep it, or change it. */
export function DateQuestion({ value, onKeep }: { value: EntryTime; onKeep: () => void }) {
  if (value.question === null) return null;
  return (
    <div className="notice-inline warning date-question" role="alert">
      <p style={{ margin: '0 0 0.5rem' }}>
        <Icon name="warning" size={15} /> {value.question}
      </p>
      <div className="actions">
        <button type="button" className="btn" onClick={onKeep}>
          {t.keep}
        </button>
        <button
          type="button"
          className="btn link"
          onClick={(event) => {
            value.setDay(value.day);
            event.currentTarget.closest('form')?.querySelector<HTMLInputElement>('.entry-time input')?.focus();
          }}
        >
          {t.change}
        </button>
      </div>
    </div>
  );
}
