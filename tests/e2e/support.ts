import { expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import axe from 'axe-core';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { totpCode } from '../../server/security/totp.ts';
import { nextTotpStep, TOTP_STEP_MS } from '../support/totp.ts';

export const totpFile = path.resolve('test-results/e2e-totp.json');
// The last TOTP step used per staff member, shared by the parallel workers (the server takes each
// code once). It lives beside the server's fresh data, so each run starts without it.
const stepsFile = path.resolve('test-results/e2e-data/totp-steps.json');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withStepsLock<T>(work: () => T): Promise<T> {
  const lock = `${stepsFile}.lock`;
  for (let tries = 0; ; tries++) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 500) throw error;
      await sleep(10);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** A code for `email` that no other test has used; waits (and gives the test the time) when it must. */
export async function unusedTotpCodeFor(email: string, secret: string): Promise<string> {
  const { step, waitMs } = await withStepsLock(() => {
    const steps = (existsSync(stepsFile) ? JSON.parse(readFileSync(stepsFile, 'utf8')) : {}) as Record<string, number>;
    const next = nextTotpStep(steps[email]);
    steps[email] = next.step;
    writeFileSync(stepsFile, JSON.stringify(steps));
    return next;
  });
  if (waitMs > 0) {
    base.info().setTimeout(base.info().timeout + waitMs);
    await sleep(waitMs);
  }
  return totpCode(secret, step * TOTP_STEP_MS);
}

/** Where the setup keeps a demo staff member's session (staff.setup.ts). */
export const staffSessionFile = (email: string) => path.resolve(`test-results/e2e-data/staff-session-${email}.json`);

/**
 * A staff member logged in, on Översikt. By default in the session the setup made for them (shared by
 * the tests, so no test may log it out); `viaForm`: through the login form, e-mail, password, then the
 * code an authenticator app would show, in a session of the test's own.
 */
export async function loginStaff(page: Page, email: string, password: string, { viaForm = false }: { viaForm?: boolean } = {}): Promise<void> {
  const saved = staffSessionFile(email);
  if (!viaForm && existsSync(saved)) {
    const { cookies } = JSON.parse(readFileSync(saved, 'utf8')) as { cookies: Parameters<BrowserContext['addCookies']>[0] };
    await page.context().addCookies(cookies);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: /^(Översikt|Overview)$/ })).toBeVisible();
    return;
  }
  await page.goto('/admin/login');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  const secrets = JSON.parse(readFileSync(totpFile, 'utf8')) as Record<string, string>;
  const code = page.getByLabel('Engångskod');
  await expect(code).toBeVisible();
  await expectAccessible(page);
  await code.fill(await unusedTotpCodeFor(email, secrets[email]!));
  await page.getByRole('button', { name: 'Logga in' }).click();
}

interface DevMessage { channel: 'email' | 'sms'; to: string; subject: string | null; text: string; createdAt: string }

/** A message with a one-time code (other tests may send the same person a notice meanwhile). */
export const hasCode = (m: DevMessage) => /\b\d{6}\b/.test(m.text);

/** Waits for the newest message to `to` in the development mailbox that arrived after `since` and matches. */
export async function waitForMessage(page: Page, to: string, since: number, matches: (m: DevMessage) => boolean = () => true): Promise<DevMessage> {
  let found: DevMessage | undefined;
  await expect.poll(async () => {
    const list = (await (await page.request.get('/api/dev/outbox')).json()) as DevMessage[];
    found = list.find((m) => m.to === to && Date.parse(m.createdAt) >= since - 1000 && matches(m));
    return Boolean(found);
  }, { timeout: 15_000 }).toBe(true);
  return found!;
}

export const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now; any violation fails the test with its rule and nodes.
 *
 * axe-core runs in the page itself, injected once per document (a page the app changes by itself
 * keeps it). @axe-core/playwright's AxeBuilder injected its 580 KB again on every check and opened
 * a second page to finish each run, which made a check cost about a second on a small machine; the
 * app has no frames, so the page's own `axe.run` sees everything AxeBuilder saw.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, axeTags);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** At 360 px nothing may scroll sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
}

/** On a phone the menu sits behind a button; on a desktop it is always there. */
export async function openMenu(page: Page, name: 'Meny' | 'Menu' = 'Meny'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if (await button.isVisible()) {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }
}

/**
 * Follows a menu link and waits until its page is there: a page is loaded when first opened, and until
 * then the one before stays on the screen (with links a test could take for the new page's).
 */
export async function goVia(page: Page, navName: string, linkName: string, menuName: 'Meny' | 'Menu' = 'Meny'): Promise<void> {
  await openMenu(page, menuName);
  const link = page.getByRole('navigation', { name: navName }).getByRole('link', { name: linkName, exact: true });
  const href = await link.getAttribute('href');
  await link.click();
  // Polled, not waitForURL: a client-side navigation fires no load event for waitForURL to wait for,
  // and the page may already have moved on to one below it (Tillval of a customer with one object opens
  // that object's page) before waitForURL would start to listen.
  if (href) {
    await expect.poll(() => {
      const url = new URL(page.url());
      return url.pathname + url.search === href || url.pathname === href || url.pathname.startsWith(`${href}/`);
    }).toBe(true);
  }
}

export async function checkPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
}

const loginWords = {
  sv: { username: 'Användarnamn', password: 'Lösenord', logIn: 'Logga in', home: 'Hem' },
  en: { username: 'Username', password: 'Password', logIn: 'Log in', home: 'Home' },
} as const;

/** A demo tenant logs in through the form (in the language the page shows) and lands on Hem. */
export async function loginTenant(page: Page, username: string, password: string, lang: 'sv' | 'en' = 'sv'): Promise<void> {
  const words = loginWords[lang];
  if (!/\/login/.test(page.url())) await page.goto('/login');
  await page.getByLabel(words.username).fill(username);
  await page.getByLabel(words.password).fill(password);
  await page.getByRole('button', { name: words.logIn }).click();
  await checkPage(page, words.home);
}

/** Lisa at Café Lunden (the demo's tenant), logged in on Hem in a browser of her own, on a phone or a desktop. */
export async function tenantPage(browser: Browser, device: 'phone' | 'desktop'): Promise<{ context: BrowserContext; tenant: Page }> {
  const context = await browser.newContext(device === 'phone' ? { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } });
  const tenant = await context.newPage();
  await loginTenant(tenant, 'lunden', 'Lunden#2026');
  return { context, tenant };
}

export const test = base;
export { expect };
