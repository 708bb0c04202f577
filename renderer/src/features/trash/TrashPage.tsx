// The trash: restore what was deleted, or remove it for good after a clear confirmation.
import { useState } from 'react';
import type { TrashItem } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { trashKeys } from '../../api/queryKeys';
import { ConfirmDialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/Toasts';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export default function TrashPage() {
  const items = useApiQuery(trashKeys.list(), () => api.trash.list({}), { dependsOn: ['clients', 'briefs', 'incidents', 'templates'] });
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const toasts = useToasts();
  const list = items.data ?? [];

  const restore = async (item: TrashItem) => {
    try {
      await api.trash.restore({ batchId: item.batchId });
      toasts.show(`Restored ${item.kind === 'client' ? item.label : `“${item.label}”`}.`);
    } catch (error) {
      toasts.show(errorMessage(error));
    }
  };
  const purge = async (item: TrashItem) => {
    setPurging(null);
    try {
      await api.trash.purge({ batchId: item.batchId });
      toasts.show(`Deleted ${item.kind === 'client' ? item.label : `“${item.label}”`} for good.`);
    } catch (error) {
      toasts.show(errorMessage(error));
    }
  };

  return (
    <div className="page single">
      <div className="content-narrow" style={{ maxWidth: 900 }}>
        <h1>Trash</h1>
        <p className="muted">
          Deleted clients, briefs, incidents and message templates wait here until you restore them or delete them for good. A client comes back with everything
          that went with it: their briefs, paper trail and incidents.
        </p>
        {!items.loading && list.length === 0 ? (
          <div className="empty">
            <h2>The trash is empty</h2>
            <p>When you move a client or a brief to the trash, it appears here and can be restored.</p>
          </div>
        ) : (
          <table className="simple">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Moved to the trash</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((item) => (
                <tr key={item.batchId}>
                  <td>
                    <strong>{item.label}</strong>
                    <div className="small muted">{item.detail}</div>
                  </td>
                  <td>{formatDateTime(item.trashedAt)}</td>
                  <td>
                    <div className="actions" style={{ justifyContent: 'flex-end' }}>
                      <button type="button" className="btn primary" onClick={() => void restore(item)}>
                        Restore<span className="visually-hidden"> {item.label}</span>
                      </button>
                      <button type="button" className="btn danger" onClick={() => setPurging(item)}>
                        Delete for good<span className="visually-hidden"> {item.label}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <ConfirmDialog
        title={purging ? `Delete ${purging.label} for good?` : ''}
        open={purging !== null}
        danger
        confirmLabel="Delete for good"
        onConfirm={() => purging && void purge(purging)}
        onCancel={() => setPurging(null)}
      >
        <p>
          This permanently deletes {purging?.recordCount === 1 ? 'this record' : `these ${purging?.recordCount ?? 0} records`}:{' '}
          {purging ? lowerFirst(purging.detail) : ''}. It cannot be undone from the trash. Older backups may still hold a copy.
        </p>
      </ConfirmDialog>
    </div>
  );
}
