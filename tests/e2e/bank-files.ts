import path from 'node:path';
import type { Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, expectNoHorizontalScroll, goVia } from './support.ts';

// Bank files in the browser: finance reads in one of our own camt.054 files (tests/fixtures/payments),
// follows its import to the report, and reads a refused file's lines and reasons. The phone and the
// desktop each read files of their own, which the demo's avier cannot match, so the journeys running
// beside them see the same avier.

export const fixture = (name: string) => path.resolve('tests/fixtures/payments', name);

export async function openBankFiles(page: Page): Promise<void> {
  await goVia(page, 'Förvaltning', 'Inbetalningar');
  await checkPage(page, 'Bankfiler');
}

/** Chooses the file and presses "Läs in"; waits for the import's page. */
export async function upload(page: Page, file: string): Promise<void> {
  await page.getByLabel('Välj fil').setInputFiles(fixture(file));
  await expect(page.getByText(`Vald fil: ${file}`)).toBeVisible();
  await page.getByRole('button', { name: 'Läs in' }).click();
  await expect(page).toHaveURL(/\/admin\/bankfiler\/[^/?#]+$/);
  await expect(page.getByRole('heading', { level: 1, name: file })).toBeVisible();
}

/** The report of one of our e2e files: three payments, none matched, all in the queue, each deposit's sum. */
export async function expectReportOfUnmatchedFile(page: Page): Promise<void> {
  const report = page.getByRole('region', { name: 'Rapport' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Översikt' })).toContainText('Inläst');
  await expect(report).toContainText('Betalningar i filen3');
  await expect(report).toContainText('Matchade mot avier0');
  await expect(report).toContainText(/Oparade \(till kön\)3 · 6\s550,00\skr/);
  await expect(report.getByRole('link', { name: 'Till oparade inbetalningar' })).toHaveAttribute('href', '/admin/inbetalningar/oparade');
  const deposits = page.getByRole('table', { name: 'Summa per insättning i filen' });
  await expect(deposits.getByRole('row')).toHaveCount(3);
  await expect(deposits).toContainText(/5\s750,00\skr/);
  const unmatched = page.getByRole('table', { name: 'Oparade inbetalningar från filen' });
  await expect(unmatched).toContainText('Saknar OCR-nummer');
  await expect(unmatched).toContainText('Okänd Betalare AB');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

/**
 * A malformed file is refused in the form at once (422): the error summary says nothing was booked and
 * lists each error with its line or XML path and the reason; it links to the refused file's page.
 */
export async function uploadRefused(page: Page, file: string, words: { line: RegExp; link: string }): Promise<void> {
  await page.getByLabel(/^(Välj fil|Choose file)$/).setInputFiles(fixture(file));
  await page.getByRole('button', { name: /^(Läs in|Import)$/ }).click();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem').filter({ hasText: words.line })).toBeVisible();
  await expect(summary.getByRole('link', { name: words.link })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/bankfiler$/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

/** A BgMax file whose deposit sum is wrong: refused, with the line and the reason, nothing booked. */
export async function expectRefusedFile(page: Page): Promise<void> {
  await expect(page.getByRole('region', { name: 'Fel i filen' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Filen är avvisad: inget i den är bokat.' })).toBeVisible();
  const errors = page.getByRole('table', { name: 'Felen som gör att filen avvisas' });
  await expect(errors).toContainText(/Rad \d+/);
  await expect(errors).toContainText('Insättningens summa (TK15)');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}
