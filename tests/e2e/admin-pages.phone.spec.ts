import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia, loginStaff, test } from './support.ts';

// Every back-office page an administrator reaches, on a 360 px phone: nothing for axe to find and
// nothing that scrolls sideways. Reading only, so it does not disturb the journeys running beside it.
test('an administrator can use every back-office page on a phone', async ({ page }) => {
  // Eleven pages, each checked by axe twice; the desk's overview and customer page added lists to two of them.
  test.slow();
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await checkPage(page, 'Översikt');
  await expectNoHorizontalScroll(page);
  for (const [link, heading] of [
    ['Ärenden', 'Ärenden'], ['Utskick', 'Utskick'], ['Kunder', 'Kunder'], ['Fastigheter', 'Fastigheter'], ['Hyresobjekt', 'Hyresobjekt'],
    ['Avisering', 'Aviseringskörning'], ['Inbetalningar', 'Bankfiler'], ['Skulder', 'Skulder'], ['Bokföring', 'Bokföring'], ['Oparade inbetalningar', 'Oparade inbetalningar'], ['Personal', 'Personal'], ['Meddelanden', 'Meddelanden'], ['Händelselogg', 'Händelselogg'],
  ] as const) {
    await goVia(page, 'Förvaltning', link);
    await checkPage(page, heading);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
  }
  // one customer's page and one case, opened from their lists
  await goVia(page, 'Förvaltning', 'Kunder');
  await page.getByRole('link', { name: 'Café Lunden AB' }).click();
  await checkPage(page, 'Café Lunden AB');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.goto('/admin/arenden?box=all');
  await page.getByRole('main').getByRole('link', { name: 'Droppande kran i storköket' }).click();
  await checkPage(page, 'Droppande kran i storköket');
  await expect(page.getByRole('heading', { level: 2, name: 'Dialog' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
