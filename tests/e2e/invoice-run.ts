import type { Browser, Page } from '@playwright/test';
import { checkPage, expect, expectAccessible, goVia, tenantPage } from './support.ts';

// The invoice run journeys on a phone and a desktop share the demo database and run side by side, so
// each invoices a period of its own that the demo data has not invoiced (it reaches the coming period)
// and that the other's does not touch: the desktop a month six or seven months ahead that does not
// begin a quarter (so that no quarterly lease is billed in it), the phone the quarter a year ahead.

export const SV_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

function swedishToday(): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', year: 'numeric', month: 'numeric' }).formatToParts(new Date());
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value('year'), month: value('month') };
}

export function monthsAhead(n: number): { year: number; month: number } {
  const today = swedishToday();
  const index = today.year * 12 + today.month - 1 + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export interface RunPeriod {
  kind: 'Månad' | 'Kvartal';
  /** The choice in the select, e.g. "Juni 2027" or "Kvartal 4 2027". */
  title: string;
  /** In a sentence: "juni 2027", "kvartal 4 2027". */
  inText: string;
  /** In English: "June 2027", "Quarter 4 2027". */
  english: string;
  /** Lunden's avier the run makes, as the tenant's list heads them. */
  tenantHeadings: string[];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A month 6 or 7 months ahead that does not begin a quarter. */
export function desktopPeriod(): RunPeriod {
  let at = monthsAhead(6);
  if (at.month % 3 === 1) at = monthsAhead(7);
  const inText = `${SV_MONTHS[at.month - 1]!} ${String(at.year)}`;
  // Lunden's 100102 (a parking space) is billed by the month.
  const english = `${new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(at.year, at.month - 1, 1))} ${String(at.year)}`;
  return { kind: 'Månad', title: capital(inText), inText, english, tenantHeadings: [capital(inText)] };
}

/** The quarter of the month a year ahead (its months are 10 to 14 months ahead). */
export function phonePeriod(): RunPeriod {
  const at = monthsAhead(12);
  const quarter = Math.ceil(at.month / 3);
  const inText = `kvartal ${String(quarter)} ${String(at.year)}`;
  // Lunden's 100101 is billed by the quarter and 100102 by the month: one avi for the quarter, one for each month.
  const months = [0, 1, 2].map((i) => capital(`${SV_MONTHS[quarter * 3 - 3 + i]!} ${String(at.year)}`));
  return { kind: 'Kvartal', title: capital(inText), inText, english: `Quarter ${String(quarter)} ${String(at.year)}`, tenantHeadings: [capital(inText), ...months] };
}

export async function openInvoiceRun(page: Page): Promise<void> {
  await goVia(page, 'Förvaltning', 'Avisering');
  await checkPage(page, 'Aviseringskörning');
}

/** Chooses the period in the form and previews it; returns the preview's region. */
export async function preview(page: Page, period: RunPeriod) {
  await page.getByRole('radio', { name: period.kind, exact: true }).check();
  await page.getByLabel('Period', { exact: true }).selectOption({ label: period.title });
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const region = page.getByRole('region', { name: `Förhandsgranskning: ${period.title}` });
  await expect(region).toBeVisible();
  return region;
}

/** Runs the previewed period and waits for its bar to reach done; returns how many avier it made. */
export async function runAndWait(page: Page, period: RunPeriod): Promise<number> {
  await page.getByRole('button', { name: `Kör aviseringen för ${period.inText}` }).click();
  await expect(page).toHaveURL(/\/admin\/avisering\/[^/?#]+$/);
  const bar = page.getByRole('progressbar', { name: new RegExp(`^Aviseringskörning ${period.inText}(: \\d+ av \\d+ avtal| väntar)`) });
  await expect(bar).toBeVisible();
  const done = page.getByRole('status').filter({ hasText: /^Klar: \d+ avier?, totalt / });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar', { name: new RegExp(`^Aviseringskörning ${period.inText}: (\\d+) av \\1 avtal$`) })).toBeVisible();
  expect(await bar.getAttribute('value')).toBe(await bar.getAttribute('max'));
  return Number(/^Klar: (\d+)/.exec((await done.textContent()) ?? '')![1]);
}

/** After a reload the run's address still shows its bar, full, and what it made; the list of runs has it. */
export async function expectRunStillShown(page: Page, period: RunPeriod, invoices: number, startedBy: string): Promise<void> {
  await page.reload();
  await checkPage(page, 'Aviseringskörning');
  await expect(page.getByRole('progressbar', { name: new RegExp(`^Aviseringskörning ${period.inText}: (\\d+) av \\1 avtal$`) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^Klar: ${String(invoices)} avier?, totalt `) })).toBeVisible();
  const history = page.getByRole('table', { name: 'Tidigare körningar, senaste först' });
  const row = history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: period.title, exact: true }) });
  await expect(row).toContainText('Klar');
  await expect(row).toContainText(startedBy);
}

/** Running the same period again is refused in words in the form's error summary, the period marked. */
export async function expectRunAgainRefused(page: Page, period: RunPeriod): Promise<void> {
  const region = await preview(page, period);
  await expect(region.getByText(/^0 avier, totalt /)).toBeVisible();
  await expect(region.getByRole('cell', { name: 'Redan aviserad' }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `Kör aviseringen för ${period.inText}` }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(/redan/i);
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Period', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
}

/** Lisa at Café Lunden sees the run's new avier under Avier & fakturor: among the unpaid, and among all. */
export async function tenantSeesAvier(browser: Browser, period: RunPeriod, phone: boolean): Promise<void> {
  const { context, tenant } = await tenantPage(browser, phone ? 'phone' : 'desktop');
  await goVia(tenant, 'Huvudmeny', 'Avier & fakturor');
  await checkPage(tenant, 'Avier & fakturor');
  const onlyUnpaid = tenant.getByRole('switch', { name: 'Visa endast obetalda' });
  await expect(onlyUnpaid).toBeChecked();
  for (const heading of period.tenantHeadings) await expect(tenant.getByRole('link', { name: heading, exact: true }).first()).toBeVisible();
  await onlyUnpaid.click();
  await expect(onlyUnpaid).not.toBeChecked();
  for (const heading of period.tenantHeadings) await expect(tenant.getByRole('link', { name: heading, exact: true }).first()).toBeVisible();
  await expectAccessible(tenant);
  await context.close();
}

/** A customer manager may preview a period and see the runs, but gets no run button. */
export async function customerManagerSeesNoRunButton(page: Page, period: RunPeriod): Promise<void> {
  await openInvoiceRun(page);
  await expect(page.getByText('Du kan förhandsgranska och se körningarna, men inte starta en körning.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tidigare körningar' })).toBeVisible();
  const region = await preview(page, period);
  await expect(region.getByText(/^\d+ avier?, totalt /)).toBeVisible();
  await expect(page.getByRole('button', { name: /Kör aviseringen/ })).toHaveCount(0);
  await expectAccessible(page);
}
