import { checkPage, expect, expectAccessible, loginStaff, test } from './support.ts';

// The property manager processes the demo's option order (Café Lunden's painting, Godkänd) on a desktop:
// Planerad with a date, then Utförd, which books the fee invoice; axe on the case page.
test('the property manager plans and finishes an option order from its case page', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
  await checkPage(page, 'Översikt');
  const { orders } = (await (await page.request.get('/api/backoffice/option-orders')).json()) as { orders: { caseId: string; lines: { name: string }[] }[] };
  const painting = orders.find((o) => o.lines.some((l) => l.name === 'Målning av vägg'))!;
  await page.goto(`/admin/arenden/${painting.caseId}`);
  const order = page.getByRole('region', { name: 'Tillvalsbeställning' });
  await expect(order.getByText('Godkänd')).toBeVisible();
  await expect(order.getByRole('table', { name: 'Tillval' })).toContainText('Målning av vägg');
  await expectAccessible(page);

  await order.getByLabel('Ny status').selectOption({ label: 'Planerad' });
  await order.getByLabel('Planerat datum').fill('2027-01-18');
  await order.getByRole('button', { name: 'Spara status' }).click();
  await expect(order.getByText('Status sparad: Planerad.')).toBeVisible();
  await expect(order.getByText('2027-01-18')).toBeVisible();

  await order.getByLabel('Ny status').selectOption({ label: 'Utförd' });
  await expect(order.getByText(/engångsavgiften faktureras/)).toBeVisible();
  await order.getByRole('button', { name: 'Spara status' }).click();
  await expect(order.getByText('Status sparad: Utförd.')).toBeVisible();
  await expect(order.getByText(/Inte betald/)).toBeVisible();
  await expectAccessible(page);
});
