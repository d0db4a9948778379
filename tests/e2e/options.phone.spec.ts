import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, loginTenant, tenantPage, test } from './support.ts';

// The seed's journey on a 360 px phone: Tillval → the café → "Diskm." → a dishwasher → "Beställ" → the other
// dishwashers locked → "Till Kassa" → "Jag godkänner villkoren" → "Skicka beställning" → the option case
// under Ärenden; axe on every page. Byggvaruhuset, in debt, is told why it cannot order.
test('Lisa orders a dishwasher on her phone and follows the option case under Ärenden', async ({ browser }) => {
  test.slow();
  const { context, tenant: page } = await tenantPage(browser, 'phone');
  await goVia(page, 'Huvudmeny', 'Tillval');
  await checkPage(page, 'Tillval');
  // Café Lunden rents several objects: it picks the café first.
  await page.getByRole('link', { name: /^Lokal 1001/ }).click();
  await checkPage(page, 'Tillval');
  await expect(page.getByText('Inga artiklar i varukorgen')).toBeVisible();
  await page.getByRole('link', { name: 'Diskm.', exact: true }).click();
  await checkPage(page, 'Diskm.');

  const standard = page.getByRole('article', { name: 'Diskmaskin Standard 60 cm' });
  await expect(standard.getByText('125,00 kr/mån')).toBeVisible();
  // A picture opens large, with the others to choose.
  await standard.getByRole('button', { name: 'Förstora bilden av Diskmaskin Standard 60 cm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bild på Diskmaskin Standard 60 cm' });
  await expect(dialog.getByRole('img', { name: /^Bild 1 av 2/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Visa bild 2' }).click();
  await expect(dialog.getByRole('img', { name: /^Bild 2 av 2/ })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  await standard.getByRole('button', { name: 'Beställ', exact: true }).click();
  await expect(standard.getByText('Diskmaskin Standard 60 cm ligger i varukorgen.')).toBeVisible();
  await expect(page.getByText('1 artikel i varukorgen')).toBeVisible();
  const tyst = page.getByRole('article', { name: 'Diskmaskin Tyst 60 cm' });
  await expect(tyst.getByText(/^Du har redan Diskmaskin Standard 60 cm i Diskm\. för Storkök i varukorgen/)).toBeVisible();
  await expect(tyst.getByRole('button', { name: 'Beställ', exact: true })).toHaveCount(0);
  await checkPage(page, 'Diskm.');
  await expect(page.getByRole('link', { name: 'Tillbaka till kategorier' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Till Kassa' }).click();
  await checkPage(page, 'Kassa');
  await expect(page.getByRole('heading', { name: 'Diskmaskin Standard 60 cm' })).toBeVisible();
  await expect(page.getByLabel('Kontaktperson', { exact: true })).toHaveValue('Lisa Lund');
  await page.getByLabel('Önskad tid').fill('Vecka 3, före klockan 10');
  // The checkout in English too, with what was typed, and its refusal in English; then back to Swedish.
  await page.getByRole('button', { name: 'English' }).click();
  await checkPage(page, 'Checkout');
  await expect(page.getByLabel('Wished time')).toHaveValue('Vecka 3, före klockan 10');
  await page.getByRole('button', { name: 'Send order' }).click();
  await expect(page.getByRole('alert').getByText('Tick I accept the terms to send the order.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await checkPage(page, 'Kassa');
  // Without the terms ticked, the form says so and moves focus to its summary.
  await page.getByRole('button', { name: 'Skicka beställning' }).click();
  await expect(page.getByRole('alert').getByText('Kryssa i Jag godkänner villkoren för att skicka beställningen.').first()).toBeVisible();
  await page.getByText('Läs villkoren').click();
  await expect(page.getByText(/^1\. Ett tillval beställs/)).toBeVisible();
  await page.getByLabel('Jag godkänner villkoren').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Skicka beställning' }).click();

  await checkPage(page, 'Tack för din beställning!');
  const number = /ärende (\d{4}-\d{6})/.exec(await page.getByText(/Beställningen är registrerad som ärende/).innerText())![1]!;
  await page.getByRole('link', { name: `Öppna ärende ${number}` }).click();
  await expect(page.getByRole('region', { name: 'Tillvalsbeställning' }).getByText('Mottagen')).toBeVisible();
  await expectAccessible(page);
  await goVia(page, 'Huvudmeny', 'Ärenden');
  const row = page.getByRole('row').filter({ hasText: number });
  await expect(row.getByRole('link', { name: 'Tillval: Diskmaskin Standard 60 cm' })).toBeVisible();
  await expect(row).toContainText('Registrerat');
  await context.close();
});

test('Byggvaruhuset, with a debt, is told why it cannot order', async ({ page }) => {
  await loginTenant(page, 'bygg', 'Bygg#2026');
  await goVia(page, 'Huvudmeny', 'Tillval');
  await checkPage(page, 'Tillval');
  await expect(page.getByRole('alert')).toContainText('Du kan inte beställa tillval just nu eftersom det finns en obetald skuld');
  await page.getByRole('link', { name: 'Målning', exact: true }).click();
  await checkPage(page, 'Målning');
  await expect(page.getByRole('alert')).toContainText('obetald skuld');
  await expect(page.getByRole('button', { name: 'Beställ', exact: true }).first()).toBeDisabled();
});

/** Every box in `form` (a label, a field, a button) lies inside the 360 px viewport, and nothing scrolls sideways. */
async function expectFormFits(page: Page, form: Locator): Promise<void> {
  await expectNoHorizontalScroll(page);
  const outside = await form.evaluate((element) => {
    const width = window.innerWidth;
    return [element, ...element.querySelectorAll('*')].flatMap((e) => {
      const rect = e.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) return []; // visually hidden
      return rect.left < -0.5 || rect.right > width + 0.5 ? [`${e.tagName}.${e.className} (${Math.round(rect.left)}–${Math.round(rect.right)} px)`] : [];
    });
  });
  expect(outside, 'parts of the form outside the viewport').toEqual([]);
}

// The property manager (who keeps the catalogue) opens "Ändra" on a demo option at 360 px: the form fits
// the screen and has nothing for axe to find, in Swedish and English. A new price and unit are typed and
// closed without saving, so the shared demo catalogue stays as it was (checked against the server).
test('the property manager opens the change form of an option on a phone and closes it without saving', async ({ page }) => {
  test.slow();
  await loginStaff(page, 'fastighetsansvarig@exempel.se', 'Fastighet#2026');
  const catalogue = async () => ((await (await page.request.get('/api/backoffice/option-catalogue')).json()) as { options: { name: string }[] }).options.find((o) => o.name === 'Diskmaskin Kompakt 45 cm');
  const before = await catalogue();
  expect(before).toBeDefined();
  await goVia(page, 'Förvaltning', 'Tillval');
  await checkPage(page, 'Tillval');
  const table = page.getByRole('table', { name: 'Tillval i Diskm.' });
  const row = table.getByRole('row', { name: /Diskmaskin Kompakt 45 cm/ });
  await expect(row).toContainText('99,00');

  const change = table.getByRole('button', { name: 'Ändra: Diskmaskin Kompakt 45 cm' });
  await change.click();
  await expect(change).toHaveAttribute('aria-expanded', 'true');
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Ändra tillval: Diskmaskin Kompakt 45 cm' }) });
  await expect(form.getByLabel('Namn')).toHaveValue('Diskmaskin Kompakt 45 cm');
  await expect(form.getByLabel('Månadstillägg, kr')).toHaveValue('99,00');
  await expect(form.getByLabel('Engångsavgift, kr')).toHaveValue('750,00');
  // every field showing: a piece unit adds Högsta antal
  await form.getByLabel('Månadstillägg, kr').fill('109,50');
  await form.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Styck' });
  await expect(form.getByLabel('Högsta antal')).toBeVisible();
  await form.getByRole('button', { name: 'Stäng utan att spara' }).scrollIntoViewIfNeeded();
  await expectFormFits(page, form);
  await expectAccessible(page);

  // in English too: the same form, with what was typed
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Options' })).toBeVisible();
  const english = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Change option: Diskmaskin Kompakt 45 cm' }) });
  await expect(english.getByLabel('Monthly surcharge, kr')).toHaveValue('109,50');
  await expect(english.getByLabel('Largest quantity')).toBeVisible();
  await expect(english.getByRole('button', { name: 'Close without saving' })).toBeVisible();
  await expectFormFits(page, english);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Svenska' }).click();

  // closed without saving: the list, the form opened again and the server all have the option as it was
  await form.getByRole('button', { name: 'Stäng utan att spara' }).click();
  await expect(form).toHaveCount(0);
  await expect(change).toHaveAttribute('aria-expanded', 'false');
  await expect(row).toContainText('99,00');
  await expect(row).toContainText('Annan (beställs en gång)');
  await change.click();
  await expect(form.getByLabel('Månadstillägg, kr')).toHaveValue('99,00');
  await expect(form.getByLabel('Högsta antal')).toHaveCount(0);
  await form.getByRole('button', { name: 'Stäng utan att spara' }).click();
  await expect(form).toHaveCount(0);
  expect(await catalogue()).toEqual(before);
});
