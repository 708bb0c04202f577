// Suite 7, injection, foundation screens: every payload of harness/injection.ts goes into every text field of
// clients, briefs, the paper trail and settings (and, in the Chromium shell, an imported file's name); every
// screen is visited; each value must be on screen as the same text, with 0 script runs, 0 requests beyond the
// app's own origin, 0 file:// loads, 0 CSP violations and no element a payload could have become. `npm test` uses
// a sample that keeps every family and breakout (harness/injection.ts); `npm run test:reliability` uses them all.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultClientFields } from '../../shared/model/client';
import { expect, test } from './harness/fixtures';
import {
  emailField,
  FAMILY_NAMES,
  FULL_INJECTION,
  fileNameField,
  INJECTION_PAYLOADS as USED,
  longField,
  PAYLOADS,
  shortField,
  startInjectionWalk,
  watchInjection,
} from './harness/injection';

const FIELDS = {
  // The time zone is chosen from the IANA list (free text is refused), so it carries no payload.
  client: ['name', 'business', 'email', 'phone', 'notes'],
  brief: ['title', 'summary', 'deliverables', 'doneCriteria', 'inScope', 'outOfScope'],
  paperTrail: ['words', 'sourceRef'],
  settings: ['profile.name', 'profile.businessName', 'profile.email', 'profile.phone', 'profile.signature'],
  import: ['fileName'],
};

// Each test seeds only what its screens show, so the three run apart (and in parallel) and each stays well under a minute.
test.beforeAll(() => {
  console.log(
    `[injection] ${USED.length} of ${PAYLOADS.length} payloads${FULL_INJECTION ? '' : ' (a sample with every family; STEADYHAND_INJECTION=full for all)'}`,
  );
});
test.beforeEach(() => {
  if (FULL_INJECTION) test.setTimeout(20 * 60_000); // all 228 payloads, under `npm run test:reliability`
});

test('the sample for the default run keeps every payload family', () => {
  expect(new Set(USED.map((p) => p.family))).toEqual(new Set(FAMILY_NAMES));
});

test('injection: payloads in every text field of a client, a brief and a paper-trail entry render as text on every screen that shows them', async ({ app }) => {
  const walk = await startInjectionWalk(app.page, app.shell);
  // Seeded concurrently, as a busy VA's saves would arrive; each payload gets its own client, brief and entry.
  const seeded = await Promise.all(
    USED.map(async (payload) => {
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
      return {
        payload,
        clientId: client.id,
        briefId: brief.id,
        client: [client.name, client.business, client.email, client.phone, client.notes],
        brief: [brief.title, brief.summary, brief.deliverables, brief.doneCriteria, brief.inScope, brief.outOfScope, long, short],
      };
    }),
  );

  await walk.go('#/today');
  await walk.check('today', []);
  await walk.go('#/clients');
  await walk.check(
    'clients list',
    seeded.map((s) => s.client[0]!),
  );
  for (const s of seeded) {
    await walk.go(`#/clients/${s.clientId}`);
    await walk.check(`client ${s.payload.id}`, s.client);
  }
  await walk.go('#/briefs');
  await walk.check('briefs list', []); // a virtual list: each title is checked on its brief below
  for (const s of seeded) {
    await walk.go(`#/briefs/${s.briefId}`);
    await walk.check(`brief ${s.payload.id}`, s.brief);
  }
  // The trash, holding every client with its brief and entry.
  for (const s of seeded) await app.call('clients.trash', { id: s.clientId });
  await walk.go('#/trash');
  await walk.check(
    'trash',
    seeded.map((s) => s.client[0]!),
  );
  await walk.expectNothingGotIn(
    `${USED.length} payloads × ${FIELDS.client.length + FIELDS.brief.length + FIELDS.paperTrail.length} client, brief and entry fields`,
  );
});

test('injection: payloads in every profile field render as text on Settings, one payload at a time', async ({ app }) => {
  const walk = await startInjectionWalk(app.page, app.shell);
  for (const payload of USED) {
    const short = shortField(payload);
    const profile = { name: short, businessName: short, email: emailField(payload), phone: short, signature: longField(payload) };
    const saved = await app.call('settings.update', { profile });
    await walk.go('#/today');
    await walk.go('#/settings');
    await walk.check(`settings ${payload.id}`, [
      saved.profile.name,
      saved.profile.businessName,
      saved.profile.email,
      saved.profile.phone,
      saved.profile.signature,
    ]);
  }
  await walk.expectNothingGotIn(`${USED.length} payloads × ${FIELDS.settings.length} settings fields`);
});

test('injection: Backups, and an import whose file name is a payload, render it as text', async ({ app }) => {
  test.skip(app.shell !== 'chromium', 'native file dialogs cannot be answered from here');
  const { page } = app;
  const walk = await startInjectionWalk(page, app.shell);
  await app.call('backups.create', {});
  await walk.go('#/backups');
  await walk.check('backups', []);
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
      await walk.check(`import ${payload.id}`, [fileNameField(payload)]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await walk.expectNothingGotIn(`${USED.length} payloads × ${FIELDS.import.length} file name`);
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
