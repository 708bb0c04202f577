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
  test.setTimeout(180_000);
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

  // Who: the first Tab from the question lands on the first answer.
  await flow.expectQuestion('Which client is this about?');
  await expect(flow.heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Client', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(/.+/);
  await pressContinue(page);

  await flow.expectQuestion('What happened?');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What happened', { exact: true })).toBeFocused();
  await page.keyboard.type('I sent the invoice reminder to every client instead of only the overdue ones.');
  await pressContinue(page);

  // Dates are filled in (today); Enter in a date field continues too.
  await flow.expectQuestion('When was the work delivered, and when was the problem reported?');
  await tabTo(page, page.getByLabel('When was it reported, or when did you spot it?', { exact: true }));
  await page.keyboard.press('Enter');

  await flow.expectQuestion('Who spotted it first?');
  await page.keyboard.press('Tab');
  await expect(flow.radio(/^Me$/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(flow.radio(/^The client$/)).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('What has it affected?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Data' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'A deadline' })).toBeChecked();
  await pressContinue(page);

  // Going back by keyboard keeps the answer.
  await flow.expectQuestion('How serious is it?');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, page.getByRole('button', { name: 'Back', exact: true }));
  await page.keyboard.press('Enter');
  await flow.expectQuestion('What has it affected?');
  await expect(page.getByRole('checkbox', { name: 'A deadline' })).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('How serious is it?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(flow.radio('Medium')).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('Is the harm still happening?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(flow.radio('No, it has stopped')).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('Did the client ask for this?');
  await tabTo(page, flow.radio('My mistake'));
  await page.keyboard.press('Space');
  await pressContinue(page);

  await flow.expectQuestion('How should this be paid for?');
  await tabTo(page, flow.radio('Keep the invoice as it is'));
  await page.keyboard.press('Space');
  await pressContinue(page);

  await flow.expectQuestion('How upset is everyone?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'How upset does the client seem?' }).getByRole('radio', { name: '3 Upset' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'How upset are you?' }).getByRole('radio', { name: '2 A little' })).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('Call, or write?');
  await expect(page.getByRole('heading', { name: 'Writing is fine' })).toBeVisible();
  await tabTo(page, flow.radio(/^Call them/));
  await page.keyboard.press('ArrowDown');
  await expect(flow.radio(/^Write to them/)).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('Write your apology');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hi Ada, I sent the reminder to every client by mistake, and I am sorry. I have written to each of them today to say so.');
  await tabTo(page, page.getByRole('button', { name: 'Mark as sent' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Sent by email at/)).toBeVisible();
  await pressContinue(page);

  await flow.expectQuestion('What needs doing to put it right?');
  await tabTo(page, page.getByLabel('Add a step', { exact: true }));
  await page.keyboard.type('Write to each client who got it by mistake');
  await page.keyboard.press('Enter');
  const task = page.getByRole('checkbox', { name: /Write to each client/ });
  await expect(task).toBeVisible();
  await tabTo(page, task);
  await page.keyboard.press('Space');
  await expect(task).toBeChecked();
  await tabTo(page, page.getByLabel('How long?', { exact: true }));
  await page.keyboard.type('20');
  await page.keyboard.press('Enter');
  await expect(page.locator('.totals')).toContainText('Total20 min');
  await pressContinue(page);

  await flow.expectQuestion('How was it put right?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Every client who got the reminder has had a short note.');
  await pressContinue(page);

  await flow.expectQuestion('What caused it?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(flow.radio('I rushed')).toBeChecked();
  await pressContinue(page);

  await flow.expectQuestion('What will you do differently next time?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Check the recipient filter before a bulk send.');
  await tabTo(page, page.getByRole('button', { name: 'Add to checklist' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added to Ada Byrne’s checklist')).toBeVisible();
  await pressContinue(page, 'Close the incident');

  await expect(page.getByText('The incident is closed. Everything you did is in the timeline below.')).toBeVisible();
  await expect(page.locator('.incident-timeline')).toContainText('Closed the incident.');
});
