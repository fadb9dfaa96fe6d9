// What the dashboard shows, built from one `DashboardData` and one `DashboardDays` answer and kept current by live
// updates: each `usageUpdated` event brings the new figures of the changed days, and every figure
// that is a sum of days (totals, series buckets, per-tool bars, heatmap cells) is corrected by
// (new − old) for those days, in place. Distinct-people figures are refreshed after the run.
import type { DashboardDataQuery, DashboardDaysQuery, DayStatus, Metric, Provider } from '../../gql/graphql';
import { CARD_METRICS, metricInfo, providerOf } from './metrics';
import { num } from './format';
import { addDays, today } from './view';

/** The charts and the daily figures of one view, asked in two documents and used as one. */
export type Data = DashboardDataQuery & DashboardDaysQuery;
export type Values = (number | null)[];

/** Day → the card metrics that day (all tools together), in `CARD_METRICS` order. */
export type DailyCards = Map<string, Values>;
/** Tool → day → the chosen metric that day. */
export type DailyByTool = Map<Provider, Map<string, number | null>>;

export interface DayMark {
  /** The least trustworthy state of the day over the integrations in scope. */
  status: DayStatus;
  /** Per integration that is not FINAL: "Cursor: provisional", with the reason. */
  notes: string[];
  /** Some integration in scope has figures for the day (FINAL or PROVISIONAL). */
  anyData: boolean;
}

const RANK: Record<DayStatus, number> = { FINAL: 0, PROVISIONAL: 1, MISSING: 2, UNAVAILABLE: 3, FAILED: 4 };

export function dailyCards(data: Data): DailyCards {
  const map: DailyCards = new Map();
  for (const point of data.daily.lines[0]?.points ?? []) map.set(point.start, point.values.map(num));
  return map;
}

export function dailyByTool(data: Data): DailyByTool {
  const map: DailyByTool = new Map();
  for (const line of data.dailyByTool.lines) {
    const provider = providerOf(line.provider);
    if (!provider) continue;
    map.set(provider, new Map(line.points.map((p) => [p.start, num(p.values[0])])));
  }
  return map;
}

/** Σ of a card metric over the days; null when no day reports it. */
export function sumOf(cards: DailyCards, metric: Metric): number | null {
  const i = CARD_METRICS.indexOf(metric);
  let total: number | null = null;
  for (const values of cards.values()) {
    const v = values[i] ?? null;
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** UTC days with at least one person active or one interaction (`PeriodFigures.activeDays`). */
export function activeDayCount(cards: DailyCards): number {
  const a = CARD_METRICS.indexOf('ACTIVE_DAYS');
  const i = CARD_METRICS.indexOf('INTERACTIONS');
  let n = 0;
  for (const values of cards.values()) if ((values[a] ?? 0) > 0 || (values[i] ?? 0) > 0) n += 1;
  return n;
}

export function ratio(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || !denominator ? null : numerator / denominator;
}

/** Nearest-rank percentile (as the API computes the heatmap thresholds). */
function nearestRank(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? 0;
}

/** Heatmap levels from counts: 0 for none, else 1–4 by the quartiles of the non-zero days. */
export function levels(counts: (number | null)[]): { thresholds: number[]; levels: number[] } {
  const nonZero = counts.filter((c): c is number => c !== null && c > 0).sort((a, b) => a - b);
  const thresholds = nonZero.length ? [25, 50, 75].map((p) => nearestRank(nonZero, p)) : [];
  const level = (c: number | null) => {
    if (c === null || c <= 0) return 0;
    const t = thresholds;
    return c <= t[0]! ? 1 : c <= t[1]! ? 2 : c <= t[2]! ? 3 : 4;
  };
  return { thresholds, levels: counts.map(level) };
}

/** Per day, how far its figures can be trusted, over the integrations in scope. */
export function dayMarks(data: Data): Map<string, DayMark> {
  const marks = new Map<string, DayMark>();
  for (const entry of data.freshness.integrations) {
    const name = entry.integration.displayName;
    for (const d of entry.days) {
      const mark = marks.get(d.day) ?? { status: 'FINAL' as DayStatus, notes: [], anyData: false };
      if (RANK[d.status] > RANK[mark.status]) mark.status = d.status;
      if (d.status === 'FINAL' || d.status === 'PROVISIONAL') mark.anyData = true;
      if (d.status !== 'FINAL')
        mark.notes.push(`${name}: ${d.status.toLowerCase()}${d.reason ? ` (${d.reason})` : ''}`);
      marks.set(d.day, mark);
    }
  }
  return marks;
}

/** A day no integration in scope has figures for: drawn as a gap, not as 0. */
export function noData(mark: DayMark | undefined): boolean {
  return mark !== undefined && !mark.anyData;
}

/**
 * After a day was committed by `integrationId`: its freshness is now FINAL, or PROVISIONAL
 * inside the vendor's lag.
 */
export function markCommitted(data: Data, integrationId: string | null | undefined, days: string[]): void {
  for (const entry of data.freshness.integrations) {
    if (integrationId && entry.integration.id !== integrationId) continue;
    const lagStart = addDays(today(), -(entry.lagDays - 1));
    for (const d of entry.days) {
      if (!days.includes(d.day)) continue;
      d.status = d.day >= lagStart ? 'PROVISIONAL' : 'FINAL';
      d.reason = null;
    }
  }
}

/** The bucket of `series` that holds `day`. */
function bucketOf<T extends { start: string; end: string }>(points: T[], day: string): T | undefined {
  return points.find((p) => p.start <= day && day <= p.end);
}

function plus(a: number | string | null, delta: number): number | null {
  const v = num(a);
  return v === null ? (delta === 0 ? null : delta) : v + delta;
}

/**
 * Applies one tool's new daily figures of the chosen metric: the series bucket and the per-tool
 * bar change by (new − old). Returns whether anything changed. Not for distinct-people metrics.
 */
export function applyToolDays(
  data: Data,
  byTool: DailyByTool,
  provider: Provider,
  days: [string, number | null][],
): boolean {
  const metric = data.byTool.metric;
  if (!metricInfo(metric).additive) return false;
  const perDay = byTool.get(provider) ?? new Map<string, number | null>();
  byTool.set(provider, perDay);
  const line = data.series.lines.find((l) => providerOf(l.provider) === provider);
  const row = data.byTool.rows.find((r) => providerOf(r.key) === provider);
  let changed = false;
  for (const [day, value] of days) {
    if (!perDay.has(day)) continue; // outside the range
    const old = perDay.get(day) ?? null;
    if (old === value) continue;
    const delta = (value ?? 0) - (old ?? 0);
    perDay.set(day, value);
    changed = true;
    const point = line ? bucketOf(line.points, day) : undefined;
    if (point) point.values[0] = plus(point.values[0] ?? null, delta) as unknown as string;
    if (row) row.value = plus(row.value, delta) as unknown as string;
    data.byTool.total = plus(data.byTool.total, delta) as unknown as string;
  }
  if (changed) {
    const total = num(data.byTool.total);
    for (const r of data.byTool.rows) {
      const v = num(r.value);
      r.share = v === null || !total ? null : v / total;
    }
  }
  return changed;
}

/**
 * Applies new all-tools daily figures (`CARD_METRICS`, then the chosen metric when it is not one
 * of them): cards and the heatmap. Returns whether anything changed.
 */
export function applyCardDays(
  data: Data,
  cards: DailyCards,
  metric: Metric,
  days: [string, Values][],
): boolean {
  let changed = false;
  const heatIndex = CARD_METRICS.includes(metric) ? CARD_METRICS.indexOf(metric) : CARD_METRICS.length;
  for (const [day, values] of days) {
    if (!cards.has(day)) continue;
    const old = cards.get(day)!;
    const fresh = values.slice(0, CARD_METRICS.length);
    if (fresh.some((v, i) => v !== old[i])) changed = true;
    cards.set(day, fresh);
    const cell = data.heatmap.cells.find((c) => c.day === day);
    const count = values[heatIndex] ?? null;
    if (cell && num(cell.count) !== count) {
      cell.count = count as unknown as string;
      changed = true;
    }
  }
  if (changed) {
    const computed = levels(data.heatmap.cells.map((c) => num(c.count)));
    data.heatmap.cells.forEach((c, i) => (c.level = computed.levels[i] ?? 0));
    data.heatmap.thresholds = computed.thresholds as unknown as string[];
  }
  return changed;
}
