import { test } from './harness/fixtures';
import { openRoute } from './pages/incidentFlow';
test('debug', async ({ app }) => {
  const { id } = await app.call('incidents.start', { breathing: 'skipped' });
  await openRoute(app.page, `#/summaries/${id}`);
  await app.page.waitForTimeout(1000);
  console.log(await app.page.getByTestId('summary-preview').evaluate((h) => {
    const sheet = h.shadowRoot!.querySelector('.sheet')!;
    return JSON.stringify({ style: h.getAttribute('style'), var: getComputedStyle(h).getPropertyValue('--summary-zoom'), zoom: getComputedStyle(sheet).zoom, w: h.clientWidth, sheets: h.shadowRoot!.adoptedStyleSheets.length, rules: h.shadowRoot!.adoptedStyleSheets[0]?.cssRules.length });
  }));
});
