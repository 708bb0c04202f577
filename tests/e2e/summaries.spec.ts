// Client-facing summaries, end to end: the label-deletion incident exported as a PDF (read back with pdftotext,
// pages rendered to PNG to look at, in light and dark app themes), HTML, print and copies with no internal
// note in any of them; an injection payload in every field shown as literal text with no request and no
// script; and an incident with missing pieces, marked in the preview but not in the file.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test, type AppFixture } from './harness/fixtures';
import { SCREENSHOT_DIR } from './harness/fixtures';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness/shells';
import { openRoute } from './pages/incidentFlow';
import { LABEL_STORY, seedClosedLabelIncident, seedProfile } from './pages/summaries';

const HEADINGS = ['What happened', 'Impact', 'What I have done', 'Current status', 'What I’m changing so it doesn’t happen again'];

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Renders each PDF page to a PNG beside the screenshots, to look at. */
async function pdfPages(file: string, name: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'steadyhand-pdf-'));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'page')]);
  const pages = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
  const out: string[] = [];
  // A fresh clone has no screenshot folder (it is ignored by git), and the functional run takes no screenshots.
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  for (const [i, page] of pages.entries()) {
    const target = join(SCREENSHOT_DIR, `${name}-page${i + 1}.png`);
    await copyFile(join(dir, page), target);
    out.push(target);
  }
  return out;
}

function documentsOf(app: AppFixture) {
  test.skip(app.documents === null, 'The Electron shell prints through printToPDF; these checks use the Chromium shell’s recording port.');
  return app.documents!;
}

async function exportPdf(app: AppFixture, dir: string, name: string): Promise<string> {
  const file = join(dir, name);
  app.dialogs.nextSavePath = file;
  await app.page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toBeVisible({ timeout: 30_000 });
  return file;
}

const preview = (app: AppFixture) => app.page.getByTestId('summary-preview');
const previewText = (app: AppFixture) => preview(app).evaluate((host) => host.shadowRoot?.textContent ?? '');

test('the label-deletion incident: preview, PDF, HTML, print and copies carry the client-facing story and no internal note', async ({ app }) => {
  test.setTimeout(180_000);
  const documents = documentsOf(app);
  const { page } = app;
  await seedProfile(app);
  const { id, clientName } = await seedClosedLabelIncident(app);
  const dir = await mkdtemp(join(tmpdir(), 'steadyhand-summary-'));

  // The way in: the incident's detail, which is also where the flow ends.
  await openRoute(page, `#/incidents/${id}?view=details`);
  await page.getByRole('link', { name: 'Summary for the client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Summary for ${clientName}` })).toBeVisible();
  await expect.poll(() => previewText(app)).toContain(LABEL_STORY.description);
  for (const heading of HEADINGS) expect(await previewText(app)).toContain(heading);
  await expect(page.getByText('Every part is filled in.')).toBeVisible();
  await app.screenshots('summary-label-story');
  await app.expectAccessible();

  // Reword one section, include the time spent: saved, and the preview follows at once.
  await page.getByLabel('Current status', { exact: true }).fill('This is resolved. Thank you for spotting it so quickly, Harriet.');
  await page.getByRole('checkbox', { name: /Include the time I spent/ }).check();
  await expect(page.locator('.summary-side .save-state')).toHaveText('Saved');
  await expect.poll(() => previewText(app)).toContain('Thank you for spotting it so quickly');
  expect(await previewText(app)).toContain('Time spent putting this right: 1 h 15 min.');
  const stored = await app.call('summaries.get', { incidentId: id });
  expect(stored.record).toMatchObject({ edits: { status: 'This is resolved. Thank you for spotting it so quickly, Harriet.' }, includeTimeSpent: true });

  // PDF in the light app theme, then in the dark one: the document is the same, and always light.
  const lightPdf = await exportPdf(app, dir, 'label-light.pdf');
  await app.call('settings.update', { theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshots('summary-label-story-dark-app');
  const darkPdf = await exportPdf(app, dir, 'label-dark.pdf');
  await app.call('settings.update', { theme: 'light' });
  const text = pdfText(lightPdf);
  expect(flat(pdfText(darkPdf))).toBe(flat(text));
  for (const words of [
    ...HEADINGS,
    clientName,
    'Morgan VA Services',
    'Incident summary: Tidy the shared inbox',
    '6,000 emails',
    LABEL_STORY.fixLabels[0],
    'Thank you for spotting it so quickly',
    'Kind regards,',
  ]) {
    expect(flat(text), words).toContain(words);
  }
  expect(text).not.toContain('INTERNAL-MARKER');
  expect(documents.blockedRequests).toEqual([]);
  expect((await readFile(lightPdf)).subarray(0, 5).toString()).toBe('%PDF-');
  console.log(
    `[summary] PDF pages: ${[...(await pdfPages(lightPdf, 'summary-pdf-light-app')), ...(await pdfPages(darkPdf, 'summary-pdf-dark-app'))].join(', ')}`,
  );

  // HTML, print (Ctrl/Cmd+P while the summary is open), and the two copies.
  app.dialogs.nextSavePath = join(dir, 'label.html');
  await page.getByRole('button', { name: 'Save as HTML…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “label.html”.' })).toBeVisible();
  await page.locator('body').press('ControlOrMeta+p');
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the printer.' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy as email text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as email text.' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied as Markdown.' })).toBeVisible();
  const html = await readFile(join(dir, 'label.html'), 'utf8');
  expect(documents.printed).toHaveLength(1);
  expect(documents.copied[0]).toMatch(/^Incident summary: Tidy the shared inbox\n=+\n\nFor: Harriet Lane, Lane & Co Interiors\n/);
  expect(documents.copied[1]).toMatch(/^# Incident summary: Tidy the shared inbox\n\n\*\*For:\*\* Harriet Lane, Lane \\& Co Interiors\\\n/);
  for (const output of [html, documents.printed[0]!.html, ...documents.copied]) expect(output).not.toContain('INTERNAL-MARKER');
  expect(documents.blockedRequests).toEqual([]);

  // Everything sent or saved is listed with its date, newest first.
  const listed = page.locator('.summary-exports li');
  await expect(listed).toHaveCount(6);
  await expect(listed.first()).toContainText('Copied as Markdown');
  await expect(listed.last()).toContainText('label-light.pdf');
  await app.screenshots('summary-exports');
});

// ~190 characters, so it fits every field, even the 200-character ones.
const PAYLOAD = `<script>fetch('//x.test/s')</script><img src=//x.test/i onerror=fetch('//x.test')><iframe src=file:///etc></iframe><style>@import'//x.test/c'</style><meta http-equiv=refresh content=0;url=//x.test/r>`;

test('an injection payload in every field is shown as literal text, with no request and no script run', async ({ app }) => {
  test.setTimeout(180_000);
  const documents = documentsOf(app);
  const { page } = app;
  expect(PAYLOAD.length).toBeLessThanOrEqual(200);
  const appOrigin = new URL(page.url()).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(appOrigin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await seedProfile(app, { name: PAYLOAD, businessName: PAYLOAD, phone: PAYLOAD, signature: PAYLOAD });
  const { id } = await seedClosedLabelIncident(app, {
    clientName: PAYLOAD,
    clientBusiness: PAYLOAD,
    briefTitle: PAYLOAD,
    description: PAYLOAD,
    impactAmount: PAYLOAD,
    containLabel: PAYLOAD,
    fixLabels: [PAYLOAD, `${PAYLOAD} 2`],
    resolution: PAYLOAD,
    lesson: PAYLOAD,
    preventionLabel: PAYLOAD,
  });
  await openRoute(page, `#/summaries/${id}`);
  await expect.poll(() => previewText(app)).toContain(PAYLOAD);
  // The VA's own wording too.
  await page.getByLabel('Impact', { exact: true }).fill(`- ${PAYLOAD}`);
  await expect(page.locator('.summary-side .save-state')).toHaveText('Saved');

  const shadow = await preview(app).evaluate((host) => {
    const root = host.shadowRoot!;
    return {
      text: root.textContent ?? '',
      elements: root.querySelectorAll('script, iframe, style, meta, link, object, embed, svg, a').length,
      images: Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src')?.slice(0, 22)),
      handlers: Array.from(root.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
    };
  });
  expect(shadow.elements).toBe(0);
  expect(shadow.handlers).toBe(0);
  expect(shadow.images).toEqual(['data:image/png;base64,']);
  expect(shadow.text.split(PAYLOAD).length - 1).toBeGreaterThanOrEqual(12);

  const dir = await mkdtemp(join(tmpdir(), 'steadyhand-injection-'));
  const pdf = await exportPdf(app, dir, 'injection.pdf');
  const text = flat(pdfText(pdf)).replace(/ /g, '');
  expect(text).toContain(PAYLOAD.replace(/ /g, ''));
  await pdfPages(pdf, 'summary-pdf-injection');
  app.dialogs.nextSavePath = join(dir, 'injection.html');
  await page.getByRole('button', { name: 'Save as HTML…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “injection.html”.' })).toBeVisible();

  // The saved file, opened the worst way (a browser with JavaScript on): nothing runs, nothing is fetched.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const fileRequests: string[] = [];
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('data:')) return route.continue();
      fileRequests.push(route.request().url());
      return route.abort();
    });
    const viewer = await context.newPage();
    let scriptRuns = 0;
    await viewer.exposeFunction('__ran', () => scriptRuns++);
    await viewer.setContent(await readFile(join(dir, 'injection.html'), 'utf8'), { waitUntil: 'load' });
    await viewer.waitForTimeout(500);
    const dom = await viewer.evaluate(() => ({
      active: document.querySelectorAll('body script, body iframe, body style, body meta, body link, body svg').length,
      text: document.body.textContent ?? '',
    }));
    expect(dom.active).toBe(0);
    expect(dom.text).toContain(PAYLOAD);
    expect(fileRequests).toEqual([]);
    expect(scriptRuns).toBe(0);
    await context.close();
  } finally {
    await browser.close();
  }

  expect(documents.blockedRequests, 'requests from the PDF renderer').toEqual([]);
  expect(foreign, 'requests from the app page').toEqual([]);
  await app.screenshots('summary-injection');
});

test('an incident with missing pieces still exports; the preview marks them, the file leaves them out', async ({ app }) => {
  test.setTimeout(120_000);
  const documents = documentsOf(app);
  const { page } = app;
  // US Letter, chosen in Settings.
  await openRoute(page, '#/settings');
  await page.getByLabel('Paper size for summaries').selectOption('letter');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const { id } = await app.call('incidents.start', { breathing: 'skipped' });
  await openRoute(page, `#/summaries/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Summary for the client' })).toBeVisible();
  await expect(page.getByText('US Letter, as it will print.')).toBeVisible();
  await expect.poll(() => previewText(app)).toContain('Add what happened before you send this.');
  for (const reminder of ['Choose the client in the incident before you send this.', 'Add your name or business name in Settings before you send this.']) {
    expect(await previewText(app)).toContain(reminder);
  }
  await expect(page.getByText(/parts are still empty/)).toBeVisible();
  await app.screenshots('summary-missing');
  await app.expectAccessible();

  const dir = await mkdtemp(join(tmpdir(), 'steadyhand-missing-'));
  const pdf = await exportPdf(app, dir, 'Incident summary - missing.pdf');
  const text = pdfText(pdf);
  expect(text).toContain('Incident summary');
  expect(text).toContain('Current status');
  expect(text).not.toMatch(/before you send this|What happened/);
  expect(documents.pdfs.at(-1)!.html).not.toContain('class="missing"');
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  await pdfPages(pdf, 'summary-pdf-missing');
});
