// The metrics the dashboard offers, how each is shown, and which add up day by day (a sum of
// days is the range's figure) so live updates can change totals in place. Distinct people
// (ACTIVE_USERS) do not add up: those figures are refreshed after a sync run instead.
import type { Metric, Provider } from '../../gql/graphql';
import { compact, money } from './format';

export interface MetricInfo {
  id: Metric;
  label: string;
  /** Sum of the days = the range's figure. */
  additive: boolean;
  format: (value: number | null) => string;
}

const count = (label: string, id: Metric, additive = true): MetricInfo => ({ id, label, additive, format: compact });

export const METRICS: MetricInfo[] = [
  count('Active days (person-days)', 'ACTIVE_DAYS'),
  count('Active people', 'ACTIVE_USERS', false),
  count('Interactions', 'INTERACTIONS'),
  count('Sessions', 'SESSIONS'),
  count('Total tokens', 'TOTAL_TOKENS'),
  count('Input tokens', 'INPUT_TOKENS'),
  count('Output tokens', 'OUTPUT_TOKENS'),
  count('Cache read tokens', 'CACHE_READ_TOKENS'),
  count('Cache write tokens', 'CACHE_WRITE_TOKENS'),
  { id: 'COST_MILLICENTS', label: 'Cost', additive: true, format: (v) => money(v) },
  count('Lines added', 'LINES_ADDED'),
  count('Lines removed', 'LINES_REMOVED'),
  count('Lines suggested', 'LINES_SUGGESTED'),
  count('Lines accepted', 'LINES_ACCEPTED'),
  count('Completions shown', 'SUGGESTIONS_SHOWN'),
  count('Completions accepted', 'SUGGESTIONS_ACCEPTED'),
  count('Tool decisions accepted', 'TOOL_ACCEPTED'),
  count('Tool decisions rejected', 'TOOL_REJECTED'),
  count('Commits', 'COMMITS'),
  count('Pull requests', 'PULL_REQUESTS'),
];

export const DEFAULT_METRIC: Metric = 'ACTIVE_DAYS';

export function metricInfo(id: Metric): MetricInfo {
  return METRICS.find((m) => m.id === id) ?? METRICS[0]!;
}

export function isMetric(value: string | null): value is Metric {
  return METRICS.some((m) => m.id === value);
}

/**
 * The daily figures the cards are kept live from (all tools together), in this order in
 * `DashboardData.daily` and in the `usageUpdated` subscription.
 */
export const CARD_METRICS: Metric[] = [
  'ACTIVE_DAYS',
  'ACTIVE_USERS',
  'INTERACTIONS',
  'TOTAL_TOKENS',
  'COST_MILLICENTS',
  'LINES_ADDED',
  'SUGGESTIONS_SHOWN',
  'SUGGESTIONS_ACCEPTED',
  'LINES_SUGGESTED',
  'LINES_ACCEPTED',
];

export const PROVIDERS: Provider[] = ['CLAUDE_CODE', 'COPILOT', 'CURSOR'];

const PROVIDER_LABELS: Record<Provider, string> = {
  CLAUDE_CODE: 'Claude Code',
  COPILOT: 'GitHub Copilot',
  CURSOR: 'Cursor',
};

/**
 * A provider as the API names it: the `Provider` enum (`CLAUDE_CODE`) or, where a field is still
 * a string, its lower-case form (`claude_code`). The one place that knows both spellings.
 */
export function providerOf(value: string | null | undefined): Provider | null {
  const upper = (value ?? '').toUpperCase();
  return (PROVIDERS as string[]).includes(upper) ? (upper as Provider) : null;
}

export function providerLabel(value: string | null | undefined): string {
  const provider = providerOf(value);
  return provider ? PROVIDER_LABELS[provider] : (value ?? 'All tools');
}
