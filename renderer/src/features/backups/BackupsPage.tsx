// Backups: see them, make one, restore one (undoably), and export or import everything.
import { useState } from 'react';
import type { BackupInfo, ImportPreview } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useAppEvent } from '../../app/events';
import { useApiQuery } from '../../api/queries';
import { appKeys, backupKeys } from '../../api/queryKeys';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { useToasts } from '../../ui/Toasts';
import { formatDateTime } from '../../../../shared/domain/dateDisplay';
import { countsInWords } from './counts';

const reasonLabels: Record<BackupInfo['reason'], string> = {
  auto: 'Automatic',
  manual: 'Made by you',
  'pre-restore': 'Before a restore',
  'pre-migration': 'Before an update',
  'pre-import': 'Before an import',
  'pre-recovery': 'Before a recovery',
  'at-close': 'When you closed Steadyhand',
};

function when(iso: string) {
  return formatDateTime(iso);
}

function size(bytes: number) {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default function BackupsPage({ onRestored }: { onRestored: () => void }) {
  const backups = useApiQuery(backupKeys.list(), () => api.backups.list({}), { dependsOn: ['clients', 'briefs', 'paperTrail'] });
  const status = useApiQuery(appKeys.status(), () => api.app.status({}), { dependsOn: ['backups'] });
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [settingsChoice, setSettingsChoice] = useState<'file' | 'keep'>('keep');
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toasts = useToasts();

  useAppEvent((event) => {
    if (event.type === 'progress') setProgress(event.done >= event.total ? null : `Working… step ${event.done + 1} of ${event.total}`);
  });

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
      backups.reload();
    }
  };

  const restore = (b: BackupInfo) =>
    run(async () => {
      setRestoring(null);
      const result = await api.backups.restore({ name: b.name });
      onRestored();
      toasts.show(`Restored the backup from ${when(b.createdAt)}.`, {
        label: 'Undo',
        run: () =>
          run(async () => {
            await api.backups.restore({ name: result.safetyBackup.name });
            toasts.show('Put your data back as it was before the restore.');
          }),
      });
    });

  const applyImport = (mode: 'replace' | 'merge') => {
    const p = preview;
    if (p === null) return;
    return run(async () => {
      setPreview(null);
      await api.backups.applyImport({ token: p.token, mode, settings: settingsChoice });
      toasts.show(mode === 'replace' ? 'Imported. Your previous data is kept in Backups.' : 'Imported. Nothing you already had was changed.');
    });
  };

  return (
    <div className="page single">
      <div className="content-narrow" style={{ maxWidth: 900 }}>
        <h1>Backups</h1>
        <p className="muted">
          Steadyhand backs up your data when it starts, every 15 minutes while you work, and when you close it (unless nothing changed). It keeps the newest
          three, the one made when you last closed it, one a day for two weeks, and every backup made before a restore or import for a month.
        </p>
        {status.data ? (
          <p className="small">
            Your data lives in <code>{status.data.dataDir}</code>. To keep your own copy, export everything below or copy that folder while Steadyhand is
            closed.
          </p>
        ) : null}
        {error ? (
          <div className="notice-inline error" role="alert">
            {error}
          </div>
        ) : null}
        {progress ? (
          <div className="notice-inline" role="status">
            {progress}
          </div>
        ) : null}
        <div className="actions" style={{ margin: '1rem 0 1.5rem' }}>
          <button type="button" className="btn primary" onClick={() => void run(async () => void (await api.backups.create({}), toasts.show('Backup made.')))}>
            Back up now
          </button>
          <button
            type="button"
            className="btn"
            onClick={() =>
              void run(async () => {
                const result = await api.backups.exportAll({});
                if (result) toasts.show(`Exported ${countsInWords(result.counts)} and your settings to ${result.fileName}.`);
              })
            }
          >
            Export everything…
          </button>
          <button
            type="button"
            className="btn"
            onClick={() =>
              void run(async () => {
                setSettingsChoice('keep');
                setPreview(await api.backups.previewImport({}));
              })
            }
          >
            Import…
          </button>
        </div>
        <h2>Saved backups</h2>
        {(backups.data ?? []).length === 0 && !backups.loading ? (
          <p className="muted">No backups yet. One is made as soon as you have data.</p>
        ) : (
          <table className="simple">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {(backups.data ?? []).map((b) => (
                <tr key={b.name}>
                  <td>{when(b.createdAt)}</td>
                  <td>{reasonLabels[b.reason]}</td>
                  <td>{size(b.sizeBytes)}</td>
                  <td style={{ textAlign: 'right' }}>
                    <button type="button" className="btn" onClick={() => setRestoring(b)}>
                      Restore<span className="visually-hidden"> the backup from {when(b.createdAt)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <ConfirmDialog
        title={restoring ? `Restore the backup from ${when(restoring.createdAt)}?` : ''}
        open={restoring !== null}
        confirmLabel="Restore this backup"
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      >
        <p>
          Your data will be replaced by this backup. Your current data is backed up first, so you can undo this straight after, or restore that backup later.
        </p>
      </ConfirmDialog>
      <Dialog
        title="Import data"
        open={preview !== null}
        onClose={() => setPreview(null)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setPreview(null)}>
              Cancel
            </button>
            <button type="button" className="btn" onClick={() => void applyImport('replace')}>
              Replace my data
            </button>
            <button type="button" className="btn primary" onClick={() => void applyImport('merge')}>
              Add to my data
            </button>
          </>
        }
      >
        {preview ? (
          <>
            <p>
              <strong>{preview.fileName}</strong>
              {preview.exportedAt ? `, exported ${when(preview.exportedAt)},` : ''} holds {countsInWords(preview.counts)}.
            </p>
            <p className="small">
              “Add to my data” keeps everything you have and adds what is new. “Replace my data” removes what this computer holds now (
              {countsInWords(preview.current)}) and puts the file’s records in its place. Either way, a backup is made first, so you can go back from Backups.
            </p>
            {preview.counts.settings ? (
              <fieldset>
                <legend>Your settings (name, signature, logo, tone rules, holidays and the rest)</legend>
                <label style={{ display: 'block', marginBottom: '0.5rem' }}>
                  <input type="radio" name="import-settings" checked={settingsChoice === 'keep'} onChange={() => setSettingsChoice('keep')} /> Keep this
                  computer’s settings
                </label>
                <label style={{ display: 'block', marginBottom: '0.5rem' }}>
                  <input type="radio" name="import-settings" checked={settingsChoice === 'file'} onChange={() => setSettingsChoice('file')} /> Use the settings
                  from the file
                </label>
              </fieldset>
            ) : (
              <p className="muted small">The file has no settings, so this computer’s settings stay as they are.</p>
            )}
          </>
        ) : null}
      </Dialog>
    </div>
  );
}
