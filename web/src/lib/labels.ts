// Every word the app shows for a provider, an integration or run status, a day's status or a
// role: the one place that knows how the API spells them. The API is moving from lower-case
// strings (`claude_code`, `needs_attention`, `running`) to enums (`CLAUDE_CODE`,
// `NEEDS_ATTENTION`, `RUNNING`); `key()` accepts both, so that change is adapted here only.

/** The canonical (lower-case) spelling of an API value, whichever way the API sent it. */
export function key(value: string | null | undefined): string {
  return (value ?? '').toLowerCase();
}

export type ProviderKey = 'claude_code' | 'copilot' | 'cursor';

/** The provider enum value the API's inputs take, for a provider key. */
export function providerEnum(provider: ProviderKey): 'CLAUDE_CODE' | 'COPILOT' | 'CURSOR' {
  return provider.toUpperCase() as 'CLAUDE_CODE' | 'COPILOT' | 'CURSOR';
}

const PROVIDERS: Record<string, string> = {
  claude_code: 'Claude Code',
  copilot: 'GitHub Copilot',
  cursor: 'Cursor',
};

export function providerLabel(provider: string): string {
  return PROVIDERS[key(provider)] ?? provider;
}

const INTEGRATION_STATUS: Record<string, string> = {
  active: 'Active',
  paused: 'Paused',
  needs_attention: 'Needs attention',
  disconnected: 'Disconnected',
};

export function integrationStatusLabel(status: string): string {
  return INTEGRATION_STATUS[key(status)] ?? status;
}

export function isPaused(status: string): boolean {
  return key(status) === 'paused';
}

export function isDisconnected(status: string): boolean {
  return key(status) === 'disconnected';
}

const RUN_STATUS: Record<string, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  partial: 'Partly done (some days failed)',
  failed: 'Failed',
};

export function runStatusLabel(status: string): string {
  return RUN_STATUS[key(status)] ?? status;
}

/** A run still going (queued or running). */
export function isRunActive(status: string): boolean {
  return key(status) === 'running' || key(status) === 'queued';
}

/** The `syncProgress` event kinds that end a run. */
export function endsRun(kind: string | null | undefined): boolean {
  return ['succeeded', 'partial', 'failed'].includes(key(kind));
}

export type DayStatusKey = 'final' | 'provisional' | 'failed' | 'unavailable' | 'missing';

export const DAY_STATUSES: { key: DayStatusKey; label: string; help: string }[] = [
  { key: 'final', label: 'Final', help: 'synced, and past the vendor’s reporting delay' },
  { key: 'provisional', label: 'Provisional', help: 'synced, but the vendor may still fill it in' },
  { key: 'failed', label: 'Failed', help: 'the vendor answered badly; retried automatically' },
  { key: 'unavailable', label: 'Unavailable', help: 'the vendor no longer serves it, or it was given up' },
  { key: 'missing', label: 'Missing', help: 'not synced yet' },
];

export function dayStatusLabel(status: string): string {
  return DAY_STATUSES.find((s) => s.key === key(status))?.label ?? status;
}

const FAILED_DAY_STATE: Record<string, string> = {
  retrying: 'Retrying',
  given_up: 'Given up',
  acknowledged: 'Acknowledged',
};

export function failedDayStateLabel(state: string): string {
  return FAILED_DAY_STATE[key(state)] ?? state;
}

export function roleLabel(role: string): string {
  return key(role);
}

export function identityKindLabel(kind: string): string {
  return key(kind) === 'service' ? 'service' : 'person';
}

const ACTOR_KIND: Record<string, string> = { email: 'email', login: 'GitHub login', api_key: 'API key' };

export function actorKindLabel(kind: string): string {
  return ACTOR_KIND[key(kind)] ?? kind;
}

/** A UTC timestamp from the API (`2026-12-01T08:00:00`) as `2026-12-01 08:00 UTC`. */
export function utc(timestamp: string | null | undefined): string {
  return timestamp ? `${timestamp.replace('T', ' ').slice(0, 16)} UTC` : '—';
}
