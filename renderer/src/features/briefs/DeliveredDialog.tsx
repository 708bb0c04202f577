// "Mark as delivered": the delivery day, checked before it counts. A day in the future (or before 2000) is asked
// about with the day spelled out; an impossible day says what is wrong. The conformity window counts from it.
import { useState } from 'react';
import { formatDay, localIsoDay } from '../../../../shared/domain/dateDisplay';
import { checkDate } from '../../../../shared/domain/dateSanity';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { briefText } from './text';

export function DeliveredDialog({
  open,
  value,
  onChange,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  value: string;
  onChange: (v: string) => void;
  onCancel: () => void;
  onConfirm: (day: string) => void;
}) {
  const [problem, setProblem] = useState<{ kind: 'impossible' | 'needs-confirmation'; message: string; day: string } | null>(null);
  const shown = problem !== null && problem.day === value ? problem : null;
  const close = () => {
    setProblem(null);
    onCancel();
  };
  const submit = () => {
    if (shown?.kind === 'needs-confirmation') {
      setProblem(null);
      onConfirm(value);
      return;
    }
    const check = checkDate(value, { today: localIsoDay(), allowFuture: false });
    if (check.kind === 'ok') {
      setProblem(null);
      onConfirm(value);
    } else setProblem({ kind: check.kind, message: check.message, day: value });
  };
  return (
    <Dialog
      title="Mark as delivered"
      open={open}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={submit}>
            {shown?.kind === 'needs-confirmation' ? `Yes, delivered on ${formatDay(value)}` : 'Mark as delivered'}
          </button>
        </>
      }
    >
      <TextField
        label={briefText.deliveredOnLabel}
        type="date"
        value={value}
        onChange={onChange}
        hint={briefText.deliveredOnHint}
        error={shown?.kind === 'impossible' ? shown.message : undefined}
      />
      {shown?.kind === 'needs-confirmation' ? (
        <div className="notice-inline warning" role="alert">
          {shown.message} If not, change it above.
        </div>
      ) : null}
    </Dialog>
  );
}
