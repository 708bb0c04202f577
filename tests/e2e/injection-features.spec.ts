// Suite 7, injection, feature screens: payloads in the incident, template and summary text fields, then every
// screen that shows them (incidents, templates, the client-facing summary, Today, Insights): shown as text,
// with 0 script runs, 0 foreign requests, 0 file:// loads and 0 CSP violations. Foundation screens: injection.spec.ts.
import { defaultClientFields } from '../../shared/model/client';
import { expect, test } from './harness/fixtures';
import { longField, PAYLOADS, shortField, watchInjection } from './harness/injection';

const FULL = process.env.STEADYHAND_RELIABILITY === 'full' || process.env.STEADYHAND_INJECTION === 'full';
/** Every payload under `npm run test:reliability`; every eighth (all families still there) inside `npm test`. */
const USED = FULL ? PAYLOADS : PAYLOADS.filter((_, i) => i % 8 === 0);
const FIELDS = ['incident description', 'impact', 'containment action', 'fix step', 'lesson', 'template name', 'template subject', 'template body'];

test('injection: payloads in incidents, templates and summaries render as text and run nothing', async ({ app }) => {
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

  const client = await app.call('clients.create', { fields: { ...defaultClientFields(), name: 'Injection Test Client' } });
  const seeded: { incidentId: string; templateId: string; short: string; long: string }[] = [];
  for (const payload of USED) {
    const short = shortField(payload, 300);
    const long = longField(payload, 2_000);
    const incident = await app.call('incidents.start', { clientId: client.id, breathing: 'skipped' });
    await app.call('incidents.saveStep', { id: incident.id, step: 'happened', answers: { description: long, impactAmount: shortField(payload) } });
    await app.call('incidents.logContainment', { id: incident.id, label: short, note: long.slice(0, 1_000) });
    await app.call('incidents.addFixTask', { id: incident.id, label: short });
    await app.call('incidents.saveStep', { id: incident.id, step: 'close', answers: { lesson: long } });
    // Templates refuse unknown {{placeholders}} by design, so braces are dropped there; the rest of the payload stays.
    const noBraces = (text: string) => text.replace(/\{\{|\}\}/g, '').trim() || 'x';
    const template = await app.call('templates.create', {
      fields: {
        name: noBraces(shortField(payload)),
        situation: 'missed-deadline',
        channel: 'email',
        subject: noBraces(shortField(payload)),
        body: noBraces(long),
      },
    });
    seeded.push({ incidentId: incident.id, templateId: template.id, short, long });
  }

  for (const s of seeded) {
    await go(`#/incidents/${s.incidentId}?view=details`);
    await check(`incident details ${s.incidentId}`, []);
    await go(`#/templates/${s.templateId}`);
    await check(`template ${s.templateId}`, []);
    await go(`#/summaries/${s.incidentId}`);
    await check(`summary ${s.incidentId}`, []);
  }
  for (const hash of ['#/incidents', '#/templates', '#/today', '#/insights']) {
    await go(hash);
    await check(hash, []);
  }

  const runs = await probe.scriptRuns();
  const violations = await probe.cspViolations();
  console.log(
    `injection (feature screens): ${USED.length} payloads × ${FIELDS.length} fields, ${runs.length} script runs, ${probe.foreignRequests.length} network requests, ` +
      `${probe.fileLoads.length} file:// loads (${violations.length} CSP violations, ${problems.length} rendering problems; ${app.shell} shell)`,
  );
  expect({ problems, runs, foreignRequests: probe.foreignRequests, fileLoads: probe.fileLoads, violations }).toEqual({
    problems: [],
    runs: [],
    foreignRequests: [],
    fileLoads: [],
    violations: [],
  });
});
