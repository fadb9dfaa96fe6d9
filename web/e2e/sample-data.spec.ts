// A stranger's first minutes on a fresh instance whose egress policy allows no loopback host
// (tests/browser.rs): the app opens the first-run page by itself (`setupRequired`), the empty
// workspace offers sample data, and the built-in fake vendors fill it through the real connect
// and sync path. Also: the log-in page stays small (no chart code).
import { ADMIN, audit, expect, test } from './support';

const SETUP_CODE = process.env.AI_USAGE_SETUP_CODE ?? '';

test.describe.configure({ mode: 'serial' });

test('the log-in page loads at most 60 KB of compressed JS and CSS', async ({ page, problems }) => {
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (/\.(js|css)$/.test(new URL(url).pathname)) {
      sizes.push(response.request().sizes().then((s) => ({ url, bytes: s.responseBodySize })));
    }
  });
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in to ai-usage' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(sizes);
  const total = loaded.reduce((sum, s) => sum + s.bytes, 0);
  expect(loaded.length).toBeGreaterThan(0);
  expect(total, loaded.map((s) => `${s.url} ${s.bytes}`).join('\n')).toBeLessThanOrEqual(60 * 1024);
  // No account yet: the log-in page points to the first-run page.
  await expect(page.getByRole('link', { name: 'Create the admin account' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('first run opens by itself; the empty workspace loads sample data', async ({ page, problems }) => {
  await page.goto('/w/1/integrations');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create the admin account' })).toBeVisible();
  await audit(page, 'setup');
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Setup code').fill(SETUP_CODE);
  await page.getByRole('button', { name: 'Create the admin account' }).click();
  await expect(page.getByRole('heading', { name: 'No tool connected yet' })).toBeVisible();
  await audit(page, 'home-empty');

  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(page).toHaveURL(/\/integrations$/);
  for (const tool of ['Claude Code', 'GitHub Copilot', 'Cursor']) {
    await expect(page.getByRole('article', { name: new RegExp(`^${tool} — Northwind Robotics`) })).toBeVisible();
  }
  // Their backfills end: every calendar has final days.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('figure')).toHaveCount(3, { timeout: 2_000 });
    for (const figure of await page.getByRole('figure').all()) await expect(figure).toContainText('final');
  }).toPass({ timeout: 120_000, intervals: [2_000] });
  await audit(page, 'integrations-sample');

  await page.goto(`${new URL(page.url()).pathname.replace(/integrations$/, 'people')}`);
  await expect(page.getByRole('heading', { name: /^Zoë Müller/ })).toBeVisible();
  await audit(page, 'people-sample');

  // Sample data goes into an empty workspace only: the button is gone now.
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Try it with sample data' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
