import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll } from './support.ts';

/**
 * The list component (DataTable with columns and rows) on the page as it is now: nothing wider than the
 * viewport, and in the first row of every list each column's label and value visible, inside the
 * viewport, with e-mail addresses and no-wrap values (numbers, amounts, dates) on one line.
 */
export async function expectListsFit(page: Page, { mayBeEmpty = false }: { mayBeEmpty?: boolean } = {}): Promise<void> {
  if (mayBeEmpty) await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  else await expect(page.locator('table.data-table tbody tr').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const report = await page.evaluate(() => {
    const width = window.innerWidth;
    const tooWide: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) continue; // visually hidden
      if (rect.width > width + 0.5 || rect.right > width + 0.5) tooWide.push(`${element.tagName}.${element.className} (${Math.round(rect.width)} px)`);
    }
    const lists = [...document.querySelectorAll('table.data-table')].map((table) => {
      const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      const row = table.querySelector('tbody tr');
      if (!row) return { caption: '', cells: [] };
      const cells = [...row.children].map((cell, index) => {
        const label = cell.querySelector<HTMLElement>('.data-table__label')!;
        const value = cell.querySelector<HTMLElement>('.data-table__value')!;
        const visible = (element: HTMLElement) => {
          const rect = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return rect.width > 0 && rect.height > 0 && rect.left >= -0.5 && rect.right <= width + 0.5 && style.visibility !== 'hidden';
        };
        // on one line: all its boxes share a top (a <wbr> may split it into several boxes on one line)
        const unbroken = [...value.querySelectorAll<HTMLElement>('.email'), ...(cell.classList.contains('nowrap') ? [value] : [])];
        return {
          heading: headings[index],
          label: label.textContent.trim(),
          labelVisible: visible(label),
          value: value.textContent.trim(),
          valueVisible: visible(value),
          broken: unbroken.filter((element) => new Set([...element.getClientRects()].map((rect) => Math.round(rect.top))).size > 1).map((element) => element.textContent),
        };
      });
      return { caption: table.querySelector('caption')?.textContent ?? '', cells };
    });
    return { tooWide, lists };
  });
  expect(report.tooWide, `elements wider than the viewport on ${page.url()}`).toEqual([]);
  if (!mayBeEmpty) expect(report.lists.length, `lists on ${page.url()}`).toBeGreaterThan(0);
  for (const list of report.lists) {
    for (const cell of list.cells) {
      const where = `${list.caption}: ${cell.heading}`;
      expect(cell.label, where).toBe(cell.heading);
      expect(cell.labelVisible, `${where} label visible`).toBe(true);
      expect(cell.value, `${where} has a value`).not.toBe('');
      expect(cell.valueVisible, `${where} value visible`).toBe(true);
      expect(cell.broken, `${where} broken inside a word`).toEqual([]);
    }
  }
}
