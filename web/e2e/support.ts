// What every end-to-end test shares: a page that fails the test on any console error (a CSP
// violation included), uncaught exception, failed request or HTTP error; `audit` (axe in both
// themes and at 375 px, with screenshots under target/screenshots/); and log-in helpers.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SCREENSHOTS = resolve(import.meta.dirname, '../../target/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function screenshotPath(name: string): string {
  return `${SCREENSHOTS}/${name}`;
}

export const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'correct horse battery' };
export const NEW_PASSWORD = 'a much longer new passphrase';

/** Problems seen on a page; the test fails if any is left at its end. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // The browser cancels what is still loading when the page navigates (the favicon, a query):
    // that is not a failure. Blocked (CSP) and refused requests have other reasons.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

let client = 0;

export const test = base.extend<{ problems: string[] }>({
  // Each test is a client of its own (the service trusts 127.0.0.1 as a proxy): log-in limits are
  // per account and address, and a real person does not log in a dozen times a minute.
  extraHTTPHeaders: async ({}, use) => {
    client += 1;
    await use({ 'x-forwarded-for': `198.51.100.${client}` });
  },
  problems: async ({ page }, use) => {
    const problems = watch(page);
    await use(problems);
    expect(problems, 'console errors or failed requests').toEqual([]);
  },
});
export { expect };

/**
 * Axe finds no serious or critical violation in the light and the dark theme, at the default width
 * and at 375 px (where nothing may scroll sideways); a screenshot of each goes to target/screenshots.
 * `exclude` leaves out parts that are not ours to change, `scrollsSideways` allows a page that is
 * wider than 375 px by design (both named, with the reason, at the call).
 */
export async function audit(
  page: Page,
  name: string,
  options: { exclude?: string[]; scrollsSideways?: boolean } = {},
): Promise<void> {
  const original = page.viewportSize();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [original?.width ?? 1280, 375]) {
      await page.setViewportSize({ width, height: original?.height ?? 720 });
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const results = await builder.analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, `axe on ${name}, ${colorScheme}, ${width} px`).toEqual([]);
      if (width === 375 && !options.scrollsSideways) {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        // What sticks out, named, so a failure says where to look.
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .slice(-5)
            .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').slice(0, 40)}"`),
        );
        expect(scrollWidth, `${name} scrolls sideways at 375 px: ${wide.join('; ')}`).toBeLessThanOrEqual(375);
      }
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${colorScheme}-${width}.png`, fullPage: true });
    }
  }
  if (original) await page.setViewportSize(original);
  await page.emulateMedia({ colorScheme: 'light' });
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}
