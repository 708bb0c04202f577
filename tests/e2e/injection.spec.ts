// Suite 7, injection, foundation screens: every payload of harness/injection.ts goes into every text field of
// clients, briefs, the paper trail and settings (and, in the Chromium shell, an imported file's name); every
// screen is visited; each value must be on screen as the same text, with 0 script runs, 0 requests beyond the
// app's own origin, 0 file:// loads, 0 CSP violations and no element a payload could have become.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultClientFields } from '../../shared/model/client';
import { expect, test } from './harness/fixtures';
import { emailField, fileNameField, longField, PAYLOADS, shortField, watchInjection, type Payload } from './harness/injection';

interface Seeded {
  payload: Payload;
  clientId: string;
  briefId: string;
  client: string[];
  brief: string[];
}

const FIELDS = {
  // The time zone is chosen from the IANA list (free text is refused), so it carries no payload.
  client: ['name', 'business', 'email', 'phone', 'notes'],
  brief: ['title', 'summary', 'deliverables', 'doneCriteria', 'inScope', 'outOfScope'],
  paperTrail: ['words', 'sourceRef'],
  settings: ['profile.name', 'profile.businessName', 'profile.email', 'profile.phone', 'profile.signature'],
  import: ['fileName'],
};

/** Every payload under `npm run test:reliability`; every fourth (all families still there) inside `npm test`. */
const FULL = process.env.STEADYHAND_RELIABILITY === 'full' || process.env.STEADYHAND_INJECTION === 'full';
const USED: readonly Payload[] = FULL ? PAYLOADS : PAYLOADS.filter((_, i) => i % 4 === 0);

test('injection: payloads in every text field of the foundation screens render as text and run nothing', async ({ app }) => {
  test.setTimeout(20 * 60_000);
  const { page } = app;
  const probe = await watchInjection(page);
  const go = async (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  const problems: string[] = [];
  const check = async (screen: string, expected: string[]) => {
    const { missing, intrusions } = await probe.checkScreen(expected);
    if (missing.length > 0) problems.push(`${screen}: not shown as text: ${JSON.stringify(missing.slice(0, 3))}`);
    if (intrusions.length > 0) problems.push(`${screen}: ${intrusions.slice(0, 3).join(' | ')}`);
  };

  const seeded: Seeded[] = [];
  const took: string[] = [];
  const step = async (name: string, body: () => Promise<void>) => {
    const started = Date.now();
    await test.step(name, body);
    took.push(`${name.split(',')[0]} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  await step('put every payload in every text field of a client, a brief and a paper-trail entry', async () => {
    for (const payload of USED) {
      const short = shortField(payload);
      const long = longField(payload);
      const clientFields = {
        ...defaultClientFields(),
        name: short,
        business: short,
        email: emailField(payload),
        phone: short,
        timezone: 'Europe/London',
        notes: long,
      };
      const client = await app.call('clients.create', { fields: clientFields });
      const briefFields = { title: short, summary: long, deliverables: long, doneCriteria: long, inScope: long, outOfScope: long, deadline: null };
      const brief = await app.call('briefs.create', { clientId: client.id, fields: briefFields });
      const entry = { receivedAt: '2026-03-02T09:00:00.000Z', channel: 'email', words: long, sourceRef: short, confirmedInWriting: false };
      await app.call('paperTrail.add', { clientId: client.id, briefId: brief.id, fields: entry });
      seeded.push({
        payload,
        clientId: client.id,
        briefId: brief.id,
        client: [client.name, client.business, client.email, client.phone, client.notes],
        brief: [brief.title, brief.summary, brief.deliverables, brief.doneCriteria, brief.inScope, brief.outOfScope, long, short],
      });
    }
  });

  await step('today, the lists and every client and brief', async () => {
    await go('#/today');
    await check('today', []);
    await go('#/clients');
    await check(
      'clients list',
      seeded.map((s) => s.client[0]!),
    );
    for (const s of seeded) {
      await go(`#/clients/${s.clientId}`);
      await check(`client ${s.payload.id}`, s.client);
    }
    await go('#/briefs');
    await check('briefs list', []); // a virtual list: each title is checked on its brief below
    for (const s of seeded) {
      await go(`#/briefs/${s.briefId}`);
      await check(`brief ${s.payload.id}`, s.brief);
    }
  });

  await step('settings, one payload at a time in every profile field', async () => {
    for (const payload of USED) {
      const short = shortField(payload);
      const profile = { name: short, businessName: short, email: emailField(payload), phone: short, signature: longField(payload) };
      const saved = await app.call('settings.update', { profile });
      await go('#/today');
      await go('#/settings');
      await check(`settings ${payload.id}`, [
        saved.profile.name,
        saved.profile.businessName,
        saved.profile.email,
        saved.profile.phone,
        saved.profile.signature,
      ]);
    }
  });

  let importedNames = 0;
  await step('backups, and (in the Chromium shell) an import whose file name is a payload', async () => {
    await app.call('backups.create', {});
    await go('#/backups');
    await check('backups', []);
    if (app.shell !== 'chromium') return; // native file dialogs cannot be answered from here
    const dir = await mkdtemp(join(tmpdir(), 'steadyhand-injection-'));
    try {
      const exported = join(dir, 'export.json');
      app.dialogs.nextSavePath = exported;
      await app.call('backups.exportAll', {});
      for (const payload of USED) {
        const file = join(dir, fileNameField(payload));
        await copyFile(exported, file);
        app.dialogs.nextOpenPath = file;
        await page.getByRole('button', { name: 'Import…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Import data' });
        await expect(dialog).toBeVisible();
        await check(`import ${payload.id}`, [fileNameField(payload)]);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toBeHidden();
        importedNames += 1;
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  await step('the trash, holding every client with its brief and entry', async () => {
    for (const s of seeded) await app.call('clients.trash', { id: s.clientId });
    await go('#/trash');
    await check(
      'trash',
      seeded.map((s) => s.client[0]!),
    );
  });

  const runs = await probe.scriptRuns();
  console.log(`[injection] ${took.join('; ')}`);
  if (!FULL) console.log(`[injection] ${USED.length} of ${PAYLOADS.length} payloads (every fourth); STEADYHAND_INJECTION=full for all`);
  const violations = await probe.cspViolations();
  const fields =
    FIELDS.client.length + FIELDS.brief.length + FIELDS.paperTrail.length + FIELDS.settings.length + (importedNames > 0 ? FIELDS.import.length : 0);
  console.log(
    `injection: ${USED.length} payloads × ${fields} fields, ${runs.length} script runs, ${probe.foreignRequests.length} network requests, ${probe.fileLoads.length} file:// loads` +
      ` (${violations.length} CSP violations, ${problems.length} rendering problems; ${app.shell} shell)`,
  );
  expect({ problems, runs, foreignRequests: probe.foreignRequests, fileLoads: probe.fileLoads, violations }).toEqual({
    problems: [],
    runs: [],
    foreignRequests: [],
    fileLoads: [],
    violations: [],
  });
});

test('the injection probe notices what it is there to count', async ({ app }) => {
  // A negative control: if these counters could not see a run, a request or a foreign element, "0" above would mean nothing.
  const { page } = app;
  const probe = await watchInjection(page);
  await page.evaluate(() => (window as unknown as { __xss: number[] }).__xss.push(7));
  await page.evaluate(() =>
    document.body.insertAdjacentHTML('beforeend', '<img src="nothing.png" onerror="__xss.push(8)"><iframe src="file:///etc/passwd"></iframe>'),
  );
  const screen = await probe.checkScreen(['text that is not there'], 500);
  expect(screen.missing).toEqual(['text that is not there']);
  expect(screen.intrusions.some((i) => i.startsWith('handler onerror'))).toBe(true);
  expect(screen.intrusions.some((i) => i.startsWith('element: <iframe'))).toBe(true);
  await expect.poll(() => probe.cspViolations()).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-attr /)]));
  expect(await probe.scriptRuns()).toEqual([7]); // the CSP kept the inline handler from running
  await page.evaluate(() => {
    window.location.href = 'http://evil.invalid/';
  });
  await expect.poll(() => probe.foreignRequests).toEqual(['http://evil.invalid/']);
});
