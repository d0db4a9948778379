import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, test } from './support.ts';
import { expectListsFit } from './lists.ts';
import { queueCase } from './desk.ts';

// The desk's pages at 360 px: the lists stay cards, the empty box's hint, the overview's work list, the
// customer's cases and the case page's one save. Anna (administrator) manages no property, and what she
// saves goes to Fredrik, so the boxes this file looks at stay as they are.
test.describe.configure({ mode: 'serial' });

const ANNA = ['admin@exempel.se', 'Admin#2026'] as const;

test('the inbox, its empty-box hint and Översikt on a phone', async ({ page, request }) => {
  await queueCase(request, 'Mobiltest: köärende');
  await loginStaff(page, ...ANNA);
  await checkPage(page, 'Översikt');
  const work = page.getByRole('table', { name: 'Ärenden som väntar på dig' });
  await expect(work.getByRole('link', { name: 'Mobiltest: köärende' }).first()).toBeVisible();
  await expectListsFit(page);

  await goVia(page, 'Förvaltning', 'Ärenden');
  await checkPage(page, 'Ärenden');
  await page.getByRole('group', { name: 'Ärendekorg' }).getByRole('button', { name: 'Mina fastigheter' }).click();
  await expect(page.getByText('Inga ärenden här.')).toBeVisible();
  await expect(page.getByText(/^Gemensam kö har \d+ ärenden?\.$/)).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Visa Gemensam kö' }).click();
  const table = page.getByRole('table', { name: 'Ärenden – Gemensam kö' });
  // A card: the whole title, wrapped, with every column as label and value.
  await expect(table.getByRole('link', { name: 'Mobiltest: köärende' }).first()).toBeVisible();
  await expectListsFit(page);
});

test("the customer page's cases and the case page's one save on a phone", async ({ page, request }) => {
  const created = await queueCase(request, 'Mobiltest: allt på en gång');
  await loginStaff(page, ...ANNA);
  await page.goto('/admin/kunder');
  await page.getByRole('link', { name: 'Byggvaruhuset Väst AB' }).click();
  await checkPage(page, 'Byggvaruhuset Väst AB');
  await expect(page.getByRole('table', { name: 'Kundens ärenden' }).getByRole('link', { name: 'Mobiltest: allt på en gång' })).toBeVisible();
  await expectListsFit(page);

  await page.getByRole('table', { name: 'Kundens ärenden' }).getByRole('link', { name: 'Mobiltest: allt på en gång' }).click();
  await checkPage(page, 'Mobiltest: allt på en gång');
  expect(new URL(page.url()).pathname).toBe(`/admin/arenden/${created.id}`);
  await page.getByLabel('Svar eller anteckning').fill('Vi ringer er i morgon.');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågående' });
  await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Fredrik Fastighetsansvarig' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Meddelandet är skickat till hyresgästen.' });
  await expect(status).toContainText('Ärendet är tilldelat Fredrik Fastighetsansvarig.');
  await expect(page.getByRole('region', { name: 'Dialog' }).getByText('Vi ringer er i morgon.')).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
