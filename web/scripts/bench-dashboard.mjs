// Dashboard targets, measured in headless Chromium against a running service that holds the
// bench dataset (started by `cargo bench --bench dashboard_web`, which passes the variables):
//   1. the dashboard route's JS + CSS, gzipped: every script and stylesheet the page loads, sized
//      by its precompressed `.gz` twin in dist/ (target ≤ 250 KB; GraphiQL and login separate);
//   2. median of 10 cold loads of the default view (fresh context: no HTTP cache), navigation
//      start → every chart's ECharts `finished` event (target ≤ 1.5 s);
//   3. a sync commit → the changed card updated in the page (target ≤ 1 s), 5 times.
// Env: AI_USAGE_BASE_URL, AI_USAGE_WORKSPACE_ID, AI_USAGE_EMAIL, AI_USAGE_PASSWORD,
// AI_USAGE_CONTROL_URL (POST /sync?n=K commits day T-K and answers {committedAt}), CHROMIUM_PATH.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
};
const base = env('AI_USAGE_BASE_URL');
const workspace = env('AI_USAGE_WORKSPACE_ID');
const control = env('AI_USAGE_CONTROL_URL');
const dist = resolve(import.meta.dirname, '../dist');
const LOADS = 10;
const SYNCS = 5;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const login = await browser.newContext();
const answer = await login.request.post(`${base}/graphql`, {
  headers: { 'content-type': 'application/json', origin: base },
  data: {
    query: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { id } } }',
    variables: { e: env('AI_USAGE_EMAIL'), p: env('AI_USAGE_PASSWORD') },
  },
});
if (!answer.ok()) throw new Error(`log-in failed: ${answer.status()}`);
const storageState = await login.storageState();
await login.close();

/** Loads the dashboard in a fresh context; resolves when every chart finished drawing. */
async function coldLoad(collect) {
  const context = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (collect) page.on('response', (r) => collect(r.url()));
  await page.goto(`${base}/w/${workspace}`);
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= 3 && charts.every((c) => c.dataset.finished === 'true');
  }, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => Math.max(...Object.values(window.aiUsageChartsFinished ?? {})));
  return { context, page, ms };
}

// 1. Size of what the route loads.
const assets = new Set();
const first = await coldLoad((url) => {
  const path = new URL(url).pathname;
  if (/\.(js|css)$/.test(path)) assets.add(path);
});
await first.context.close();
// Small files have no `.gz` twin (the server sends them as they are): gzip them here.
const gzSize = (path) => {
  const file = resolve(dist, `.${path}`);
  return existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length;
};
let gz = 0;
for (const path of assets) gz += gzSize(path);
console.log(`dashboard route: ${assets.size} JS/CSS files, ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 250 KB)`);
for (const path of [...assets].sort()) console.log(`  ${path}: ${(gzSize(path) / 1024).toFixed(1)} KB gz`);

// 2. Cold loads.
const loads = [];
for (let i = 0; i < LOADS; i++) {
  const { context, ms } = await coldLoad();
  loads.push(ms);
  await context.close();
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`cold load → every chart finished: median ${median(loads).toFixed(0)} ms of ${LOADS} (target ≤ 1500 ms); all: ${loads.map((x) => x.toFixed(0)).join(', ')}`);

// 3. Sync commit → card updated.
const { context, page } = await coldLoad();
await page.waitForFunction(() => document.querySelector('.live')?.getAttribute('data-state') === 'live');
const updates = [];
for (let n = 1; n <= SYNCS; n++) {
  // Past the refresh that follows each run (distinct-people figures), so only the sync changes the cards.
  await page.waitForTimeout(3000);
  await page.evaluate(() => {
    const target = document.querySelector('[data-card="active-days"]')?.closest('ul') ?? document.body;
    window.__cardChangedAt = undefined;
    const observer = new MutationObserver(() => {
      window.__cardChangedAt ??= Date.now();
      observer.disconnect();
    });
    observer.observe(target, { subtree: true, characterData: true, childList: true });
  });
  const response = await fetch(`${control}/sync?n=${n}`, { method: 'POST' });
  const { committedAt } = await response.json();
  await page.waitForFunction(() => window.__cardChangedAt !== undefined, null, { timeout: 10_000 });
  const changedAt = await page.evaluate(() => window.__cardChangedAt);
  updates.push(changedAt - committedAt);
}
await context.close();
console.log(`sync commit → card updated: median ${median(updates).toFixed(0)} ms of ${SYNCS} (target ≤ 1000 ms); all: ${updates.join(', ')}`);
await browser.close();
