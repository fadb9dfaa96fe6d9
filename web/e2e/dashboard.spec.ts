// The live dashboard against three tools synced from fake vendors serving the suite's fixtures
// (tests/browser_dashboard/mod.rs has the table of what each fake serves). Every figure below is
// summed by hand from that table; T is today (UTC). The Rust test's control server
// (AI_USAGE_CONTROL_URL) syncs T-1, stops and restarts the service, and floods the bus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { audit, expect, logIn, test, watch } from './support';

const CONTROL = process.env.AI_USAGE_CONTROL_URL ?? '';
const WS = process.env.AI_USAGE_WORKSPACE_ID ?? '';
const PASSWORD = process.env.AI_USAGE_PASSWORD ?? '';
const ADMIN = 'ada@example.com';
const MEMBER = 'alice@x.io';
const VIEWER = 'vic@example.com';
const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');

test.describe.configure({ mode: 'serial' });

function T(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

async function control(action: string): Promise<any> {
  const response = await fetch(`${CONTROL}/${action}`, { method: 'POST' });
  expect(response.ok, `control ${action}`).toBe(true);
  return response.json();
}

const card = (page: Page, id: string) => page.locator(`[data-card="${id}"] .value`);

async function openDashboard(page: Page, email = ADMIN, query = ''): Promise<void> {
  await logIn(page, email, PASSWORD);
  await page.goto(`/w/${WS}${query}`);
  await expect(page.locator('[data-card="cost"]')).toBeVisible();
  await expect(page.locator('.live')).toHaveAttribute('data-state', 'live');
}

/** The cells of a chart's table alternative, row by row (opens it). */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.locator(`table[data-table="${name}"]`);
  const details = table.locator('xpath=ancestor::details');
  if ((await details.count()) && !(await details.evaluate((d: HTMLDetailsElement) => d.open)))
    await details.locator('summary').click();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
}

function rowOf(rows: string[][], first: string): string[] {
  const row = rows.find((r) => r[0] === first || r[0]?.startsWith(`${first} `));
  expect(row, `a row for ${first} in ${JSON.stringify(rows)}`).toBeTruthy();
  return row!;
}

async function chartIds(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(Object.entries(window.aiUsageCharts ?? {}).map(([k, c]) => [k, (c as any).id as string])),
  );
}

test('admin: cards, calendar, breakdowns and people show the fixtures summed by hand', async ({ page, problems }) => {
  expect(CONTROL && WS && PASSWORD, 'the Rust test passes the control URL, workspace and password').toBeTruthy();
  await openDashboard(page);

  // People active in the 30 days: alice, bob (Claude), octocat, hubot (Copilot), developer (Cursor).
  await expect(card(page, 'active-people')).toHaveText('5');
  // UTC days with activity: T-3 and T-2.
  await expect(card(page, 'active-days')).toHaveText('2');
  // Nobody on T (DAU 0); all five within 7 and 30 days.
  await expect(card(page, 'dau')).toHaveText('0 / 5 / 5');
  await expect(card(page, 'streak')).toHaveText('0 / 2 days');
  // Person-days: Claude 3, Copilot 2, Cursor 1.
  await expect(card(page, 'top-tool')).toHaveText('Claude Code');
  // Interactions: Claude not reported; Copilot 0 + 7; Cursor 45 + 128 + 12 + 67 = 252 → 259.
  await expect(card(page, 'interactions')).toHaveText('259');
  // Tokens: Claude 100 + 50 + 200; Copilot 3,800 + 5,000; Cursor 126 + 450 + 11,964 + 6,112 = 27,802.
  await expect(card(page, 'tokens')).toHaveText('27.8k');
  // Cost: Claude (10 + 5 + 20)¢ = 35,000 m¢; Cursor 21.36232¢ → 21,362 m¢; 56,362 m¢ = $0.56.
  await expect(card(page, 'cost')).toHaveText('US$0.56');
  // Lines added: Claude 0; Copilot 8 + 20; Cursor 1,543.
  await expect(card(page, 'lines-added')).toHaveText('1,571');
  // Completions accepted ÷ shown: (1 + 3 + 289) ÷ (1 + 5 + 342) = 293 ÷ 348.
  await expect(card(page, 'acceptance-count')).toHaveText('84.2%');
  // Lines accepted ÷ suggested: (8 + 20 + 1,102) ÷ (10 + 25 + 1,543) = 1,130 ÷ 1,578.
  await expect(card(page, 'acceptance-lines')).toHaveText('71.6%');

  // Calendar (person-days): T-3 = 2 + 1 + 1, T-2 = 1 + 1, T-4 synced with nobody active.
  // Levels: the non-zero days are [2, 4]; nearest-rank quartiles 2, 2, 4: 2 is level 1, 4 level 3.
  const heat = await tableRows(page, 'heatmap');
  expect(rowOf(heat, T(3)).slice(1, 3)).toEqual(['4', '3']);
  expect(rowOf(heat, T(2)).slice(1, 3)).toEqual(['2', '1']);
  expect(rowOf(heat, T(4)).slice(1, 4)).toEqual(['0', '0', 'final']);
  const cell = await page.evaluate((day) => {
    const option = window.aiUsageCharts!.heatmap!.getOption() as any;
    return option.series[0].data.find((d: any) => d.value[0] === day).value[1];
  }, T(3));
  expect(cell).toBe(4);

  // Series per tool (person-days per day).
  const series = await tableRows(page, 'series');
  expect(rowOf(series, T(3)).slice(1, 4)).toEqual(['2', '1', '1']);
  expect(rowOf(series, T(2)).slice(1, 4)).toEqual(['1', '1', '0']);

  // Per-tool bars and breakdowns (person-days with usage of each value).
  const tools = await tableRows(page, 'by-tool');
  expect(tools.map((r) => r.slice(0, 2))).toEqual([['Claude Code', '3'], ['GitHub Copilot', '2'], ['Cursor', '1']]);
  await expect(page.locator('table[data-table="by-tool"] [data-total]')).toHaveText('6');
  const models = await tableRows(page, 'by-model');
  expect(rowOf(models, 'claude-sonnet-5')[1]).toBe('3');
  expect(rowOf(models, 'claude-4.5-sonnet')[1]).toBe('1');
  expect(rowOf(await tableRows(page, 'by-editor'), 'vscode')[1]).toBe('1');
  expect(rowOf(await tableRows(page, 'by-language'), 'unknown')[1]).toBe('1');
  expect(rowOf(await tableRows(page, 'by-feature'), 'code_completion')[1]).toBe('1');

  // People: everyone with usage and every seat holder; seats idle 7 / 30 days marked.
  // Seats: Copilot octocat (used T-3), octokitten (never); Cursor Alex (used T-3), Sam (never).
  await expect(page.locator('[data-seats]')).toContainText('4 seats assigned: 2 idle for 7 days, 2 idle for 30 days');
  const people = await tableRows(page, 'people');
  const byName = Object.fromEntries(people.map((r) => [r[1], r]));
  expect(people[0]![1]).toBe('alice@x.io');
  expect(byName['alice@x.io']![2]).toBe('2');
  for (const one of ['bob@x.io', 'octocat', 'hubot', 'Alex']) expect(byName[one]?.[2], one).toBe('1');
  for (const idle of ['octokitten', 'Sam']) {
    expect(byName[idle]?.[2], idle).toBe('0');
    expect(byName[idle]!.join(' '), idle).toContain('idle 30 d');
  }
  expect(byName['octocat']!.join(' ')).toContain(`1 d · last ${T(3)}`);

  // A definition from the schema, one click away.
  await page.locator('[data-card="cost"] summary').click();
  await expect(page.locator('[data-card="cost"] .definition')).toContainText('chargedCents');

  await audit(page, 'dashboard');
  mkdirSync(DOCS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${DOCS}/dashboard-${colorScheme}.png`, fullPage: false });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(problems).toEqual([]);
});

test('a sync that adds a day changes the cards in place: no GraphQL request, same charts', async ({ page, problems }) => {
  await openDashboard(page);
  await expect(card(page, 'cost')).toHaveText('US$0.56');
  const before = await chartIds(page);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['heatmap', 'series', 'by-tool']));
  const requests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql') requests.push(r.postData() ?? '');
  });

  // T-1: bob on Claude Code, 4 sessions, 400 input tokens, 40¢.
  await control('sync');
  await expect(card(page, 'cost')).toHaveText('US$0.96');
  const between = [...requests];
  expect(between, 'GraphQL requests between the commit and the change').toEqual([]);
  await expect(card(page, 'active-days')).toHaveText('3');
  await expect(card(page, 'tokens')).toHaveText('28.2k');
  expect(await chartIds(page)).toEqual(before);
  expect(rowOf(await tableRows(page, 'by-tool'), 'Claude Code')[1]).toBe('4');
  expect(rowOf(await tableRows(page, 'series'), T(1))[1]).toBe('1');
  const cell = await page.evaluate((day) => {
    const option = window.aiUsageCharts!.heatmap!.getOption() as any;
    return option.series[0].data.find((d: any) => d.value[0] === day).value[1];
  }, T(1));
  expect(cell).toBe(1);
  expect(problems).toEqual([]);
});

test('stopping and restarting the server: reconnecting, then live again', async ({ page, problems }) => {
  await openDashboard(page);
  await control('stop');
  await expect(page.locator('.live')).toHaveAttribute('data-state', 'reconnecting');
  await expect(page.locator('.live')).toContainText('Reconnecting');
  await control('start');
  await expect(page.locator('.live')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(card(page, 'cost')).toHaveText('US$0.96');
  // While the server was away the browser logged its refused WebSocket attempts; nothing else.
  const others = problems.filter((p) => !/WebSocket connection to .* failed/.test(p));
  problems.splice(0, problems.length, ...others);
  expect(problems).toEqual([]);
});

test('resyncRequired refetches the view', async ({ page, problems }) => {
  await openDashboard(page);
  const refetch = page.waitForRequest((r) => new URL(r.url()).pathname === '/graphql' && (r.postData() ?? '').includes('query DashboardData'));
  await control('resync');
  await refetch;
  await expect(card(page, 'cost')).toHaveText('US$0.96');
  expect(problems).toEqual([]);
});

test('range, metric and tool filters are in the URL; a reload restores the view', async ({ page, problems }) => {
  await openDashboard(page);
  await page.getByLabel('7 days').check();
  await expect(page).toHaveURL(/range=7d/);
  await page.getByLabel('Metric').selectOption('COST_MILLICENTS');
  await expect(page).toHaveURL(/metric=COST_MILLICENTS/);
  await page.getByRole('checkbox', { name: 'Cursor' }).uncheck();
  await expect(page).toHaveURL(/tool=CLAUDE_CODE%2CCOPILOT|tool=CLAUDE_CODE,COPILOT/);
  // Without Cursor: Claude's (10 + 5 + 20 + 40)¢ = 75,000 m¢.
  await expect(card(page, 'cost')).toHaveText('US$0.75');
  await expect(page.locator('[data-range]')).toContainText(`${T(6)} to ${T(0)}`);

  await page.reload();
  await expect(card(page, 'cost')).toHaveText('US$0.75');
  await expect(page.getByLabel('7 days')).toBeChecked();
  await expect(page.getByLabel('Metric')).toHaveValue('COST_MILLICENTS');
  await expect(page.getByRole('checkbox', { name: 'Cursor' })).not.toBeChecked();
  const tools = await tableRows(page, 'by-tool');
  expect(tools.map((r) => r.slice(0, 2))).toEqual([['Claude Code', 'US$0.75'], ['GitHub Copilot', 'not reported']]);
  expect(problems).toEqual([]);
});

test('a range longer than three years: totals over all of it, per-day charts over the last three', async ({ page, problems }) => {
  await openDashboard(page, ADMIN, `?range=custom&from=${T(1500)}&to=${T(0)}`);
  // The per-day answers (calendar, daily figures) are capped at 1,096 days: T-1095 … T.
  await expect(page.locator('[data-range]')).toContainText(`${T(1500)} to ${T(0)}`);
  await expect(page.locator('[data-range]')).toContainText(`from ${T(1095)}`);
  // The cards come from the summary over the whole range: every fixture day, T-1 included
  // (synced by the live test): 56,362 m¢ + Claude's 40¢ on T-1 = 96,362 m¢; days T-3, T-2, T-1.
  await expect(card(page, 'cost')).toHaveText('US$0.96');
  await expect(card(page, 'active-days')).toHaveText('3');
  // Beyond 400 days the series is monthly, over the whole range.
  await expect(page.locator('#granularity')).toHaveValue('MONTH');
  expect(problems).toEqual([]);
});

test('a member sees their own usage', async ({ page, problems }) => {
  await openDashboard(page, MEMBER);
  await expect(page.getByRole('heading', { name: 'Your usage' })).toBeVisible();
  const rows = await tableRows(page, 'people');
  expect(rows.map((r) => [r[1], r[2]])).toEqual([['alice@x.io', '2']]);
  expect(problems).toEqual([]);
});

test('a viewer sees aggregates only', async ({ page, problems }) => {
  await openDashboard(page, VIEWER);
  await expect(card(page, 'active-people')).toHaveText('5');
  await expect(page.locator('[data-viewer-note]')).toBeVisible();
  await expect(page.locator('table[data-table="people"]')).toHaveCount(0);
  await expect(page.getByText('alice@x.io')).toHaveCount(0);
  await audit(page, 'dashboard-viewer');
  expect(problems).toEqual([]);
});

test('German locale: numbers the German way', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.250' } });
  const page = await context.newPage();
  const problems = watch(page);
  await openDashboard(page);
  await expect(card(page, 'lines-added')).toHaveText('1.571');
  await expect(card(page, 'cost')).toHaveText('0,96 $');
  await expect(card(page, 'acceptance-count')).toHaveText('84,2 %');
  expect(problems).toEqual([]);
  await context.close();
});

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

async function download(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('the downloaded CSV holds the figures the page shows', async ({ page, problems }) => {
  await openDashboard(page);
  const shown = await tableRows(page, 'by-tool');
  const file = await download(page, '[data-export="by-tool"]');
  expect(file.name).toMatch(/^ai-usage-usage-.*\.csv$/);
  const [header, ...rows] = parseCsv(file.text);
  const col = (name: string) => header!.indexOf(name);
  expect(col('active_days')).toBeGreaterThan(-1);
  // The page's per-tool table (person-days) and the file agree row by row.
  const labels: Record<string, string> = { CLAUDE_CODE: 'Claude Code', COPILOT: 'GitHub Copilot', CURSOR: 'Cursor' };
  const fromFile = rows.map((r) => [labels[r[col('key')]!.toUpperCase()] ?? r[col('key')], r[col('active_days')]]);
  expect(fromFile).toEqual(shown.map((r) => r.slice(0, 2)));
  // Claude Code's cost in the 30 days, by hand: (10 + 5 + 20 + 40)¢ = 75,000 m¢; Copilot reports none.
  const claude = rows.find((r) => r[col('key')]!.toUpperCase() === 'CLAUDE_CODE')!;
  expect(claude[col('cost_usd_millicents')]).toBe('75000');
  const copilot = rows.find((r) => r[col('key')]!.toUpperCase() === 'COPILOT')!;
  expect(copilot[col('cost_usd_millicents')]).toBe('');
  expect(problems).toEqual([]);
});

test('share: a card created, opened anonymously, revoked', async ({ page, problems, browser }) => {
  await openDashboard(page, MEMBER);
  await page.locator('[data-share]').click();
  const dialog = page.locator('[data-share-dialog]');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Create card' }).click();
  const url = await dialog.locator('[data-share-url]').inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22,}$/);
  // Alice in the 30 days: Claude Code on T-3 (2 sessions) and T-2 (3): 2 active days, 5 sessions.
  await expect(dialog.locator('[data-share-text]')).toHaveValue(/2 active days/);
  await expect(dialog.locator('[data-share-text]')).toHaveValue(/5 sessions/);
  await expect(dialog.locator('[data-share-created] img')).toHaveJSProperty('naturalWidth', 1200);
  await audit(page, 'share-dialog');
  await page.screenshot({ path: `${DOCS}/share-dialog.png` });

  // Anyone with the link: the page with absolute OpenGraph tags, and the PNG.
  const stranger = await browser.newContext();
  const anonymous = await stranger.newPage();
  const answer = await anonymous.goto(url);
  expect(answer?.status()).toBe(200);
  const meta = (p: string) => anonymous.locator(`meta[property="${p}"], meta[name="${p}"]`).getAttribute('content');
  expect(await meta('og:url')).toBe(url);
  const image = (await meta('og:image'))!;
  expect(image.startsWith(new URL(url).origin)).toBe(true);
  expect(await meta('twitter:card')).toBe('summary_large_image');
  const png = await anonymous.request.get(image);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 627]);
  writeFileSync(`${DOCS}/share-card.png`, bytes);
  await expect(anonymous.locator('body')).not.toContainText('bob@x.io');

  // Revoked: page and image answer 404 at once.
  await dialog.getByRole('button', { name: /^Revoke/ }).first().click();
  await expect(dialog.locator('[data-share-card][data-state^="revoked"]')).toHaveCount(1);
  expect((await anonymous.request.get(url)).status()).toBe(404);
  expect((await anonymous.request.get(image)).status()).toBe(404);
  await stranger.close();
  expect(problems).toEqual([]);
});
