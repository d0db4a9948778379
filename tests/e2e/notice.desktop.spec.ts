import { checkPage, expect, expectAccessible, goVia, loginStaff, test, waitForMessage, tenantPage } from './support.ts';

test('staff send a water-leak notice for Utlandagatan 6-8; its tenants get e-mail and SMS and see it in the portal', async ({ page, browser }) => {
  await loginStaff(page, 'kundansvarig@exempel.se', 'Kund#2026');
  await checkPage(page, 'Översikt');
  await goVia(page, 'Förvaltning', 'Utskick');
  await checkPage(page, 'Utskick');
  await page.getByRole('link', { name: 'Nytt utskick' }).click();
  await checkPage(page, 'Nytt utskick');
  await page.getByLabel('Rubrik').fill('Vattenläcka på Utlandagatan');
  await page.getByLabel('Meddelande').fill('Vattnet stängs av kl. 10-12 i dag på grund av en läcka i källaren.');
  await page.getByRole('radio', { name: 'En fastighet' }).check();
  await page.getByLabel('Fastighet', { exact: true }).selectOption({ label: 'Göteborg Inom Vallgraven 12:3 – Utlandagatan 6-8 / Gyllenkrooksgatan 10' });
  await expect(page.getByText(/SMS: 1 del/)).toBeVisible();
  await page.getByLabel('Välj filer').setInputFiles({ name: 'Avstängning vatten.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(page.getByRole('button', { name: 'Ta bort Avstängning vatten.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Når 5 kunder/ })).toBeVisible();
  await expectAccessible(page);
  const since = Date.now();
  await page.getByRole('button', { name: 'Skicka utskick' }).click();
  await checkPage(page, 'Vattenläcka på Utlandagatan');
  await expect(page.getByRole('region', { name: 'Leveranslogg' }).or(page.getByRole('table', { name: 'Leveranslogg' })).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Avstängning vatten\.pdf/ })).toBeVisible();

  const mail = await waitForMessage(page, 'info@cafelunden.se', since, (m) => (m.subject ?? '').includes('Vattenläcka'));
  expect(mail.subject).toContain('Vattenläcka på Utlandagatan');
  const sms = await waitForMessage(page, '+46701234567', since, (m) => m.text.includes('Vattnet'));
  expect(sms.text).toContain('Vattnet stängs av');
  await page.getByRole('button', { name: 'Uppdatera' }).click();
  await expect(page.getByText('Skickat').first()).toBeVisible();

  // the tenant reads it on a phone
  const { context, tenant } = await tenantPage(browser, 'phone');
  await goVia(tenant, 'Huvudmeny', 'Ärenden');
  await checkPage(tenant, 'Ärenden');
  await expect(tenant.getByRole('link', { name: 'Vattenläcka på Utlandagatan' })).toBeVisible();
  await expect(tenant.getByText('Information från hyresvärden').first()).toBeVisible();
  await tenant.getByRole('link', { name: 'Vattenläcka på Utlandagatan' }).click();
  await checkPage(tenant, 'Vattenläcka på Utlandagatan');
  const file = tenant.getByRole('link', { name: /Avstängning vatten\.pdf/ });
  await expect(file).toBeVisible();
  const download = tenant.waitForEvent('download');
  await file.click();
  expect((await download).suggestedFilename()).toBe('Avstängning vatten.pdf');
  await expectAccessible(tenant);
  await context.close();
});
