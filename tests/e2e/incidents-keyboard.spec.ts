// The whole incident flow by keyboard alone: the shortcut to start, Tab to move, Space and arrows to choose,
// Enter to act. The mouse is never used; reading the page only checks where focus is.
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { seedClient } from './harness/seed';
import { IncidentFlow, tabTo } from './pages/incidentFlow';

const continueButton = (page: Page, name = 'Continue') => page.getByRole('button', { name, exact: true });

async function pressContinue(page: Page, name?: string) {
  await tabTo(page, continueButton(page, name));
  await page.keyboard.press('Enter');
}

test('the whole flow, from the shortcut to closing, by keyboard only', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const flow = new IncidentFlow(page);
  await seedClient(app, 'Ada Byrne', { phone: '07700 900456' });
  await page.reload();

  // Ctrl+Shift+M from anywhere.
  await page.keyboard.press('Control+Shift+M');
  await flow.expectQuestion('Take a breath first');
  await expect(flow.heading).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Skip' }));
  await page.keyboard.press('Enter');

  // Harm first: the first Tab from the question lands on the first answer.
  await flow.expectQuestion('Is the harm still happening?');
  await expect(flow.heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(flow.radio('Yes, it is still happening')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(flow.radio('No, it has stopped')).toBeChecked();
  await pressContinue(page);

  // The facts: client first, then the words; the report date is today and "happened" follows it.
  await flow.expectQuestion('What happened?');
  // The step moves focus to its question; a Tab before that would start from the previous step's button.
  await expect(flow.heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Client', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(/.+/);
  await tabTo(page, page.getByLabel('What happened', { exact: true }));
  await page.keyboard.type('I sent the invoice reminder to every client instead of only the overdue ones.');
  // Enter in a date field continues too.
  await tabTo(page, page.getByLabel('When was it reported, or when did you spot it?', { exact: true }));
  await page.keyboard.press('Enter');

  await flow.expectQuestion('Who spotted it, and how serious is it?');
  await expect(flow.heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Me', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(flow.radio(/^The client$/)).toBeChecked();
  await tabTo(page, page.getByRole('checkbox', { name: 'A deadline' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'A deadline' })).toBeChecked();
  await expect(flow.radio('Medium (suggested from what it affected)')).toBeChecked();
  await pressContinue(page);

  // Going back by keyboard keeps the answers.
  await flow.expectQuestion('Did the client ask for this?');
  await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }));
  await page.keyboard.press('Enter');
  await flow.expectQuestion('Who spotted it, and how serious is it?');
  await expect(page.getByRole('checkbox', { name: 'A deadline' })).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('Did the client ask for this?');
  await tabTo(page, flow.radio('My mistake'));
  await page.keyboard.press('Space');
  await expect(flow.radio('Keep the invoice as it is (recommended)')).toBeChecked();
  await pressContinue(page);

  // Medium severity: writing is fine, and pre-selected; how upset is optional.
  await flow.expectQuestion('Call, or write?');
  await expect(page.getByRole('heading', { name: 'Writing is fine' })).toBeVisible();
  await expect(flow.radio(/^Write to them/)).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('Write your apology');
  await expect(flow.heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your message', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Hi Ada, I sent the reminder to every client by mistake, and I am sorry. I have written to each of them today to say so.');
  await tabTo(page, page.getByRole('button', { name: 'Mark as sent' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Sent by email at/)).toBeVisible();
  await pressContinue(page);

  await flow.expectQuestion('Put it right, and close');
  await tabTo(page, page.getByLabel('How it was put right', { exact: true }));
  await page.keyboard.type('Every client who got the reminder has had a short note.');
  await tabTo(page, flow.radio('I rushed'));
  await page.keyboard.press('Space');
  await expect(flow.radio('I rushed')).toBeChecked();
  await tabTo(page, page.getByLabel('What will you do differently next time?', { exact: true }));
  await page.keyboard.type('Check the recipient filter before a bulk send.');
  await tabTo(page, page.getByRole('button', { name: 'Add to checklist' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added to Ada Byrne’s checklist')).toBeVisible();
  await pressContinue(page, 'Close the incident');

  // Closing goes straight on to the client summary.
  await expect(page.getByRole('heading', { name: 'Summary for Ada Byrne' })).toBeVisible();
  const [closed] = await app.call('incidents.list', { status: 'closed' });
  expect(closed).toBeDefined();
});
