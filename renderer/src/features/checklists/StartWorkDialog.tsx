// Shown when "Start work" is refused: the required checks still open, the calm way back to them,
// and "Start anyway" with a reason that is kept on the brief.
import { useEffect, useRef, useState } from 'react';
import { MIN_OVERRIDE_REASON } from '../../../../shared/domain/checklist';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { startWorkText as t } from './text';

interface Props {
  open: boolean;
  openItems: readonly { id: string; label: string }[];
  error: string | null;
  onFinishFirst: () => void;
  onStartAnyway: (reason: string) => void;
  onClose: () => void;
}

export function StartWorkDialog({ open, openItems, error, onFinishFirst, onStartAnyway, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const finishFirst = useRef<HTMLButtonElement>(null);
  // The calm way is the default: focus "Finish the checks first" once the dialog has opened (its effect runs first).
  useEffect(() => {
    if (open) finishFirst.current?.focus();
  }, [open]);
  const submit = () => {
    if (reason.trim().length < MIN_OVERRIDE_REASON) {
      setLocalError(t.reasonNeeded);
      return;
    }
    setLocalError(null);
    onStartAnyway(reason);
  };
  return (
    <Dialog
      title={t.title}
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn primary" onClick={onFinishFirst} ref={finishFirst}>
            {t.finish}
          </button>
          <button type="button" className="btn" onClick={submit}>
            {t.startAnyway}
          </button>
        </>
      }
    >
      <p>{t.intro}</p>
      <ul className="open-list" aria-label="Required checks still open">
        {openItems.map((i) => (
          <li key={i.id}>{i.label}</li>
        ))}
      </ul>
      <TextField label={t.reasonLabel} multiline rows={3} value={reason} onChange={setReason} hint={t.reasonHint} error={localError ?? error ?? undefined} />
    </Dialog>
  );
}
