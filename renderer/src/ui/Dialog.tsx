// A modal built on <dialog>: traps focus, closes on Escape, and gives focus back where it was.
import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the bottom; a dialog with its own controls (search) has none. */
  actions?: ReactNode;
  /** Added to `modal`, for a dialog with its own layout. */
  className?: string;
  /** The title is for screen readers only (the dialog's content says what it is). */
  titleHidden?: boolean;
  /** Asked as the dialog closes: false when closing also moves on (search opening a result), so focus stays put. */
  returnFocus?: () => boolean;
}

export function Dialog({ title, open, onClose, children, actions, className, titleHidden, returnFocus: shouldReturnFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  // Each dialog names itself: two dialogs in the page must not share one id.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const handleClose = () => {
      if (returnFocus.current instanceof HTMLElement && (shouldReturnFocus?.() ?? true)) returnFocus.current.focus();
      onClose();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose, shouldReturnFocus]);
  return (
    <dialog ref={ref} className={className ? `modal ${className}` : 'modal'} aria-labelledby={titleId}>
      {open ? (
        <>
          <h2 id={titleId} className={titleHidden ? 'visually-hidden' : undefined}>
            {title}
          </h2>
          {children}
          {actions !== undefined ? <div className="modal-actions">{actions}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}

/** A dialog whose only action is Close: what it shows is the point (a message to copy, a picture). */
export function CloseDialog({ title, open, onClose, children }: Omit<DialogProps, 'actions'>) {
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onClose}
      actions={
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      }
    >
      {children}
    </Dialog>
  );
}

interface ConfirmProps {
  title: string;
  open: boolean;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function ConfirmDialog({ title, open, confirmLabel, danger, onConfirm, onCancel, children }: ConfirmProps) {
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className={danger ? 'btn danger' : 'btn primary'} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
