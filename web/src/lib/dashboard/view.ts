// The dashboard's view lives in the URL's query (`?range=30d&metric=COST_MILLICENTS&tool=CURSOR`),
// so a view can be bookmarked and sent, and a reload restores it. Defaults are left out of the URL.
import type { Granularity, Identities, Metric, Provider, UsageFilter } from '../../gql/graphql';
import { DEFAULT_METRIC, isMetric, providerOf } from './metrics';

export type Preset = '7d' | '30d' | '90d' | 'quarter' | '12m' | 'all' | 'custom';

export const PRESETS: { id: Preset; label: string }[] = [
  { id: '7d', label: '7 days' },
  { id: '30d', label: '30 days' },
  { id: '90d', label: '90 days' },
  { id: 'quarter', label: 'This quarter' },
  { id: '12m', label: '12 months' },
  { id: 'all', label: 'All time' },
  { id: 'custom', label: 'Custom' },
];

/** The API answers per-day questions (calendar, daily series, freshness) for at most this many days. */
export const MAX_DAYS = 1096;

export interface View {
  preset: Preset;
  /** Custom range (UTC days), used when `preset` is `custom`. */
  from: string;
  to: string;
  granularity: Granularity;
  metric: Metric;
  providers: Provider[];
  integrations: string[];
  teams: string[];
  persons: string[];
  /** The people table: humans (default) or service identities. */
  identities: Identities;
  /** First row of the people page. */
  offset: number;
}

export const DEFAULT_PRESET: Preset = '30d';

/** Today as a UTC day. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

function validDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** A range preset's default bucket: days up to 90 days, weeks for a quarter, months beyond. */
export function defaultGranularity(preset: Preset, from: string, to: string): Granularity {
  if (preset === 'all') return 'MONTH';
  if (preset === '12m') return 'WEEK';
  const days = daysBetween(from, to);
  return days <= 92 ? 'DAY' : days <= 400 ? 'WEEK' : 'MONTH';
}

/** The UTC days a view covers, and the part of them per-day answers cover. */
export interface Range {
  from: string;
  to: string;
  /** First day of the per-day answers (calendar, daily series, freshness): `from`, or the start
   * of the last [`MAX_DAYS`] when the range is longer (the API answers per-day questions for at
   * most three years; totals, breakdowns and week or month series for any range). */
  dayFrom: string;
  /** True when `dayFrom` is later than `from`. */
  clipped: boolean;
}

/** The oldest day the API accepts. */
export const FIRST_DAY = '2000-01-01';

/**
 * The UTC days a view covers. `earliest` (the oldest day any integration serves) bounds "all
 * time".
 */
export function rangeOf(view: View, earliest: string | null): Range {
  const end = today();
  let from: string;
  let to = end;
  switch (view.preset) {
    case '7d':
      from = addDays(end, -6);
      break;
    case '30d':
      from = addDays(end, -29);
      break;
    case '90d':
      from = addDays(end, -89);
      break;
    case 'quarter': {
      const d = new Date(`${end}T00:00:00Z`);
      const month = Math.floor(d.getUTCMonth() / 3) * 3;
      from = new Date(Date.UTC(d.getUTCFullYear(), month, 1)).toISOString().slice(0, 10);
      break;
    }
    case '12m':
      from = addDays(end, -364);
      break;
    case 'all':
      from = earliest && earliest < end ? earliest : addDays(end, -89);
      break;
    case 'custom':
      from = view.from;
      to = view.to;
      break;
  }
  if (from < FIRST_DAY) from = FIRST_DAY;
  const clipped = daysBetween(from, to) > MAX_DAYS;
  return { from, to, dayFrom: clipped ? addDays(to, -(MAX_DAYS - 1)) : from, clipped };
}

const list = (params: URLSearchParams, key: string): string[] =>
  (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** The view a query string describes (anything unreadable falls back to the default). */
export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const wanted = params.get('range') as Preset | null;
  let preset: Preset = PRESETS.some((p) => p.id === wanted) ? (wanted as Preset) : DEFAULT_PRESET;
  const from = params.get('from');
  const to = params.get('to');
  const custom = validDay(from) && validDay(to) && from <= to;
  if (preset === 'custom' && !custom) preset = DEFAULT_PRESET;
  const base = {
    preset,
    from: custom ? from : addDays(today(), -29),
    to: custom ? to : today(),
  };
  const range = rangeOf({ ...base } as View, null);
  const g = params.get('granularity');
  const metric = params.get('metric');
  const offset = Number(params.get('offset') ?? 0);
  return {
    ...base,
    granularity: g === 'DAY' || g === 'WEEK' || g === 'MONTH' ? g : defaultGranularity(preset, range.from, range.to),
    metric: isMetric(metric) ? metric : DEFAULT_METRIC,
    providers: list(params, 'tool').map(providerOf).filter((p): p is Provider => p !== null),
    integrations: list(params, 'integration'),
    teams: list(params, 'team'),
    persons: list(params, 'person'),
    identities: params.get('identities') === 'SERVICES' ? 'SERVICES' : 'HUMANS',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** The query string of a view (defaults left out), with a leading `?` unless empty. */
export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.preset !== DEFAULT_PRESET) params.set('range', view.preset);
  if (view.preset === 'custom') {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  const range = rangeOf(view, null);
  if (view.granularity !== defaultGranularity(view.preset, range.from, range.to))
    params.set('granularity', view.granularity);
  if (view.metric !== DEFAULT_METRIC) params.set('metric', view.metric);
  if (view.providers.length) params.set('tool', view.providers.join(','));
  if (view.integrations.length) params.set('integration', view.integrations.join(','));
  if (view.teams.length) params.set('team', view.teams.join(','));
  if (view.persons.length) params.set('person', view.persons.join(','));
  if (view.identities !== 'HUMANS') params.set('identities', view.identities);
  if (view.offset) params.set('offset', String(view.offset));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API filter of a view; undefined when it narrows nothing. */
export function filterOf(view: View): UsageFilter | undefined {
  const filter: UsageFilter = {};
  if (view.providers.length) filter.providers = view.providers;
  if (view.integrations.length) filter.integrationIds = view.integrations;
  if (view.teams.length) filter.teams = view.teams;
  if (view.persons.length) filter.personIds = view.persons;
  return Object.keys(filter).length ? filter : undefined;
}
