// Suite 7, injection, feature screens: payloads in the incident, template and summary text fields, then every
// screen that shows them (incidents, templates, the client-facing summary, Today, Insights): shown as text,
// with 0 script runs, 0 foreign requests, 0 file:// loads and 0 CSP violations. Foundation screens: injection.spec.ts,
// which says how the payloads are sampled in `npm test`.
import { defaultClientFields } from '../../shared/model/client';
import { test } from './harness/fixtures';
import { FULL_INJECTION, INJECTION_PAYLOADS as USED, longField, shortField, startInjectionWalk } from './harness/injection';

test.beforeEach(() => {
  if (FULL_INJECTION) test.setTimeout(20 * 60_000); // all 228 payloads, under `npm run test:reliability`
});

test('injection: payloads in incidents render as text in their details, their summaries, the list, Today and Insights', async ({ app }) => {
  const walk = await startInjectionWalk(app.page, app.shell);
  const client = await app.call('clients.create', { fields: { ...defaultClientFields(), name: 'Injection Test Client' } });
  // Seeded concurrently; each payload gets its own incident.
  const incidentIds = await Promise.all(
    USED.map(async (payload) => {
      const short = shortField(payload, 300);
      const long = longField(payload, 2_000);
      const incident = await app.call('incidents.start', { clientId: client.id, breathing: 'skipped' });
      await app.call('incidents.saveStep', { id: incident.id, step: 'happened', answers: { description: long, impactAmount: shortField(payload) } });
      await app.call('incidents.logContainment', { id: incident.id, label: short, note: long.slice(0, 1_000) });
      await app.call('incidents.addFixTask', { id: incident.id, label: short });
      await app.call('incidents.saveStep', { id: incident.id, step: 'close', answers: { lesson: long } });
      return incident.id;
    }),
  );
  for (const id of incidentIds) {
    await walk.go(`#/incidents/${id}?view=details`);
    await walk.check(`incident details ${id}`, []);
    await walk.go(`#/summaries/${id}`);
    await walk.check(`summary ${id}`, []);
  }
  for (const hash of ['#/incidents', '#/today', '#/insights']) {
    await walk.go(hash);
    await walk.check(hash, []);
  }
  await walk.expectNothingGotIn(`${USED.length} payloads × 5 incident fields: description, impact, containment action, fix step, lesson`);
});

test('injection: payloads in templates render as text in the template and the list', async ({ app }) => {
  const walk = await startInjectionWalk(app.page, app.shell);
  // Templates refuse unknown {{placeholders}} by design, so braces are dropped there; the rest of the payload stays.
  const noBraces = (text: string) => text.replace(/\{\{|\}\}/g, '').trim() || 'x';
  const templateIds = await Promise.all(
    USED.map(async (payload) => {
      const fields = {
        name: noBraces(shortField(payload)),
        situation: 'missed-deadline',
        channel: 'email',
        subject: noBraces(shortField(payload)),
        body: noBraces(longField(payload, 2_000)),
      };
      return (await app.call('templates.create', { fields })).id;
    }),
  );
  for (const id of templateIds) {
    await walk.go(`#/templates/${id}`);
    await walk.check(`template ${id}`, []);
  }
  await walk.go('#/templates');
  await walk.check('#/templates', []);
  await walk.expectNothingGotIn(`${USED.length} payloads × 3 template fields: name, subject, body`);
});
