// The process captureKillNine.test.ts kills: the real core on a real data folder, capturing emails and
// screenshots and attaching files until it is killed, saying on stdout what was acknowledged.
// Usage: node --import tsx captureKillNineChild.ts DATA_DIR RUN FIXTURES_DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../electron/core/createCore';
import { MemorySettings } from '../../../electron/core/settings/settingsPort';
import { defaultClientFields } from '../../../shared/model/client';

const [dataDir, runText, fixtures] = process.argv.slice(2) as [string, string, string];
const run = Number(runText);
const say = (line: string) => process.stdout.write(`${line}\n`);
const eml = readFileSync(join(fixtures, 'gmail-alternative.eml'), 'utf8');
const png = readFileSync(join(fixtures, 'image.png'));

const core = await createCore({
  dataDir,
  settings: new MemorySettings(),
  dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
  appVersion: 'kill-9',
});
let clientId = core.db.data.clients[0]?.id;
if (clientId === undefined) {
  const reply = (await core.dispatch('clients.create', { fields: { ...defaultClientFields(), name: 'Kill client' } })) as { ok: true; value: { id: string } };
  clientId = reply.value.id;
}
say('ready');
type Outcome = { entry?: { id: string } };
let last: string | null = null;
for (let i = 0; ; i++) {
  const n = `${run}-${i}`;
  // Different bytes and Message-ID each time, so nothing is refused as a duplicate.
  const files =
    i % 3 === 0
      ? [{ name: `${n}.eml`, bytesBase64: Buffer.from(eml.replace('CAFx8Yk=abc123', `kill-${n}`)).toString('base64') }]
      : [{ name: `${n}.png`, bytesBase64: Buffer.concat([png, Buffer.from(n)]).toString('base64') }];
  if (i % 3 === 2 && last !== null) {
    const reply = await core.dispatch('paperTrail.attachFiles', { entryId: last, files });
    if (reply.ok) say(`ack attach ${last} ${n}`);
  } else {
    const reply = (await core.dispatch('paperTrail.captureFiles', { clientId, briefId: null, files })) as { ok: boolean; value: Outcome[] };
    const id = reply.ok ? reply.value[0]?.entry?.id : undefined;
    if (id !== undefined) {
      last = id;
      say(`ack entry ${id}`);
    }
  }
}
