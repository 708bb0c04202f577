// Banners for what the VA must know about their data: a restored backup, a missing file, a failed save.
import type { Notice } from '../../../shared/contract';
import { api } from '../api/client';
import { Icon } from '../ui/Icon';
import { navigate } from './router';

export function Notices({ notices, onDismissed }: { notices: Notice[]; onDismissed: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div>
      {notices.map((n) => (
        <div key={n.id} className={`banner ${n.severity}`} role={n.severity === 'info' ? 'status' : 'alert'}>
          <Icon name={n.severity === 'info' ? 'info' : 'warning'} size={20} />
          <div className="body">
            <strong>{n.title}.</strong> {n.message}
            {n.movedTo ? (
              <div className="small">
                Kept at: <code>{n.movedTo}</code>
              </div>
            ) : null}
          </div>
          <div className="actions">
            {n.kind === 'missing-data-with-backups' ? (
              <button type="button" className="btn" onClick={() => navigate('backups')}>
                Go to Backups
              </button>
            ) : null}
            <button
              type="button"
              className="btn"
              onClick={() => {
                void api.app.dismissNotice({ id: n.id }).then(onDismissed);
              }}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
