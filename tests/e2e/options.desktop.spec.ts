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

test('an administrator keeps the catalogue: a new group and option, a picture, retiring it', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');
  await page.getByRole('navigation', { name: 'Förvaltning' }).getByRole('link', { name: 'Tillval', exact: true }).click();
  await checkPage(page, 'Tillval');
  await expect(page.getByRole('table', { name: 'Tillval i Diskm.' })).toContainText('Diskmaskin Standard 60 cm');
  await page.getByLabel('Gruppens namn').fill('Belysning');
  await page.getByRole('button', { name: 'Lägg till grupp' }).click();
  await expect(page.getByRole('table', { name: 'Tillval i Belysning' })).toBeVisible();

  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nytt tillval' }) });
  await form.getByLabel('Grupp').selectOption({ label: 'Belysning' });
  await form.getByLabel('Namn').fill('LED-panel i taket');
  await form.getByLabel('Beskrivning').fill('Infälld LED-panel 60 × 60 cm, 4000 K.');
  await form.getByLabel('Månadstillägg, kr').fill('45');
  await form.getByLabel('Utrymme').selectOption({ label: 'Kontor' });
  await form.getByRole('button', { name: 'Lägg till tillval' }).click();
  const table = page.getByRole('table', { name: 'Tillval i Belysning' });
  await expect(table).toContainText('LED-panel i taket');
  await expect(table).toContainText('45,00');
  await page.getByLabel('Lägg till bild till LED-panel i taket').setInputFiles({ name: 'led.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') });
  await expect(table.getByRole('row', { name: /LED-panel i taket/ })).toContainText(/Bilder\s*1/);
  // a change of the option: a new price and a piece unit; the picture stays
  await table.getByRole('button', { name: 'Ändra: LED-panel i taket' }).click();
  const change = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Ändra tillval: LED-panel i taket' }) });
  await expect(change.getByLabel('Månadstillägg, kr')).toHaveValue('45,00');
  await change.getByLabel('Månadstillägg, kr').fill('49,50');
  await change.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Styck' });
  await change.getByLabel('Högsta antal').fill('4');
  await expectAccessible(page);
  await change.getByRole('button', { name: 'Spara tillvalet' }).click();
  await expect(table).toContainText('49,50');
  await expect(table.getByRole('row', { name: /LED-panel i taket/ })).toContainText(/Styck \(≤ 4\)/);
  await expect(table.getByRole('row', { name: /LED-panel i taket/ })).toContainText(/Bilder\s*1/);
  await change.getByRole('button', { name: 'Stäng utan att spara' }).click();
  await expect(change).toHaveCount(0);
  await table.getByRole('button', { name: 'Ta bort ur katalogen: LED-panel i taket' }).click();
  await expect(table.getByRole('button', { name: 'Lägg tillbaka: LED-panel i taket' })).toBeVisible();
  await expectAccessible(page);
});
