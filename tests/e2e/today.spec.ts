// Today, search everywhere and insights, as a VA uses them, on a seeded data directory.
import { windowClosesOn } from '../../shared/domain/today';
import { formatDay } from '../../shared/domain/dateDisplay';
import { addDays } from '../../shared/domain/workingDays';
import { expect, test, type Page } from './harness/fixtures';
import { DATA_FILE, manyDeliveriesDocument, seededDocument } from './harness/todaySeed';

const seed = seededDocument();
const region = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

test('the first run welcomes the VA on Today and offers the first client', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Steadyhand' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await app.screenshots('today-welcome');
  await app.expectAccessible();
  await page.getByRole('link', { name: 'New client' }).click();
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();
});

test.describe('with a seeded data directory', () => {
  test.use({ dataDirFiles: { [DATA_FILE]: JSON.stringify(seed.doc) } });

  test('Today shows what needs the VA, and each item opens its record', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await expect(page.getByText('6 things need you. The most pressing come first.')).toBeVisible();

    const { newsletter } = seed.briefs;
    const closesOn = windowClosesOn(newsletter.deliveredOn!, 3, 'GB-ENG');
    const badge = closesOn === seed.today ? 'Closes today' : closesOn === addDays(seed.today, 1) ? 'Closes tomorrow' : `Closes ${formatDay(closesOn)}`;
    const windows = region(page, 'Fix windows closing soon');
    await expect(windows.getByRole('listitem')).toHaveCount(1);
    await expect(windows.getByRole('link', { name: /Patient newsletter/ })).toContainText(badge);

    const incidents = region(page, 'Open incidents');
    await expect(incidents.getByRole('link')).toHaveText([/Sent the newsletter to the old mailing list.*Noor Haddad · Patient newsletter.*Next: put it right/]);
    await expect(region(page, 'Fix steps and follow-ups').getByRole('link')).toHaveText([/Resend the newsletter to the right list/]);
    await expect(region(page, 'Briefs to clarify').getByRole('link')).toHaveText([/Website copy.*Noor Haddad · Clarifying/]);
    await expect(region(page, 'Started before the checklist was complete').getByRole('link')).toHaveText([
      /Spreadsheet tidy.*Sam needed it started before the audit\..*1 item open/,
    ]);
    await expect(region(page, 'Delivered, awaiting acceptance').getByRole('link')).toHaveText([
      /Quarterly report.*Sam Okafor · Delivered \d+ days ago · window closed/,
    ]);
    await expect(page.getByText('Client onboarding pack')).toHaveCount(0);

    await app.screenshots('today');
    await app.expectAccessible();

    await region(page, 'Briefs to clarify')
      .getByRole('link', { name: /Website copy/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Website copy' })).toBeVisible();
    await page.getByRole('link', { name: 'Today' }).click();
    await incidents.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`#/incidents/${seed.incidents[0]!.id}$`));
  });

  test('Today updates when a record changes', async ({ app }) => {
    const { page } = app;
    const clarifying = region(page, 'Briefs to clarify');
    await expect(clarifying.getByRole('link')).toHaveCount(1);
    await app.call('briefs.setStatus', { id: seed.briefs.websiteCopy.id, status: 'ready' });
    await expect(clarifying).toHaveCount(0);
    await expect(page.getByText('5 things need you. The most pressing come first.')).toBeVisible();
  });

  test('Ctrl/Cmd+K finds a brief by a word in its paper trail and opens it', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await page.keyboard.press('ControlOrMeta+k');
    const dialog = page.getByRole('dialog', { name: 'Search everywhere' });
    const box = dialog.getByRole('combobox');
    await expect(box).toBeFocused();
    await box.pressSequentially('marigld', { delay: 20 }); // a typo: fuzzy matching still finds it
    const options = dialog.getByRole('option');
    await expect(options).toHaveCount(1);
    await expect(dialog.getByRole('group', { name: 'Paper trail' })).toBeVisible();
    await expect(options.first()).toContainText('Website copy');
    await expect(options.first().locator('mark')).toHaveText(['marigold']);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await app.screenshots('search');
    await app.expectAccessible();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#/briefs/${seed.briefs.websiteCopy.id}$`));
    await expect(page.getByRole('heading', { name: 'Website copy' })).toBeVisible();
  });

  test('search groups results by kind, moves with the arrows and closes with Escape', async ({ app }) => {
    const { page } = app;
    const opener = page.getByRole('button', { name: /^Search/ });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Search everywhere' });
    await dialog.getByRole('combobox').fill('newsletter');
    await expect(dialog.getByRole('group', { name: 'Briefs' }).getByRole('option')).toHaveText([/Patient newsletter/]);
    await expect(dialog.getByRole('group', { name: 'Incidents' }).getByRole('option')).toHaveText([/Sent the newsletter to the old mailing list/]);
    const options = dialog.getByRole('option');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await dialog.getByRole('combobox').fill('zzzqqq');
    await expect(dialog.getByRole('status')).toHaveText('Nothing matches “zzzqqq”. Try fewer letters, or another word the client used.');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('insights show the seeded numbers, in charts and in tables', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Insights' }).click();
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
    const stat = (name: string) =>
      page
        .locator('.insight-stat')
        .filter({ has: page.getByText(name, { exact: true }) })
        .locator('.insight-stat-value');
    await expect(stat('Mistakes')).toHaveText('4');
    await expect(stat('Median time to resolve')).toHaveText('2 days');
    await expect(stat('Briefs started')).toHaveText('4');
    await expect(page.locator('.insight-chart .recharts-wrapper')).toHaveCount(4);

    const rows = (name: string) => page.getByRole('table', { name }).locator('tbody tr');
    await expect(rows('Incidents per client')).toHaveText([/Sam Okafor\s*3/, /Noor Haddad\s*1/]);
    await expect(rows('Briefs started after a complete checklist, and with an override')).toHaveText([
      /After a complete checklist\s*2\s*50%\s*1/,
      /With an override\s*2\s*50%\s*2/,
    ]);
    await expect(rows('Your most common lessons')).toHaveText([/Confirm in writing\s*2/, /Double-check the work\s*1/]);
    const months = await page.getByRole('table', { name: 'Incidents per month, by cause' }).locator('tbody tr td:last-child').allTextContents();
    expect(months.reduce((sum, n) => sum + Number(n), 0)).toBe(4);

    await page.getByLabel('Show the numbers as tables').check();
    await expect(page.getByRole('table', { name: 'Incidents per client' })).toBeVisible();
    await app.screenshots('insights');
    await app.expectAccessible();
    await page.getByLabel('Show the numbers as tables').uncheck();
    await page.getByRole('region', { name: 'Your most common lessons' }).scrollIntoViewIfNeeded();
    await app.screenshots('insights-lower');

    // Today only: the incident reported today stays, the older ones drop out.
    await page.getByLabel('Dates', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill(seed.today);
    await page.getByLabel('To', { exact: true }).fill(seed.today);
    await expect(stat('Mistakes')).toHaveText('1');
    await expect(rows('Incidents per client')).toHaveText([/Noor Haddad\s*1/]);
    await page.getByLabel('From', { exact: true }).fill(addDays(seed.today, 1));
    await expect(page.getByRole('alert')).toHaveText(/The start date must be on or before the end date\./);
  });
});

test.describe('with many deliveries awaiting acceptance', () => {
  test.use({ dataDirFiles: { [DATA_FILE]: JSON.stringify(manyDeliveriesDocument(60)) } });

  test('Today shows a few, and all of them on request without drawing every row', async ({ app }) => {
    const { page } = app;
    const awaiting = region(page, 'Delivered, awaiting acceptance');
    await expect(awaiting.getByRole('listitem')).toHaveCount(5);
    await awaiting.getByRole('button', { name: 'Show all 60' }).click();
    const rows = awaiting.getByRole('listitem');
    await expect(rows.first()).toHaveAttribute('aria-setsize', '60');
    expect(await rows.count()).toBeLessThan(60);
    await expect(awaiting.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });
});

test('settings offer reminders on or off, with quiet hours', async ({ app }) => {
  const { page } = app;
  await page.goto(page.url().replace(/#.*$/, '') + '#/settings');
  const section = page.getByRole('region', { name: 'Reminders', exact: true });
  await expect(section.getByLabel('Show desktop reminders')).toBeChecked();
  await section.getByLabel('Quiet from').fill('20:30');
  await expect.poll(async () => (await app.call('settings.get', {})).reminders.quietHoursStart).toBe('20:30');
  await section.getByLabel('Show desktop reminders').uncheck();
  await expect.poll(async () => (await app.call('settings.get', {})).reminders.enabled).toBe(false);
  await expect(section.getByLabel('Quiet from')).toBeDisabled();
  await section.scrollIntoViewIfNeeded();
  await app.screenshots('settings-reminders');
  await app.expectAccessible();
});
