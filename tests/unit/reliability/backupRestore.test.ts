// Suite 5, backups: a backup holds exactly what is stored; restoring it gives the data file byte for
// byte; undoing the restore gives back, byte for byte, what was there before. And over a simulated
// month of work (automatic backups, manual ones, a restore, an import), the backups kept on disk are
// exactly those the retention policy names.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../electron/core/backups/retention';
import { parseBackupFileName } from '../../../electron/core/backups/backupStore';
import { createCore } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { briefInput, call, clientInput, listDir, recordingFs, scriptedDialogs, sha256, storedHash, tempDir, trailInput } from '../core/helpers';
import { fakeClock, reportFigure } from './reliabilityKit';

const open = (dataDir: string, now: () => Date, fs = recordingFs(), dialogs = scriptedDialogs()) =>
  createCore({ dataDir, fs, settings: new MemorySettings(), dialogs, appVersion: 'backups', now, checkTouched: true });

const figures = { restore: 'restore not run', retention: 'retention not run' };
afterAll(() => reportFigure(`backups: ${figures.restore}; ${figures.retention}`));

describe('backups', () => {
  it('backup → restore → undo the restore gives hash-identical files', async () => {
    const clock = fakeClock();
    const dataDir = await tempDir();
    const dataFile = join(dataDir, 'steadyhand.json');
    const core = await open(dataDir, clock.now);
    const ada = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const brief = await call(core, 'briefs.create', { clientId: ada.id, fields: briefInput('Newsletter') });
    await call(core, 'paperTrail.add', { clientId: ada.id, briefId: brief.id, fields: trailInput('Please send it Friday') });
    clock.advance(60_000);
    const backup = await call(core, 'backups.create', {});
    const backupFile = join(dataDir, 'backups', backup.name);
    const checks: [string, boolean][] = [['the backup holds exactly what is stored', sha256(backupFile) === storedHash(dataFile)]];

    clock.advance(60_000);
    await call(core, 'clients.create', { fields: clientInput('Grace') });
    await call(core, 'briefs.update', { id: brief.id, fields: briefInput('Newsletter', { summary: 'March issue' }) });
    const before = storedHash(dataFile);

    clock.advance(60_000);
    const restored = await call(core, 'backups.restore', { name: backup.name });
    checks.push(['after the restore, the data file is the backup, byte for byte', sha256(dataFile) === sha256(backupFile)]);
    checks.push(['the safety backup holds what was there before', sha256(join(dataDir, 'backups', restored.safetyBackup.name)) === before]);

    clock.advance(60_000);
    await call(core, 'backups.restore', { name: restored.safetyBackup.name });
    checks.push(['after undoing the restore, the data file is what was there before, byte for byte', sha256(dataFile) === before]);
    await core.close();
    checks.push(['and stays so once closed', sha256(dataFile) === before]);

    const identical = checks.filter(([, ok]) => ok).length;
    figures.restore = `backup → restore → undo the restore: ${identical} of ${checks.length} hash checks identical`;
    expect(checks.filter(([, ok]) => !ok).map(([what]) => what)).toEqual([]);
  });

  it('keeps, over a simulated month, exactly the backups the retention policy names', async () => {
    const clock = fakeClock('2026-03-01T07:00:00.000Z');
    const dataDir = await tempDir();
    const fs = recordingFs();
    const dialogs = scriptedDialogs();
    const core = await open(dataDir, clock.now, fs, dialogs);
    const ada = await call(core, 'clients.create', { fields: clientInput('Ada') });
    const exportFile = join(await tempDir(), 'export.json');
    writeFileSync(exportFile, JSON.stringify({ format: 'steadyhand-export', data: JSON.parse(readFileSync(join(dataDir, 'steadyhand.json'), 'utf8')) }));
    let firstManual = '';
    for (let day = 0; day < 30; day++) {
      clock.advance(day === 0 ? 60 * 60_000 : 24 * 60 * 60_000 - 8 * 60 * 60_000);
      for (let slot = 0; slot < 24; slot++) {
        clock.advance(20 * 60_000); // a change every 20 minutes over an 8-hour day: automatic backups every 15 minutes at most
        await call(core, 'clients.update', { id: ada.id, fields: clientInput('Ada', { notes: `Day ${day}, slot ${slot}` }) });
        await core.db.settled();
      }
      if (day % 7 === 0) firstManual ||= (await call(core, 'backups.create', {})).name;
      if (day === 10) await call(core, 'backups.restore', { name: firstManual });
      if (day === 20) {
        dialogs.openPaths.push(exportFile);
        const preview = await call(core, 'backups.previewImport', {});
        await call(core, 'backups.applyImport', { token: preview!.token, mode: 'merge' });
      }
      await core.db.settled();
    }
    await core.close();

    // Every backup ever made, from the renames that put them in place.
    const made = new Set(fs.log.filter((e) => e.op === 'rename' && e.to?.includes(`${join(dataDir, 'backups')}/steadyhand-`)).map((e) => basename(e.to!)));
    const history = [...made].map((name) => ({ name, ...parseBackupFileName(name)! }));
    const expected = [...backupsToKeep(history, clock.now())].sort();
    const kept = (await listDir(join(dataDir, 'backups'))).filter((n) => parseBackupFileName(n) !== null);
    const mismatches = [...expected.filter((n) => !kept.includes(n)), ...kept.filter((n) => !expected.includes(n))];
    figures.retention = `retention over a simulated month: ${mismatches.length} mismatches with the policy (${made.size} backups made, ${kept.length} kept)`;
    expect(mismatches).toEqual([]);
    expect(made.size).toBeGreaterThan(300);
  }, 300_000);
});
