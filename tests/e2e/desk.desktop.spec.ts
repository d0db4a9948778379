import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, test } from './support.ts';
import { queueCase } from './desk.ts';

// The back office as a desk at 1440 px: the width used, one line a case, sortable columns, an empty box
// that says where the work is, the overview's work list, the customer's cases, and the case page's one
// save. Karin (customer manager) manages no property, so "Mina fastigheter" stays empty whatever runs
// beside this file; what she saves goes to Fredrik, so her own box is left alone too.
test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ mode: 'serial' });

const KARIN = ['kundansvarig@exempel.se', 'Kund#2026'] as const;

async function bodyRows(table: Locator) {
  return table.locator('tbody tr');
}

async function columnTexts(table: Locator, column: number): Promise<string[]> {
  return table.locator('tbody tr').evaluateAll((rows, index) => rows.map((row) => (row.children[index]?.querySelector('.data-table__value')?.textContent ?? '').trim()), column);
}

async function expectOneLinePerRow(page: Page, table: Locator) {
  const rows = await bodyRows(table);
  expect(await rows.count()).toBeGreaterThan(0);
  // One line of the table's text, with its padding: a row of two lines would be about 20 px taller.
  const lineHeight = await table.locator('tbody td').first().evaluate((cell) => parseFloat(getComputedStyle(cell).lineHeight) || 21);
  for (const box of await rows.evaluateAll((list) => list.map((row) => row.getBoundingClientRect().height))) {
    expect(box, 'a case row wraps to more than one line').toBeLessThan(lineHeight * 2 + 4);
  }
  // The region needs no sideways scroll.
  const region = page.getByRole('region', { name: await table.locator('caption').innerText() });
  const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(scrollWidth, 'the case table scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

test('the inbox uses the width: one line a case, the category its own column, sortable by a column', async ({ page, request }) => {
  await queueCase(request, 'Skrivbordstest: en mycket lång rubrik om lastkajens port som inte går att stänga ordentligt på kvällen');
  await loginStaff(page, ...KARIN);
  await goVia(page, 'Förvaltning', 'Ärenden');
  await checkPage(page, 'Ärenden');
  // The main column uses most of a 1440 px screen.
  const main = await page.getByRole('main').boundingBox();
  expect(main!.width).toBeGreaterThan(1100);

  await page.getByRole('group', { name: 'Ärendekorg' }).getByRole('button', { name: 'Alla' }).click();
  const table = page.getByRole('table', { name: 'Ärenden – Alla' });
  await expect(table.getByRole('link', { name: /^Skrivbordstest/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Kategori' })).toBeVisible();
  await expect(table.getByText('Serviceärende ·')).toHaveCount(0);
  await expectOneLinePerRow(page, table);
  await expectAccessible(page);

  // The server's order is the waiting column's; a customer heading sorts by customer, and again the other way.
  await expect(table.getByRole('columnheader', { name: 'Väntat' })).toHaveAttribute('aria-sort', 'ascending');
  const customer = table.getByRole('columnheader', { name: 'Kund' });
  await expect(customer).toHaveAttribute('aria-sort', 'none');
  const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });
  // By keyboard: the heading's button takes focus and Enter sorts.
  await customer.getByRole('button', { name: 'Kund' }).focus();
  await page.keyboard.press('Enter');
  await expect(customer).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Väntat' })).toHaveAttribute('aria-sort', 'none');
  const ascending = await columnTexts(table, 3);
  expect(ascending).toEqual([...ascending].sort(collator.compare));
  await customer.getByRole('button', { name: 'Kund' }).click();
  await expect(customer).toHaveAttribute('aria-sort', 'descending');
  const descending = await columnTexts(table, 3);
  expect(descending).toEqual([...ascending].sort(collator.compare).reverse());
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('an empty box says where the work is, and takes you there', async ({ page, request }) => {
  await queueCase(request, 'Skrivbordstest: köärende');
  await loginStaff(page, ...KARIN);
  await page.goto('/admin/arenden?box=properties');
  await checkPage(page, 'Ärenden');
  await expect(page.getByText('Inga ärenden här.')).toBeVisible();
  // Tests beside this one add to the queue, so the count is the page's own, checked against its list below.
  const hint = page.getByText(/^Gemensam kö har \d+ ärenden?\.$/);
  await expect(hint).toBeVisible();
  const shown = Number(/(\d+)/.exec(await hint.innerText())![1]);
  expect(shown).toBeGreaterThan(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Visa Gemensam kö' }).click();
  await expect(page.getByRole('group', { name: 'Ärendekorg' }).getByRole('button', { name: 'Gemensam kö' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table', { name: 'Ärenden – Gemensam kö' }).getByRole('link', { name: 'Skrivbordstest: köärende' }).first()).toBeVisible();
});

test('Översikt lists the cases waiting for this person, longest waiting first', async ({ page, request }) => {
  await queueCase(request, 'Skrivbordstest: väntar på översikten');
  await loginStaff(page, ...KARIN);
  await checkPage(page, 'Översikt');
  const table = page.getByRole('table', { name: 'Ärenden som väntar på dig' });
  await expect(table.getByRole('link', { name: 'Skrivbordstest: väntar på översikten' }).first()).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Väntat' })).toHaveAttribute('aria-sort', 'ascending');
  // The demo's shared-queue case has waited a day: longer than the one just made.
  const titles = await columnTexts(table, 0);
  expect(titles.indexOf('Skyltning på fasaden')).toBeLessThan(titles.indexOf('Skrivbordstest: väntar på översikten'));
  await expectOneLinePerRow(page, table);
  await expect(page.getByRole('heading', { level: 2, name: 'Registret' })).toBeVisible();
  await expectAccessible(page);
});

test("the customer page lists the customer's cases, links their leases, and shows contact details once", async ({ page }) => {
  await loginStaff(page, ...KARIN);
  await goVia(page, 'Förvaltning', 'Kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await checkPage(page, 'Café Lunden AB');
  const cases = page.getByRole('table', { name: 'Kundens ärenden' });
  const row = cases.getByRole('row', { name: /Droppande kran i storköket/ });
  await expect(row.getByRole('link', { name: 'Droppande kran i storköket' })).toHaveAttribute('href', /\/admin\/arenden\//);
  await row.getByRole('link', { name: '100101' }).click();
  await expect(page).toHaveURL(/#lease-/);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.getByRole('table', { name: 'Kundens avtal' }).locator(`[id="${anchor}"]`)).toHaveText(/100101/);
  // The e-mail is the form's value, not also a line of text above it.
  await expect(page.getByLabel('E-post', { exact: true })).toHaveValue('info@cafelunden.se');
  await expect(page.getByText('info@cafelunden.se')).toHaveCount(0);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test('on a case, a reply, the status and the responsible are saved together', async ({ page, request }) => {
  const created = await queueCase(request, 'Skrivbordstest: allt på en gång');
  await loginStaff(page, ...KARIN);
  await page.goto(`/admin/arenden/${created.id}`);
  await checkPage(page, 'Skrivbordstest: allt på en gång');
  await page.getByLabel('Svar eller anteckning').fill('Vi byter porten på måndag.');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Väntar på hyresgäst' });
  await page.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Fredrik Fastighetsansvarig' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Meddelandet är skickat till hyresgästen.' });
  await expect(status).toContainText('Statusen är ändrad till Väntar på hyresgäst.');
  await expect(status).toContainText('Ärendet är tilldelat Fredrik Fastighetsansvarig.');
  await expect(page.getByRole('region', { name: 'Dialog' }).getByText('Vi byter porten på måndag.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Om ärendet' })).toContainText('Fredrik Fastighetsansvarig');
  await expect(page.getByLabel('Svar eller anteckning')).toHaveValue('');
  await expectAccessible(page);
  // Only the status, with an empty reply.
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Avslutat' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Statusen är ändrad till Avslutat.' })).toBeVisible();
  const saved = (await (await page.request.get(`/api/backoffice/cases/${created.id}`)).json()).case;
  expect(saved).toMatchObject({ status: 'closed', responsible: { name: 'Fredrik Fastighetsansvarig' } });
  expect(saved.messages.filter((m: { body: string }) => m.body === 'Vi byter porten på måndag.')).toHaveLength(1);
});
