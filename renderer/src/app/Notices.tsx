// Banners for what the VA must know about their data: a restored backup, a missing file, a failed save.
// Plain words first; the technical reason and file paths wait behind "Details".
import { useState } from 'react';
import type { Notice } from '../../../shared/contract';
import { api, errorMessage } from '../api/client';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/Toasts';

export function Notices({ notices, onDismissed }: { notices: Notice[]; onDismissed: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div>
      {notices.map((n) => (
        <NoticeBanner key={n.id} notice={n} onDismissed={onDismissed} />
      ))}
    </div>
  );
}

function NoticeBanner({ notice: n, onDismissed }: { notice: Notice; onDismissed: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const toasts = useToasts();
  const dismiss = () => api.app.dismissNotice({ id: n.id }).then(onDismissed);

  const restoreNewest = async (name: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await api.backups.restore({ name });
      await dismiss();
      toasts.show('Your newest backup is back. The empty data from before is kept in Backups.');
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`banner ${n.severity}`} role={n.severity === 'info' ? 'status' : 'alert'}>
      <Icon name={n.severity === 'info' ? 'info' : 'warning'} size={20} />
      <div className="body">
        <strong>{n.title}.</strong> {n.message}
        {problem ? <div className="small">{problem}</div> : null}
        {n.movedTo || n.detail ? (
          <details className="small">
            <summary>Details</summary>
            {n.detail ? <div>{n.detail}</div> : null}
            {n.movedTo ? (
              <div>
                Kept at: <code>{n.movedTo}</code>
              </div>
            ) : null}
          </details>
        ) : null}
      </div>
      <div className="actions">
        {n.kind === 'missing-data-with-backups' && n.backupName ? (
          <button type="button" className="btn primary" disabled={busy} onClick={() => void restoreNewest(n.backupName!)}>
            {busy ? 'Restoring…' : 'Restore the newest backup'}
          </button>
        ) : null}
        <button type="button" className="btn" onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
