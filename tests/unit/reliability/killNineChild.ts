// The process suite 1 kills: the real core on a real data folder, doing work until it is killed,
// and saying on stdout what it is about to do ("issue") and what was acknowledged ("ack").
// Usage: node --import tsx killNineChild.ts DATA_DIR RUN IMPORT_FILE
import { createCore } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { emptyBriefFields } from '../../../shared/model/brief';
import { defaultClientFields } from '../../../shared/model/client';
import { seededRandom } from '../../../scripts/bench/textBank';

const [dataDir, runText, importFile] = process.argv.slice(2) as [string, string, string];
const run = Number(runText);
const random = seededRandom(run * 7919 + 1);
const say = (line: string) => process.stdout.write(`${line}\n`);

// A clock that runs fast (20 minutes an operation) so automatic backups are made and pruned.
let time = Date.parse('2026-03-02T08:00:00.000Z') + run * 86_400_000;
const now = () => new Date(time);

say('opening');
const core = await createCore({
  dataDir,
  settings: new MemorySettings(),
  dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => importFile },
  appVersion: 'kill-9',
  now,
});
const status = (await core.dispatch('app.status', {})) as { ok: true; value: { notices: { kind: string }[] } };
say(`ready ${status.value.notices.map((n) => n.kind).join(',') || '-'}`);

const briefs = core.db.data.briefs
  .slice(-30)
  .map((b) => ({ id: b.id, fields: { ...emptyBriefFields(), title: b.title, summary: b.summary.replace(/ \(kill \d+\)$/, '') } }));
const clientId = core.db.data.clients[0]!.id;
const importAt = random.int(5, 60);
let n = run * 100_000;

async function updateBrief(): Promise<void> {
  const brief = random.pick(briefs);
  const value = ++n;
  say(`issue brief ${brief.id} ${value}`);
  const reply = await core.dispatch('briefs.update', { id: brief.id, fields: { ...brief.fields, summary: `${brief.fields.summary} (kill ${value})` } });
  if (reply.ok) say(`ack brief ${brief.id} ${value}`);
}

for (let op = 0; ; op++) {
  time += 20 * 60_000;
  const roll = random.next();
  if (op === importAt) {
    const preview = (await core.dispatch('backups.previewImport', {})) as { ok: boolean; value: { token: string } };
    if (preview.ok && (await core.dispatch('backups.applyImport', { token: preview.value.token, mode: 'merge' })).ok) say('ack import');
  } else if (roll < 0.2) {
    const name = `Kill ${run}-${op}`;
    const reply = (await core.dispatch('clients.create', { fields: { ...defaultClientFields(), name } })) as { ok: boolean; value: { id: string } };
    if (reply.ok) say(`ack client ${reply.value.id} ${name}`);
  } else if (roll < 0.55) {
    await updateBrief();
  } else if (roll < 0.7) {
    // A burst: several edits at once share one durable write.
    await Promise.all(Array.from({ length: 5 }, () => updateBrief()));
  } else if (roll < 0.85) {
    const words = `Said in run ${run}, op ${op}`;
    const reply = (await core.dispatch('paperTrail.add', {
      clientId,
      briefId: null,
      fields: { receivedAt: now().toISOString(), channel: 'email', words, sourceRef: '', confirmedInWriting: false },
    })) as { ok: boolean; value: { id: string } };
    if (reply.ok) say(`ack trail ${reply.value.id}`);
  } else {
    const reply = (await core.dispatch('backups.create', {})) as { ok: boolean; value: { name: string } };
    if (reply.ok) say(`ack backup ${reply.value.name}`);
  }
}
