// The Briefs list with years of briefs (virtualised by @tanstack/react-virtual): light and dark, 1024 and 1440,
// at the top with one brief open and part-way down after keyboard moves. Pictures go to tests/screenshots/.
import { briefStatus } from '../../shared/model/brief';
import { dataDocument, SCHEMA_VERSION } from '../../shared/model/document';
import { makeBrief, makeClient } from '../unit/insights/records';
import { expect, test } from './harness/fixtures';
import { DATA_FILE } from './harness/todaySeed';

const TITLES = ['Monthly newsletter', 'Invoice chasing', 'Calendar tidy for the quarter', 'Travel booking: Lisbon offsite', 'Price list update'];

function yearsOfBriefs(count: number) {
  const clients = ['Priya Shah', 'Noor Haddad', 'Sam Okafor', 'Ada Byron'].map((name) => makeClient(name));
  const briefs = Array.from({ length: count }, (_, i) =>
    makeBrief(clients[i % clients.length]!, `${TITLES[i % TITLES.length]} ${i + 1}`, {
      status: briefStatus.options[i % briefStatus.options.length],
      deadline: i % 3 === 0 ? `2027-01-${String((i % 28) + 1).padStart(2, '0')}` : null,
    }),
  );
  return dataDocument.parse({ schemaVersion: SCHEMA_VERSION, clients, briefs, paperTrail: [] });
}

test.use({ dataDirFiles: { [DATA_FILE]: JSON.stringify(yearsOfBriefs(2_000)) } });

test('the Briefs list with 2,000 briefs, at the top and part-way down', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => (window.location.hash = '#/briefs'));
  const list = page.getByRole('list', { name: 'Briefs' });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '2000', { timeout: 30_000 });
  await list.getByRole('link').nth(2).click();
  await expect(list.getByRole('link').nth(2)).toHaveAttribute('aria-current', 'true');
  await app.screenshots('briefs-long-list');
  await list.getByRole('link').nth(2).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.locator('li:has(:focus)')).toBeVisible();
  await app.screenshots('briefs-long-list-scrolled');
  await app.expectAccessible();
});
