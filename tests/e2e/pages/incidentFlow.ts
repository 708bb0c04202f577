// A page object for the incident flow, and the seeds of the stories the specs tell.
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppFixture } from '../harness/fixtures';
import { seedBrief, seedClient } from '../harness/seed';

export class IncidentFlow {
  constructor(
    readonly page: Page,
    private readonly app?: AppFixture,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectQuestion(text: string | RegExp): Promise<void> {
    await expect(this.heading).toHaveText(text);
  }

  /** Continue, then wait until the next page (or the error summary) is there, as a person would. */
  async next(): Promise<void> {
    await this.moveWith(this.page.getByRole('button', { name: 'Continue', exact: true }));
  }

  async back(): Promise<void> {
    await this.moveWith(this.page.getByRole('button', { name: 'Back', exact: true }));
  }

  private async moveWith(button: Locator): Promise<void> {
    const before = await this.heading.textContent();
    const summary = this.page.locator('.error-summary');
    const hadSummary = (await summary.count()) > 0;
    await button.click();
    await expect(async () => {
      const moved = (await this.heading.textContent()) !== before;
      const refused = !hadSummary && (await summary.count()) > 0;
      expect(moved || refused, `still on “${before}”`).toBe(true);
    }).toPass({ timeout: 10_000 });
  }

  radio(label: string | RegExp): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  /** Answers a one-choice page and moves on. */
  async choose(label: string | RegExp, question?: string | RegExp): Promise<void> {
    if (question) await this.expectQuestion(question);
    await this.radio(label).check();
    await this.next();
  }

  /** Screenshots in both themes and sizes, and axe in both themes, of the page as it is now. */
  async look(name: string): Promise<void> {
    if (!this.app) return;
    await this.app.screenshots(`incident-${name}`);
    await this.app.expectAccessible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.flow-top .save-state')).toHaveText('Saved');
  }
}

/** Opens a route of the app by its hash. */
export async function openRoute(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
}

/**
 * The label-deletion story: Harriet asked for the Newsletters label to go but the emails to stay, and the
 * VA said yes in writing. The brief was delivered on Mon 16 Nov 2026 under a 3-working-day window.
 */
export async function seedLabelStory(app: AppFixture) {
  const client = await seedClient(app, 'Harriet Lane', {
    business: 'Lane & Co Interiors',
    phone: '07700 900123',
    preferredChannel: 'phone',
  });
  const brief = await seedBrief(app, client.id, 'Tidy the shared inbox', {
    summary: 'Sort the inbox into labels. Delete the Newsletters label; keep every email.',
    inScope: 'Labels and filters',
    outOfScope: 'Deleting any email',
  });
  await app.call('briefs.setStatus', { id: brief.id, status: 'in-progress', overrideReason: 'Harriet needed it done before her trip.' });
  await app.call('briefs.setStatus', { id: brief.id, status: 'delivered', deliveredOn: '2026-11-16' });
  await app.call('paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: {
      receivedAt: '2026-11-12T09:15:00.000Z',
      channel: 'email',
      words: 'Can you delete the Newsletters label? Please keep all the emails in it.',
      sourceRef: 'Email: Inbox tidy',
      confirmedInWriting: false,
    },
  });
  await app.call('paperTrail.add', {
    clientId: client.id,
    briefId: brief.id,
    fields: {
      receivedAt: '2026-11-12T10:02:00.000Z',
      channel: 'email',
      words: 'Yes, will do: I will delete the label only, and the emails stay.',
      sourceRef: 'Email: reply to Harriet',
      confirmedInWriting: true,
      // The VA's own reply: marked by the entry's direction, not by how its source reads.
      direction: 'sent',
    },
  });
  return { client, brief };
}

/** Moves focus with Tab (only the keyboard) until `target` has it. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with Tab in ${max} presses.`);
}

/**
 * Counts what a story costs the VA: every page they land on (from "I made a mistake" to the exported summary) and
 * every answer, where an answer is a choice changed from what was pre-selected or a field typed. Continue on a
 * pre-selected recommendation costs nothing. Buttons that record what the VA did (Mark as done, Log the call,
 * Mark as sent, Add to checklist) are counted apart as actions.
 */
export class StoryCost {
  readonly screens: string[] = [];
  readonly answers: string[] = [];
  readonly actions: string[] = [];
  constructor(private readonly page: Page) {}

  /** Records the page now shown, by its main heading. */
  async onScreen(expected: string | RegExp): Promise<void> {
    // The first: the summary page also shows the document's own title as a heading in its preview.
    const heading = this.page.getByRole('heading', { level: 1 }).first();
    await expect(heading).toHaveText(expected, { timeout: 20_000 });
    this.screens.push((await heading.textContent()) ?? '');
  }

  async fill(field: Locator, value: string, what: string): Promise<void> {
    await field.fill(value);
    this.answers.push(`typed ${what}`);
  }

  async choose(control: Locator, what: string): Promise<void> {
    await control.check();
    this.answers.push(`chose ${what}`);
  }

  async act(button: Locator, what: string): Promise<void> {
    await button.click();
    this.actions.push(what);
  }

  print(story: string): void {
    console.log(
      [
        `[${story}] ${this.screens.length} screens, ${this.answers.length} answers, ${this.actions.length} actions`,
        ...this.screens.map((s, i) => `  screen ${i + 1}: ${s}`),
        ...this.answers.map((a, i) => `  answer ${i + 1}: ${a}`),
        ...this.actions.map((a, i) => `  action ${i + 1}: ${a}`),
      ].join('\n'),
    );
  }
}
