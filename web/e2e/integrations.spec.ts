// Connecting tools and looking after them, on a fresh instance whose fake vendors
// (`ai_usage::demo::Fakes`) tests/browser.rs started: a wrong key shown at its field, Claude
// Code, Copilot and Cursor connected with their backfill's progress bar reaching 100 %, a failed
// day retried, two identities linked into one person, the admin pages (settings, audit log,
// API tokens), every page audited.
import type { Page } from '@playwright/test';
import { ADMIN, audit, expect, screenshotPath, test } from './support';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (tests/browser.rs sets it)`);
  return value;
};
const SETUP_CODE = process.env.AI_USAGE_SETUP_CODE ?? '';
const shared = { workspace: '' };

test.describe.configure({ mode: 'serial' });

async function logInAdmin(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

/** Fills the connect form for the chosen tool, pointed at `baseUrl`, and submits it. */
async function connect(page: Page, tool: string, key: string, baseUrl: string, org?: string): Promise<void> {
  await page.goto(`/w/${shared.workspace}/connect`);
  await page.getByRole('radio', { name: tool }).check();
  if (org) {
    await page.getByRole('radio', { name: 'An organization' }).check();
    await page.getByLabel('Organization slug').fill(org);
  }
  await page.locator('#connect-key').fill(key);
  await page.getByText('Advanced: API address and schedule').click();
  await page.getByLabel('API base URL').fill(baseUrl);
  await page.getByRole('button', { name: `Connect ${tool}` }).click();
}

/** The card of an integration on the integrations page. */
const card = (page: Page, name: string) => page.getByRole('article', { name });

test('first run from the setup page (no account yet)', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel('Your name').fill(ADMIN.name);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByLabel('Setup code').fill(SETUP_CODE);
  await page.getByRole('button', { name: 'Create the admin account' }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  shared.workspace = (await page.getByLabel('Workspace').inputValue()) ?? '';
  expect(shared.workspace).not.toBe('');
  expect(problems).toEqual([]);
});

test('a wrong key and a forbidden host are shown at their fields; nothing is saved', async ({ page, problems }) => {
  await logInAdmin(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations' }).click();
  await expect(page.getByText('No tool is connected to this workspace yet.')).toBeVisible();
  await audit(page, 'integrations-empty');

  await connect(page, 'Claude Code', 'sk-ant-admin01-not-the-key', env('CLAUDE_URL'));
  const key = page.locator('#connect-key');
  await expect(page.locator('#connect-key-error')).toContainText('INVALID_CREDENTIALS');
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await expect(key).toHaveAttribute('aria-describedby', /connect-key-error/);
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await audit(page, 'connect');

  // A host the operator did not allow (only 127.0.0.1 is): refused before any request.
  await page.getByLabel('API base URL').fill('http://192.0.2.10:8443');
  await page.getByRole('button', { name: 'Connect Claude Code' }).click();
  await expect(page.locator('#connect-base-url-error')).toContainText('FORBIDDEN');
  await expect(page.getByLabel('API base URL')).toHaveAttribute('aria-describedby', /connect-base-url-error/);
  await expect(page.locator('#connect-key-error')).toHaveCount(0);

  await page.goto(`/w/${shared.workspace}/integrations`);
  await expect(page.getByText('No tool is connected to this workspace yet.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('Claude Code connects; its backfill bar reaches 100 %; the failed day is retried', async ({
  page,
  request,
  problems,
}) => {
  await logInAdmin(page);
  await page.goto(`/w/${shared.workspace}/connect`);
  await page.getByRole('radio', { name: 'GitHub Copilot' }).check();
  await expect(page.getByLabel('Organization slug')).toBeVisible();
  await expect(page.getByText('read:org')).toBeVisible();
  await audit(page, 'connect-copilot');

  await connect(page, 'Claude Code', env('CLAUDE_KEY'), env('CLAUDE_URL'));
  await expect(page).toHaveURL(/\/integrations\?connected=/);
  const claude = card(page, 'Claude Code');
  const bar = claude.getByRole('progressbar', { name: 'Sync of Claude Code' });
  // The bar follows the live `syncProgress` events while the backfill runs.
  const seen = new Set<string>();
  await expect(async () => {
    seen.add((await bar.getAttribute('aria-valuenow')) ?? '');
    expect(seen.has('100')).toBe(true);
  }).toPass({ timeout: 60_000, intervals: [100] });
  expect(seen.size, `values seen: ${[...seen].join(', ')}`).toBeGreaterThan(1);

  // The outage day is listed with a reason; the integration needs attention.
  const failingDay = env('FAILING_DAY');
  await expect(claude.getByRole('note', { name: 'Claude Code needs attention' })).toContainText(failingDay);
  await expect(claude.getByRole('cell', { name: failingDay, exact: true })).toBeVisible();
  await audit(page, 'integrations-failed-day');

  // The vendor is back: retry the day from the page; it leaves the failed list.
  expect((await request.post(env('HEAL_URL'))).ok()).toBe(true);
  await claude.getByRole('button', { name: `Retry ${failingDay}` }).click();
  await expect(claude.getByRole('cell', { name: failingDay, exact: true })).toHaveCount(0, { timeout: 30_000 });
  await expect(claude.getByRole('note', { name: 'Claude Code needs attention' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Copilot (organization) and Cursor connect and finish their backfills', async ({ page, problems }) => {
  test.setTimeout(180_000);
  await logInAdmin(page);
  await connect(page, 'GitHub Copilot', env('COPILOT_KEY'), env('COPILOT_URL'), env('COPILOT_ORG'));
  await expect(page).toHaveURL(/\/integrations\?connected=/);
  await expect(card(page, 'GitHub Copilot').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', {
    timeout: 60_000,
  });
  await connect(page, 'Cursor', env('CURSOR_KEY'), env('CURSOR_URL'));
  await expect(page).toHaveURL(/\/integrations\?connected=/);
  await expect(card(page, 'Cursor').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100', {
    timeout: 60_000,
  });
  await page.reload();
  for (const name of ['Claude Code', 'GitHub Copilot', 'Cursor']) {
    const one = card(page, name);
    await expect(one.getByText('Active', { exact: true })).toBeVisible();
    await expect(one.getByRole('figure')).toContainText('final');
  }
  await audit(page, 'integrations');
  await page.screenshot({ path: screenshotPath('docs-integrations.png') });

  // Pause and resume, a schedule change, a re-sync of two days.
  const cursor = card(page, 'Cursor');
  await cursor.getByText('Settings of Cursor').click();
  await cursor.getByRole('button', { name: 'Pause syncing' }).click();
  await expect(cursor.getByText('Paused', { exact: true })).toBeVisible();
  await cursor.getByRole('button', { name: 'Resume syncing' }).click();
  await expect(cursor.getByText('Active', { exact: true })).toBeVisible();
  await cursor.getByLabel('Schedule (cron, UTC)').fill('30 4 * * *');
  await cursor.getByRole('button', { name: 'Change schedule' }).click();
  await expect(cursor.getByText('30 4 * * *')).toBeVisible();
  expect(problems).toEqual([]);
});

test('identities linked into one person, a suggestion confirmed, people merged, a service marked', async ({
  page,
  problems,
}) => {
  await logInAdmin(page);
  await page.goto(`/w/${shared.workspace}/people`);
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  // Email identities found their person by themselves (named by the email until a vendor gives a
  // name); GitHub logins carry no email, so Łukasz's login `lwrobel` is linked by hand.
  const lukasz = 'lukasz.wrobel@northwind.example';
  await page.getByLabel('Person for GitHub Copilot lwrobel').selectOption({ label: lukasz });
  await page.getByRole('button', { name: 'Link GitHub Copilot lwrobel' }).click();
  await expect(page.getByRole('status')).toHaveText('lwrobel linked.');
  const lukaszIds = page.getByRole('list', { name: `Identities of ${lukasz}` });
  await expect(lukaszIds.getByRole('listitem')).toHaveCount(2);
  await expect(lukaszIds).toContainText(`Claude Code email ${lukasz}`);
  await expect(lukaszIds).toContainText('GitHub Copilot GitHub login lwrobel');
  await expect(page.getByLabel('Person for GitHub Copilot lwrobel')).toHaveCount(0);

  // The suggested link of a login to the person whose email it matches, confirmed in one click.
  await page.getByRole('button', { name: 'Confirm: GitHub Copilot zoe-muller is Zoë Müller' }).click();
  await expect(page.getByRole('list', { name: 'Identities of Zoë Müller' })).toContainText('zoe-muller');

  // A person made by hand for a login, then merged into the person of the same human.
  await page.getByLabel('Name', { exact: true }).fill('Hiroshi on GitHub');
  await page.getByRole('button', { name: 'Create person' }).click();
  await expect(page.getByRole('status')).toHaveText('Hiroshi on GitHub created.');
  await page.getByLabel('Person for GitHub Copilot htanaka').selectOption({ label: 'Hiroshi on GitHub' });
  await page.getByRole('button', { name: 'Link GitHub Copilot htanaka' }).click();
  await expect(page.getByRole('list', { name: 'Identities of Hiroshi on GitHub' })).toContainText('htanaka');
  const hiroshi = 'hiroshi.tanaka@northwind.example';
  await page.getByLabel('Merge Hiroshi on GitHub into').selectOption({ label: hiroshi });
  await page.getByRole('button', { name: 'Merge Hiroshi on GitHub' }).click();
  await expect(page.getByRole('status')).toHaveText('Hiroshi on GitHub merged.');
  await expect(page.getByRole('list', { name: 'Identities of Hiroshi on GitHub' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: `Identities of ${hiroshi}` })).toContainText('htanaka');

  const zoeCursor = 'Cursor zoe.muller@northwind.example';
  await page.getByRole('button', { name: `Count ${zoeCursor} as a service` }).click();
  await expect(page.getByRole('status')).toContainText('now counted as a service');
  await expect(page.getByRole('button', { name: `Count ${zoeCursor} as a person` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Seat holders' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'GitHub Copilot', exact: true })).toBeVisible();
  await audit(page, 'people');
  expect(problems).toEqual([]);
});

test('settings, the audit log and personal API tokens', async ({ page, problems }) => {
  await logInAdmin(page);
  await page.goto(`/w/${shared.workspace}/settings`);
  await expect(page.getByLabel('Minimum group size')).toBeEnabled();
  await page.getByLabel('Minimum group size').fill('3');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await audit(page, 'settings');

  await page.getByRole('link', { name: 'Audit log of this workspace' }).click();
  await expect(page.getByRole('heading', { name: /Audit log/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'updateWorkspaceSettings' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'connectIntegration' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'linkActor' }).first()).toBeVisible();
  await audit(page, 'audit-log');

  await page.goto('/account');
  await page.getByLabel('Token name').fill('nightly export');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByLabel(/Your new token/);
  await expect(secret).toHaveValue(/^\S{20,}$/);
  await expect(page.getByRole('button', { name: 'Copy token' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'nightly export', exact: true })).toBeVisible();
  await audit(page, 'account-tokens');
  await page.getByRole('button', { name: 'Revoke the token nightly export' }).click();
  await expect(page.getByRole('cell', { name: /^revoked/ })).toBeVisible();
  // Shown once: after a reload only its name is left.
  await page.reload();
  await expect(page.getByLabel(/Your new token/)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('disconnect with a confirmation, keeping the data', async ({ page, problems }) => {
  await logInAdmin(page);
  await page.goto(`/w/${shared.workspace}/integrations`);
  const cursor = card(page, 'Cursor');
  await cursor.getByText('Settings of Cursor').click();
  await cursor.getByRole('button', { name: 'Disconnect…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disconnect Cursor?' });
  await expect(dialog).toBeVisible();
  await audit(page, 'disconnect-dialog');
  await dialog.getByRole('button', { name: 'Disconnect, keep data' }).click();
  await expect(cursor.getByText('Disconnected', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});
