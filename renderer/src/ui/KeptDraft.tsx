// What a form shows while the core refuses part of its draft: "Not saved: …" above the fields, and a
// "Leave anyway?" question when the VA follows a link away (the draft is kept for their return either way).
import { useEffect, useState } from 'react';
import { Dialog } from './Dialog';

export function NotSavedNotice({ message, fieldCount }: { message: string | null; fieldCount: number }) {
  if (message === null) return null;
  return (
    <div className="notice-inline warning" role="alert">
      Not saved: {message} {fieldCount > 0 ? 'Everything else in this form is saved. ' : ''}What you typed stays here, even if you leave and come back.
    </div>
  );
}

/** Asks before an in-app link takes the VA away from a form holding a refused draft. */
export function LeaveGuard({ active, message, fieldCount }: { active: boolean; message: string | null; fieldCount: number }) {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      const to = link?.getAttribute('href');
      if (!to || to === window.location.hash) return;
      event.preventDefault();
      setTarget(to);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [active]);
  return (
    <Dialog
      title="Leave anyway?"
      open={target !== null}
      onClose={() => setTarget(null)}
      actions={
        <>
          <button type="button" className="btn" onClick={() => setTarget(null)} autoFocus>
            Stay and fix it
          </button>
          <button
            type="button"
            className="btn primary"
            onClick={() => {
              const to = target;
              setTarget(null);
              if (to !== null) window.location.hash = to;
            }}
          >
            Leave anyway
          </button>
        </>
      }
    >
      <p>Part of this form is not saved{message ? `: ${message}` : '.'}</p>
      <p>
        {fieldCount > 0 ? 'Everything else is saved. ' : ''}Steadyhand keeps what you typed here until you come back to fix it, as long as the app stays open.
      </p>
    </Dialog>
  );
}

/** Both of the above for a form using `useAutosave`. */
export function KeptDraftNotice({ autosave }: { autosave: { state: string; message: string | null; errors: Record<string, string> } }) {
  const fieldCount = Object.keys(autosave.errors).length;
  return (
    <>
      <NotSavedNotice message={autosave.message} fieldCount={fieldCount} />
      <LeaveGuard active={autosave.state === 'error'} message={autosave.message} fieldCount={fieldCount} />
    </>
  );
}
