import type { Page } from '@playwright/test';
import { expect, loginStaff, test } from './support.ts';

// Nothing may jump when a page's content arrives after the first paint (the landlord's name in the
// header, the footer's address, the page's data): the cumulative layout shift of a fresh load stays
// under 0.01 (0.1 is "good" by Web Vitals), on a phone and on a desktop.

interface Shift {
  value: number;
  sources: string[];
}

/** Every layout shift since the page started loading, read once it has settled. */
async function layoutShifts(page: Page): Promise<Shift[]> {
  await page.waitForLoadState('networkidle');
  // Two frames more, so that what the last answers rendered has been laid out and reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(
    () =>
      new Promise<Shift[]>((resolve) => {
        interface LayoutShift extends PerformanceEntry {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }
        // What moved, for the message: the element (a text's parent), from where to where.
        const describe = ({ node, previousRect: from, currentRect: to }: LayoutShift['sources'][number]) => {
          const element = node instanceof Element ? node : node?.parentElement;
          const name = element ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}` : 'a removed node';
          return `${name} ${Math.round(from.y)}→${Math.round(to.y)}`;
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            (list.getEntries() as LayoutShift[])
              .filter((entry) => !entry.hadRecentInput)
              .map((entry) => ({ value: entry.value, sources: entry.sources.map(describe) })),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // No shift at all: the observer is never called.
        setTimeout(() => {
          resolve([]);
        }, 500);
      }),
  );
}

async function expectStill(page: Page, path: string, heading: string) {
  // The API answers late, as on a slow connection, so that the first paint is surely without them.
  await page.route('**/api/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.fallback();
  });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('.site-footer__address')).toBeAttached();
  const shifts = await layoutShifts(page);
  await page.unrouteAll();
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `layout shift on ${path}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
}

test('the login page does not move while it loads', async ({ page }) => {
  await expectStill(page, '/login', 'Mina sidor');
});

test('the tenant home page does not move while it loads', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Användarnamn').fill('lunden');
  await page.getByLabel('Lösenord').fill('Lunden#2026');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hem' })).toBeVisible();
  // A fresh load of the page, as after a bookmark or a reload.
  await expectStill(page, '/', 'Hem');
  await expectStill(page, '/arenden', 'Ärenden');
});

test('a back-office page does not move while it loads', async ({ page }) => {
  await loginStaff(page, 'admin@exempel.se', 'Admin#2026');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectStill(page, '/admin/arenden', 'Ärenden');
  await expectStill(page, '/admin/kunder', 'Kunder');
});
