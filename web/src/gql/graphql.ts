/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a vendor identifies the person behind a row. */
export type ActorKind =
  /** The name of an API key (Claude Code API actors). */
  | 'API_KEY'
  /** An email address (Claude Code users, Cursor members). */
  | 'EMAIL'
  /** A login name (GitHub). */
  | 'LOGIN';

/** What a breakdown groups by. */
export type BreakdownDimension =
  /**
   * The editor or IDE (Copilot only: `totals_by_ide[].ide`). Its rows carry no lines accepted:
   * Copilot does not split editors by feature, so agent edits cannot be left out.
   */
  | 'EDITOR'
  /** The feature: completions, chat, agent edits… (Copilot only: `totals_by_feature[].feature`). */
  | 'FEATURE'
  /**
   * The programming language (Copilot only: `totals_by_language_feature[].language`; Claude
   * Code and Cursor report no languages, so a breakdown of them alone is empty).
   */
  | 'LANGUAGE'
  /**
   * The model, as the vendor names it (Claude Code: `model_breakdown[].model`; Copilot:
   * `totals_by_model_feature[].model`; Cursor: the usage events' `model`).
   */
  | 'MODEL'
  /** The person (per-person data: admins see everyone, members themselves). */
  | 'PERSON'
  /** The tool (Claude Code, Copilot, Cursor). */
  | 'PROVIDER'
  /**
   * The team as the vendor reports it (Copilot): all the range's usage of the actors ever
   * placed in it. Below admin, only teams shown under `minGroupSize` are listed.
   */
  | 'TEAM';

/** A vendor account to connect. The key is checked with the vendor before anything is saved. */
export type ConnectIntegrationInput = {
  /** The vendor admin key or token. Stored encrypted; never returned. */
  apiKey: string;
  /**
   * The vendor API root when it is not the public one (GitHub Enterprise Cloud with data
   * residency, a proxy).
   */
  baseUrl?: string | null | undefined;
  /** The name shown on the dashboard. */
  displayName: string;
  /** GitHub Copilot: the enterprise whose reports to read. */
  enterprise?: string | null | undefined;
  /**
   * GitHub Copilot: the organization whose reports to read (exactly one of this and
   * `enterprise`).
   */
  organization?: string | null | undefined;
  /** The tool whose admin API to connect. */
  provider: Provider;
  /** When to sync, as a cron expression in UTC. Default: `0 2 * * *` (daily at 02:00). */
  schedule?: string | null | undefined;
};

/** What `createShareCard` makes. */
export type CreateShareCardInput = {
  /** When the link stops working (UTC); missing means never (until revoked). */
  expiresAt?: string | null | undefined;
  /**
   * The figures to show, in this order (at most six numbers, plus the heatmap); missing or
   * empty means all of them.
   */
  figures?: Array<ShareCardFigure> | null | undefined;
  /** PERSON: the caller's own figures (members and up). TEAM: one team's aggregates (admins). */
  kind: ShareCardKind;
  /** The UTC days the figures cover; see `DateRange` for the defaults (the last 90 days). */
  range?: DateRange | null | undefined;
  /**
   * The team of a TEAM card (as the vendor names it). Below the workspace's minimum group
   * size — when a viewer could not see the team — the card is refused.
   */
  team?: string | null | undefined;
  /** Only these tools; missing or empty means every tool. */
  tools?: Array<Provider> | null | undefined;
  /** The workspace whose figures the card shows. */
  workspaceId: string | number;
};

/**
 * Inclusive UTC days, from 2000-01-01 to 2100-12-31. Missing `to` is today (UTC); missing `from`
 * is 89 days before `to` (90 days in all). An answer with one value per day (`activityHeatmap`,
 * `dataFreshness`, a `DAY` series) covers at most three years (1,096 days); the
 * others (summaries, breakdowns, people, `WEEK` and `MONTH` series) cover any range, so "all
 * time" is one query.
 */
export type DateRange = {
  /** First UTC day (included); missing means 89 days before `to`. */
  from?: string | null | undefined;
  /** Last UTC day (included); missing means today (UTC). */
  to?: string | null | undefined;
};

/** Whether a day's data can be trusted yet. */
export type DayStatus =
  /**
   * The vendor answered badly for this day; it is retried on a schedule (see
   * `Integration.failedDays` for the reason and the next attempt). Figures stored by an
   * earlier read, if any, are kept meanwhile.
   */
  | 'FAILED'
  /** Synced, and older than the vendor's reporting lag: it should not change. */
  | 'FINAL'
  /** Older than the lag and never synced. */
  | 'MISSING'
  /** Within the vendor's reporting lag (the last days): figures may still grow or be absent. */
  | 'PROVISIONAL'
  /**
   * The vendor does not serve this day: older than its history horizon, or given up after
   * the last attempt, or acknowledged by an admin. `reason` says which.
   */
  | 'UNAVAILABLE';

/** Where a failed day stands. */
export type FailedDayState =
  /** An admin accepted the gap (day status `UNAVAILABLE`); never retried automatically. */
  | 'ACKNOWLEDGED'
  /** Every automatic attempt failed (day status `UNAVAILABLE`); an admin may still retry it. */
  | 'GIVEN_UP'
  /** Retried automatically from `nextRetryAt` (day status `FAILED`). */
  | 'RETRYING';

/** How a series groups days. */
export type Granularity =
  /** One point per UTC day. */
  | 'DAY'
  /** One point per calendar month. */
  | 'MONTH'
  /** One point per ISO week (Monday to Sunday). */
  | 'WEEK';

/** Which identities people figures count. */
export type Identities =
  /** Both: people, plus each service identity as one. */
  | 'ALL'
  /** People only (the default): service identities are left out. */
  | 'HUMANS'
  /** Service identities only, each counted as one. */
  | 'SERVICES';

/** Whether a vendor identity is a person or a machine. */
export type IdentityKind =
  /** A person: counted in active users, DAU/WAU/MAU and the people leaderboard. */
  | 'HUMAN'
  /**
   * A machine identity (an API key used by a pipeline): not a person, counted only in
   * service figures (`identities: SERVICES` or `ALL`).
   */
  | 'SERVICE';

/** What changed about an integration. */
export type IntegrationChange =
  /** A vendor account was connected. */
  | 'CONNECTED'
  /** Disconnected (its data kept or deleted). */
  | 'DISCONNECTED'
  /** The vendor refused the key or the data: a person must act. */
  | 'NEEDS_ATTENTION'
  /** Renamed, new key, new schedule, paused or resumed. */
  | 'UPDATED';

/** Whether an integration syncs, and if not, why. */
export type IntegrationStatus =
  /** Syncs on its schedule. */
  | 'ACTIVE'
  /** Disconnected with its history kept: the key is erased and it never syncs again. */
  | 'DISCONNECTED'
  /**
   * The vendor refused the key or the account, or a policy is switched off: a person
   * must act (a new key, a vendor setting) before it syncs again. Days the vendor
   * answered badly do not set it (see `Integration.failedDays`).
   */
  | 'NEEDS_ATTENTION'
  /** Paused by an admin: no scheduled syncs until resumed; the data is kept. */
  | 'PAUSED';

/**
 * A figure a chart can plot. Each is summed over the actors, tools and days selected,
 * except `ACTIVE_USERS` (distinct people). Each value's description names, per tool, the
 * vendor field it comes from.
 */
export type Metric =
  /**
   * Active days: per tool, the days the vendor counted a person active, summed over people and tools (one person on one tool for a week is up to 7; a person active in two tools on one day counts 2). Every tool reports it, so it is the default of the heatmap, breakdowns, the people leaderboard and `topTool`. For a model, editor, language or feature it counts the person-days with usage of that value.
   *
   * Claude Code: an `actor` row in the day's usage report.
   *
   * Copilot: a `user_id` record in the day's `users-1-day` report.
   *
   * Cursor: `isActive` in daily usage (or any activity or usage event that day).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'ACTIVE_DAYS'
  /**
   * Distinct people active on at least one day of the bucket. An actor linked to a person counts as that person; an unlinked actor counts as one person.
   *
   * Claude Code: an `actor` row in the day's usage report.
   *
   * Copilot: a `user_id` record in the day's `users-1-day` report.
   *
   * Cursor: `isActive` in daily usage (or any activity or usage event that day).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'ACTIVE_USERS'
  /**
   * Tokens read from the prompt cache.
   *
   * Claude Code: `model_breakdown[].tokens.cache_read`.
   *
   * Copilot: not reported.
   *
   * Cursor: `tokenUsage.cacheReadTokens` (usage events).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'CACHE_READ_TOKENS'
  /**
   * Tokens written to the prompt cache.
   *
   * Claude Code: `model_breakdown[].tokens.cache_creation`.
   *
   * Copilot: not reported.
   *
   * Cursor: `tokenUsage.cacheWriteTokens` (usage events).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'CACHE_WRITE_TOKENS'
  /**
   * Commits created by the tool.
   *
   * Claude Code: `core_metrics.commits_by_claude_code`.
   *
   * Copilot: not reported.
   *
   * Cursor: not reported.
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'COMMITS'
  /**
   * Cost in thousandths of the currency's minor unit (millicents for USD).
   *
   * Claude Code: `model_breakdown[].estimated_cost.amount` (an estimate in cents, not billing data).
   *
   * Copilot: not reported.
   *
   * Cursor: the sum of every usage event's `chargedCents` (or `tokenUsage.totalCents` where it is missing): the overall spend, included usage as well as the chargeable part.
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'COST_MILLICENTS'
  /**
   * Input tokens.
   *
   * Claude Code: `model_breakdown[].tokens.input`.
   *
   * Copilot: `totals_by_cli.token_usage.prompt_tokens_sum` (Copilot CLI only).
   *
   * Cursor: `tokenUsage.inputTokens` (usage events).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'INPUT_TOKENS'
  /**
   * Prompts, chat turns and requests, as each vendor counts them.
   *
   * Claude Code: not reported (the Claude Code Analytics API has no prompt count; it reports sessions, lines, tool decisions, commits, pull requests, tokens and cost).
   *
   * Copilot: `user_initiated_interaction_count`.
   *
   * Cursor: `composerRequests` + `chatRequests` + `agentRequests` + `cmdkUsages` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'INTERACTIONS'
  /**
   * Lines of suggested code accepted: the numerator of acceptance by lines.
   *
   * Claude Code: not reported (Claude Code reports no suggestions, only tool decisions).
   *
   * Copilot: `loc_added_sum` minus the `agent_edit` feature's `loc_added_sum` in `totals_by_feature` (agent edits are not suggestions).
   *
   * Cursor: `acceptedLinesAdded` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'LINES_ACCEPTED'
  /**
   * Lines of code added by the tool.
   *
   * Claude Code: `core_metrics.lines_of_code.added`.
   *
   * Copilot: `loc_added_sum` (agent edits included).
   *
   * Cursor: `totalLinesAdded` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'LINES_ADDED'
  /**
   * Lines of code removed by the tool.
   *
   * Claude Code: `core_metrics.lines_of_code.removed`.
   *
   * Copilot: `loc_deleted_sum`.
   *
   * Cursor: `totalLinesDeleted` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'LINES_REMOVED'
  /**
   * Lines of code the tool suggested adding: the denominator of acceptance by lines.
   *
   * Claude Code: not reported (Claude Code reports no suggestions, only tool decisions).
   *
   * Copilot: `loc_suggested_to_add_sum` (agent edits are never counted as suggestions).
   *
   * Cursor: `totalLinesAdded` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'LINES_SUGGESTED'
  /**
   * Output tokens.
   *
   * Claude Code: `model_breakdown[].tokens.output`.
   *
   * Copilot: `totals_by_cli.token_usage.output_tokens_sum` (Copilot CLI only).
   *
   * Cursor: `tokenUsage.outputTokens` (usage events).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'OUTPUT_TOKENS'
  /**
   * Pull requests created by the tool.
   *
   * Claude Code: `core_metrics.pull_requests_by_claude_code`.
   *
   * Copilot: not reported (only the organisation-wide reports count pull requests).
   *
   * Cursor: not reported.
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'PULL_REQUESTS'
  /**
   * Sessions started.
   *
   * Claude Code: `core_metrics.num_sessions`.
   *
   * Copilot: `totals_by_cli.session_count` + `totals_by_3rd_party_agent[].session_count` (Copilot CLI and third-party agents).
   *
   * Cursor: not reported.
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'SESSIONS'
  /**
   * Completions accepted.
   *
   * Claude Code: not reported.
   *
   * Copilot: `code_acceptance_activity_count`.
   *
   * Cursor: `totalTabsAccepted` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'SUGGESTIONS_ACCEPTED'
  /**
   * Completions shown.
   *
   * Claude Code: not reported.
   *
   * Copilot: `code_generation_activity_count`.
   *
   * Cursor: `totalTabsShown` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'SUGGESTIONS_SHOWN'
  /**
   * Proposed edits or tool actions accepted.
   *
   * Claude Code: `tool_actions.<tool>.accepted` summed over every tool type (`edit_tool`, `multi_edit_tool`, `write_tool`, `notebook_edit_tool` and any other).
   *
   * Copilot: not reported.
   *
   * Cursor: `totalAccepts` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'TOOL_ACCEPTED'
  /**
   * Proposed edits or tool actions rejected.
   *
   * Claude Code: `tool_actions.<tool>.rejected` summed over every tool type (`edit_tool`, `multi_edit_tool`, `write_tool`, `notebook_edit_tool` and any other).
   *
   * Copilot: not reported.
   *
   * Cursor: `totalRejects` (daily usage).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'TOOL_REJECTED'
  /**
   * Input + output + cache read + cache write tokens.
   *
   * Claude Code: the four `model_breakdown[].tokens` counts.
   *
   * Copilot: `prompt_tokens_sum` + `output_tokens_sum` (Copilot CLI only).
   *
   * Cursor: the four `tokenUsage` counts (usage events).
   *
   * Null for a tool that does not report it, and for a total when no tool in scope reports it.
   */
  | 'TOTAL_TOKENS';

/** The AI coding tools ai-usage syncs from. */
export type Provider =
  /** Claude Code, through Anthropic's Claude Code Analytics Admin API. */
  | 'CLAUDE_CODE'
  /** GitHub Copilot, through the usage-metrics reports API. */
  | 'COPILOT'
  /** Cursor, through the Cursor Admin API. */
  | 'CURSOR';

/** A member's role in a workspace, from most to least powerful. */
export type Role =
  /** Manages integrations and members; reads everyone's per-person data. */
  | 'ADMIN'
  /** Reads workspace aggregates and their own per-person rows. */
  | 'MEMBER'
  /** Everything, including deleting the workspace. */
  | 'OWNER'
  /** Reads aggregates only. */
  | 'VIEWER';

/** Which kind of GitHub account a Copilot integration reads. */
export type ScopeKind =
  /** A GitHub enterprise's Copilot reports (all its organizations). */
  | 'ENTERPRISE'
  /** A GitHub organization's Copilot reports. */
  | 'ORGANIZATION';

/** A figure a share card can show; a card shows the ones chosen, in the order chosen. */
export type ShareCardFigure =
  /** Days with any activity in the period. */
  | 'ACTIVE_DAYS'
  /** Consecutive active days ending on the period's last day. */
  | 'CURRENT_STREAK'
  /** Lines of AI-suggested code accepted (tools that report them). */
  | 'LINES_ACCEPTED'
  /** The longest run of consecutive active days in the period. */
  | 'LONGEST_STREAK'
  /** A small calendar of the period's last weeks, one square per day. */
  | 'MINI_HEATMAP'
  /** Sessions (tools that report them). */
  | 'SESSIONS'
  /** The tool with the most active days. */
  | 'TOP_TOOL';

/** Whose figures a share card shows. */
export type ShareCardKind =
  /** The caller's own figures: the usage of the identities that are theirs in the workspace. */
  | 'PERSON'
  /** One team's aggregate figures (admins only; the team must be large enough to show). */
  | 'TEAM';

/** What happened in a sync run. */
export type SyncEventKind =
  /** One provider-day was committed; `days` lists it. */
  | 'DAY_COMMITTED'
  /**
   * One provider-day could not be read (it will be retried); `days` lists it, `error` says
   * why. The run goes on with the other days.
   */
  | 'DAY_FAILED'
  /** The run stopped with an error, or no day could be read; what was committed before stays. */
  | 'FAILED'
  /**
   * The run finished, but some days could not be read (`error` names the first); the others
   * are stored.
   */
  | 'PARTIAL'
  /** A run began. */
  | 'STARTED'
  /** The run finished and every day in its range is stored. */
  | 'SUCCEEDED';

/** Where a sync run stands. */
export type SyncRunStatus =
  /**
   * Nothing could be read (the key was refused, every day unreadable) or the run was
   * interrupted.
   */
  | 'FAILED'
  /**
   * Some days are stored, some could not be read: they are in `Integration.failedDays`
   * and retried.
   */
  | 'PARTIAL'
  /** Waiting to start. */
  | 'QUEUED'
  /** Reading days from the vendor now. */
  | 'RUNNING'
  /** Every day of the run is stored. */
  | 'SUCCEEDED';

/** Changes to an integration; omitted fields stay as they are. */
export type UpdateIntegrationInput = {
  /** A replacement key, checked with the vendor before it is saved. */
  apiKey?: string | null | undefined;
  /** A new name to show on the dashboard. */
  displayName?: string | null | undefined;
  /** `true` stops scheduled syncs; `false` resumes them. */
  paused?: boolean | null | undefined;
  /** Cron expression in UTC. */
  schedule?: string | null | undefined;
};

/**
 * Narrows what a query covers. Missing or empty lists mean "all". Filters combine with AND.
 * Filtering by person or actor needs the admin role. Below admin, a team filter is allowed only
 * when every team it names is shown under the workspace's `minGroupSize` rule (see
 * `Workspace.minGroupSize`) within the filter's tools and integrations; otherwise FORBIDDEN.
 */
export type UsageFilter = {
  /** Only these actors (vendor identities). */
  actorIds?: Array<string | number> | null | undefined;
  /** Only these integrations. */
  integrationIds?: Array<string | number> | null | undefined;
  /** Only the actors linked to these persons. */
  personIds?: Array<string | number> | null | undefined;
  /** Only these tools. */
  providers?: Array<Provider> | null | undefined;
  /**
   * Only actors the vendor placed in one of these teams on any stored day (all their usage in
   * the range counts). Below admin, each team must be shown under `minGroupSize`: e.g.
   * `[small, big]` is refused when `small` is hidden, so it cannot be subtracted from `[big]`.
   */
  teams?: Array<string> | null | undefined;
};

/** A personal workspace belongs to one account; a team workspace has members. */
export type WorkspaceKind =
  /** Made with an account, deleted with it; its only member is its owner. */
  | 'PERSONAL'
  /** Made by an account; owners, admins, members and viewers. */
  | 'TEAM';

export type DashboardMetaQueryVariables = Exact<{
  workspaceId: string | number;
  isAdmin: boolean;
}>;


export type DashboardMetaQuery = { integrations: Array<{ id: string, provider: Provider, displayName: string, status: IntegrationStatus, historyHorizon: string | null, createdAt: string, lastSyncedAt: string | null, needsAttention: boolean, attentionReason: string | null }>, persons?: Array<{ id: string, displayName: string }>, teams: { rows: Array<{ key: string }> }, metricType: { enumValues: Array<{ name: string, description: string | null }> | null } | null, figuresType: { fields: Array<{ name: string, description: string | null }> | null } | null };

export type DashboardDataQueryVariables = Exact<{
  workspaceId: string | number;
  range: DateRange;
  dayRange: DateRange;
  seriesRange: DateRange;
  filter?: UsageFilter | null | undefined;
  granularity: Granularity;
  metric: Metric;
}>;


export type DashboardDataQuery = { summary: { current: { from: string | null, to: string | null, activeDays: number, activeUsers: number, dau: number, wau: number, mau: number, currentStreak: number, longestStreak: number, topTool: Provider | null, acceptanceRateByCount: number | null, acceptanceRateByLines: number | null, totals: { interactions: string | null, totalTokens: string | null, costMillicents: string | null, linesAdded: string | null } }, previous: { from: string | null, to: string | null, activeDays: number, activeUsers: number, dau: number, wau: number, mau: number, currentStreak: number, longestStreak: number, topTool: Provider | null, acceptanceRateByCount: number | null, acceptanceRateByLines: number | null, totals: { interactions: string | null, totalTokens: string | null, costMillicents: string | null, linesAdded: string | null } } }, series: { granularity: Granularity, from: string, to: string, metrics: Array<Metric>, lines: Array<{ provider: Provider | null, points: Array<{ start: string, end: string, values: Array<string | null> }> }> }, heatmap: { from: string, to: string, thresholds: Array<string>, cells: Array<{ day: string, count: string | null, level: number }> }, byTool: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byModel: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byEditor: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byLanguage: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byFeature: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byTeam: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null } };

export type FiguresFragment = { from: string | null, to: string | null, activeDays: number, activeUsers: number, dau: number, wau: number, mau: number, currentStreak: number, longestStreak: number, topTool: Provider | null, acceptanceRateByCount: number | null, acceptanceRateByLines: number | null, totals: { interactions: string | null, totalTokens: string | null, costMillicents: string | null, linesAdded: string | null } };

export type SeriesFragment = { granularity: Granularity, from: string, to: string, metrics: Array<Metric>, lines: Array<{ provider: Provider | null, points: Array<{ start: string, end: string, values: Array<string | null> }> }> };

export type BreakdownFragment = { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null };

export type DashboardDaysQueryVariables = Exact<{
  workspaceId: string | number;
  dayRange: DateRange;
  filter?: UsageFilter | null | undefined;
  metric: Metric;
  cardMetrics: Array<Metric> | Metric;
}>;


export type DashboardDaysQuery = { daily: { lines: Array<{ provider: Provider | null, points: Array<{ start: string, values: Array<string | null> }> }> }, dailyByTool: { lines: Array<{ provider: Provider | null, points: Array<{ start: string, values: Array<string | null> }> }> }, freshness: { integrations: Array<{ lagDays: number, integration: { id: string, provider: Provider, displayName: string }, days: Array<{ day: string, status: DayStatus, reason: string | null }> }> } };

export type DaysFragment = { lines: Array<{ provider: Provider | null, points: Array<{ start: string, values: Array<string | null> }> }> };

export type DashboardPeopleQueryVariables = Exact<{
  workspaceId: string | number;
  range: DateRange;
  filter?: UsageFilter | null | undefined;
  orderBy: Metric;
  first: number;
  offset: number;
  identities: Identities;
}>;


export type DashboardPeopleQuery = { people: { to: string, total: number, seats: { assigned: number, idle7Days: number, idle30Days: number }, rows: Array<{ rank: number, value: string | null, subject: { personId: string | null, actorId: string | null, label: string }, tools: Array<{ provider: Provider, activeDays: number, lastActiveDay: string | null }>, seats: Array<{ provider: Provider, plan: string | null, lastActiveDay: string | null, idle7Days: boolean, idle30Days: boolean }> }> } };

export type DashboardUsageUpdatedSubscriptionVariables = Exact<{
  workspaceId: string | number;
  metrics: Array<Metric> | Metric;
  filter?: UsageFilter | null | undefined;
}>;


export type DashboardUsageUpdatedSubscription = { usageUpdated: { resyncRequired: boolean, integrationId: string | null, days: Array<string>, series: { metrics: Array<Metric>, lines: Array<{ points: Array<{ start: string, values: Array<string | null> }> }> } | null } };

export type DashboardSyncProgressSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type DashboardSyncProgressSubscription = { syncProgress: { resyncRequired: boolean, kind: SyncEventKind | null, integrationId: string | null, days: Array<string>, daysDone: number, daysTotal: number, error: string | null } };

export type DashboardIntegrationChangedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type DashboardIntegrationChangedSubscription = { integrationChanged: { resyncRequired: boolean, integrationId: string | null, change: IntegrationChange | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { version: string, me: { id: string, email: string, displayName: string, isInstanceAdmin: boolean }, workspaces: Array<{ id: string, name: string, kind: WorkspaceKind, role: Role }> };

export type LogInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LogInMutation = { logIn: { user: { id: string } } };

export type SignUpMutationVariables = Exact<{
  email: string;
  password: string;
  displayName: string;
  inviteToken?: string | null | undefined;
  setupCode?: string | null | undefined;
}>;


export type SignUpMutation = { signUp: { user: { id: string, isInstanceAdmin: boolean } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  new: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AcceptInviteMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInviteMutation = { acceptInvite: { id: string, name: string, role: Role } };

export type CreateWorkspaceMutationVariables = Exact<{
  name: string;
}>;


export type CreateWorkspaceMutation = { createWorkspace: { id: string, name: string, kind: WorkspaceKind, role: Role } };

export type MembersQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type MembersQuery = { members: Array<{ role: Role, user: { id: string, email: string, displayName: string } }> };

export type InvitationsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, role: Role, expiresAt: string }> };

export type InviteMemberMutationVariables = Exact<{
  workspaceId: string | number;
  email: string;
  role: Role;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, token: string, email: string, role: Role, expiresAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type SetMemberRoleMutationVariables = Exact<{
  workspaceId: string | number;
  userId: string | number;
  role: Role;
}>;


export type SetMemberRoleMutation = { setMemberRole: { role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  workspaceId: string | number;
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type WorkspaceSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceSettingsQuery = { workspace: { id: string, name: string, minGroupSize: number, role: Role } };

export type UpdateWorkspaceSettingsMutationVariables = Exact<{
  workspaceId: string | number;
  minGroupSize: number;
}>;


export type UpdateWorkspaceSettingsMutation = { updateWorkspaceSettings: { id: string, minGroupSize: number } };

export type AuditLogQueryVariables = Exact<{
  workspaceId: string | number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { endCursor: string | null, hasNextPage: boolean, events: Array<{ id: string, at: string, actor: string, action: string, targetKind: string | null, targetId: string | null, detail: string }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type WorkspaceIntegrationsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type WorkspaceIntegrationsQuery = { integrations: Array<{ id: string, provider: Provider, displayName: string, scopeKind: ScopeKind | null, scopeSlug: string | null, baseUrl: string | null, secretHint: string, status: IntegrationStatus, schedule: string, nextSyncAt: string | null, lastSyncedAt: string | null, lastError: string | null, needsAttention: boolean, attentionReason: string | null, lastRun: { id: string, status: SyncRunStatus, daysTotal: number, daysDone: number, daysFailed: number, error: string | null, startedAt: string, finishedAt: string | null } | null, failedDays: Array<{ day: string, state: FailedDayState, reason: string, attempts: number, maxAttempts: number, nextRetryAt: string | null }> }> };

export type FreshnessQueryVariables = Exact<{
  workspaceId: string | number;
  range?: DateRange | null | undefined;
}>;


export type FreshnessQuery = { dataFreshness: { from: string, to: string, integrations: Array<{ finalDays: number, provisionalDays: number, missingDays: number, failedDays: number, unavailableDays: number, integration: { id: string }, days: Array<{ day: string, status: DayStatus, reason: string | null }> }> } };

export type SyncProgressSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type SyncProgressSubscription = { syncProgress: { kind: SyncEventKind | null, resyncRequired: boolean, integrationId: string | null, runId: string | null, daysDone: number, daysTotal: number, error: string | null } };

export type IntegrationChangedSubscriptionVariables = Exact<{
  workspaceId: string | number;
}>;


export type IntegrationChangedSubscription = { integrationChanged: { integrationId: string | null, change: IntegrationChange | null, resyncRequired: boolean } };

export type ConnectIntegrationMutationVariables = Exact<{
  workspaceId: string | number;
  input: ConnectIntegrationInput;
}>;


export type ConnectIntegrationMutation = { connectIntegration: { id: string, displayName: string } };

export type UpdateIntegrationMutationVariables = Exact<{
  id: string | number;
  input: UpdateIntegrationInput;
}>;


export type UpdateIntegrationMutation = { updateIntegration: { id: string, status: IntegrationStatus, schedule: string, secretHint: string } };

export type DisconnectIntegrationMutationVariables = Exact<{
  id: string | number;
  keepData: boolean;
}>;


export type DisconnectIntegrationMutation = { disconnectIntegration: boolean };

export type SyncIntegrationMutationVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type SyncIntegrationMutation = { syncIntegration: { id: string, daysTotal: number } };

export type RetryFailedDayMutationVariables = Exact<{
  integrationId: string | number;
  day: string;
}>;


export type RetryFailedDayMutation = { retryFailedDay: { id: string } };

export type AcknowledgeFailedDayMutationVariables = Exact<{
  integrationId: string | number;
  day: string;
}>;


export type AcknowledgeFailedDayMutation = { acknowledgeFailedDay: { day: string, state: FailedDayState } };

export type InstanceStateQueryVariables = Exact<{ [key: string]: never; }>;


export type InstanceStateQuery = { setupRequired: boolean, sampleDataEnabled: boolean };

export type LoadSampleDataMutationVariables = Exact<{
  workspaceId: string | number;
}>;


export type LoadSampleDataMutation = { loadSampleData: Array<{ id: string }> };

export type PeopleAdminQueryVariables = Exact<{
  workspaceId: string | number;
  range?: DateRange | null | undefined;
}>;


export type PeopleAdminQuery = { persons: Array<{ id: string, displayName: string, email: string | null, actors: Array<{ id: string, integrationId: string, provider: Provider, kind: ActorKind, identifier: string, displayName: string | null, identityKind: IdentityKind }> }>, personLinkSuggestions: Array<{ explanation: string, actor: { id: string, provider: Provider, kind: ActorKind, identifier: string, displayName: string | null }, person: { id: string, displayName: string } }>, people: { rows: Array<{ subject: { personId: string | null, label: string, actor: { id: string, provider: Provider, kind: ActorKind, identifier: string, displayName: string | null, identityKind: IdentityKind } | null }, seats: Array<{ provider: Provider, plan: string | null, lastActiveDay: string | null, idle30Days: boolean }> }>, seats: { assigned: number, idle7Days: number, idle30Days: number } } };

export type LinkActorMutationVariables = Exact<{
  actorId: string | number;
  personId: string | number;
}>;


export type LinkActorMutation = { linkActor: { id: string, personId: string | null } };

export type UnlinkActorMutationVariables = Exact<{
  actorId: string | number;
}>;


export type UnlinkActorMutation = { unlinkActor: { id: string } };

export type SetIdentityKindMutationVariables = Exact<{
  actorId: string | number;
  kind: IdentityKind;
}>;


export type SetIdentityKindMutation = { setIdentityKind: { id: string, identityKind: IdentityKind } };

export type CreatePersonMutationVariables = Exact<{
  workspaceId: string | number;
  displayName: string;
  email?: string | null | undefined;
}>;


export type CreatePersonMutation = { createPerson: { id: string, displayName: string } };

export type MergePeopleMutationVariables = Exact<{
  into: string | number;
  from: string | number;
}>;


export type MergePeopleMutation = { mergePeople: { id: string } };

export type ShareCardsQueryVariables = Exact<{
  workspaceId: string | number;
}>;


export type ShareCardsQuery = { shareCards: Array<{ id: string, kind: ShareCardKind, title: string, figures: Array<ShareCardFigure>, createdAt: string, expiresAt: string | null, revokedAt: string | null }> };

export type ShareCardRowFragment = { id: string, kind: ShareCardKind, title: string, figures: Array<ShareCardFigure>, createdAt: string, expiresAt: string | null, revokedAt: string | null };

export type CreateShareCardMutationVariables = Exact<{
  input: CreateShareCardInput;
}>;


export type CreateShareCardMutation = { createShareCard: { url: string, imageUrl: string, downloadUrl: string, linkedinShareUrl: string, postText: string, card: { id: string, kind: ShareCardKind, title: string, figures: Array<ShareCardFigure>, createdAt: string, expiresAt: string | null, revokedAt: string | null } } };

export type RevokeShareCardMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeShareCardMutation = { revokeShareCard: { id: string, kind: ShareCardKind, title: string, figures: Array<ShareCardFigure>, createdAt: string, expiresAt: string | null, revokedAt: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FiguresFragmentDoc = new TypedDocumentString(`
    fragment Figures on PeriodFigures {
  from
  to
  activeDays
  activeUsers
  dau
  wau
  mau
  currentStreak
  longestStreak
  topTool
  acceptanceRateByCount
  acceptanceRateByLines
  totals {
    interactions
    totalTokens
    costMillicents
    linesAdded
  }
}
    `, {"fragmentName":"Figures"}) as unknown as TypedDocumentString<FiguresFragment, unknown>;
export const SeriesFragmentDoc = new TypedDocumentString(`
    fragment Series on UsageSeries {
  granularity
  from
  to
  metrics
  lines {
    provider
    points {
      start
      end
      values
    }
  }
}
    `, {"fragmentName":"Series"}) as unknown as TypedDocumentString<SeriesFragment, unknown>;
export const BreakdownFragmentDoc = new TypedDocumentString(`
    fragment Breakdown on Breakdown {
  dimension
  metric
  total
  hiddenGroups
  rows {
    key
    value
    share
  }
  other {
    key
    value
    share
  }
}
    `, {"fragmentName":"Breakdown"}) as unknown as TypedDocumentString<BreakdownFragment, unknown>;
export const DaysFragmentDoc = new TypedDocumentString(`
    fragment Days on UsageSeries {
  lines {
    provider
    points {
      start
      values
    }
  }
}
    `, {"fragmentName":"Days"}) as unknown as TypedDocumentString<DaysFragment, unknown>;
export const ShareCardRowFragmentDoc = new TypedDocumentString(`
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}
    `, {"fragmentName":"ShareCardRow"}) as unknown as TypedDocumentString<ShareCardRowFragment, unknown>;
export const DashboardMetaDocument = new TypedDocumentString(`
    query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {
  integrations(workspaceId: $workspaceId) {
    id
    provider
    displayName
    status
    historyHorizon
    createdAt
    lastSyncedAt
    needsAttention
    attentionReason
  }
  persons(workspaceId: $workspaceId) @include(if: $isAdmin) {
    id
    displayName
  }
  teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {
    rows {
      key
    }
  }
  metricType: __type(name: "Metric") {
    enumValues {
      name
      description
    }
  }
  figuresType: __type(name: "PeriodFigures") {
    fields {
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMetaQuery, DashboardMetaQueryVariables>;
export const DashboardDataDocument = new TypedDocumentString(`
    query DashboardData($workspaceId: ID!, $range: DateRange!, $dayRange: DateRange!, $seriesRange: DateRange!, $filter: UsageFilter, $granularity: Granularity!, $metric: Metric!) {
  summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {
    current {
      ...Figures
    }
    previous {
      ...Figures
    }
  }
  series: usageSeries(
    workspaceId: $workspaceId
    range: $seriesRange
    granularity: $granularity
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Series
  }
  heatmap: activityHeatmap(
    workspaceId: $workspaceId
    range: $dayRange
    metric: $metric
    filter: $filter
  ) {
    from
    to
    thresholds
    cells {
      day
      count
      level
    }
  }
  byTool: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: PROVIDER
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byModel: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: MODEL
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byEditor: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: EDITOR
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byLanguage: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: LANGUAGE
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byFeature: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: FEATURE
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
  byTeam: breakdown(
    workspaceId: $workspaceId
    range: $range
    dimension: TEAM
    metric: $metric
    filter: $filter
  ) {
    ...Breakdown
  }
}
    fragment Figures on PeriodFigures {
  from
  to
  activeDays
  activeUsers
  dau
  wau
  mau
  currentStreak
  longestStreak
  topTool
  acceptanceRateByCount
  acceptanceRateByLines
  totals {
    interactions
    totalTokens
    costMillicents
    linesAdded
  }
}
fragment Series on UsageSeries {
  granularity
  from
  to
  metrics
  lines {
    provider
    points {
      start
      end
      values
    }
  }
}
fragment Breakdown on Breakdown {
  dimension
  metric
  total
  hiddenGroups
  rows {
    key
    value
    share
  }
  other {
    key
    value
    share
  }
}`) as unknown as TypedDocumentString<DashboardDataQuery, DashboardDataQueryVariables>;
export const DashboardDaysDocument = new TypedDocumentString(`
    query DashboardDays($workspaceId: ID!, $dayRange: DateRange!, $filter: UsageFilter, $metric: Metric!, $cardMetrics: [Metric!]!) {
  daily: usageSeries(
    workspaceId: $workspaceId
    range: $dayRange
    granularity: DAY
    metrics: $cardMetrics
    filter: $filter
  ) {
    ...Days
  }
  dailyByTool: usageSeries(
    workspaceId: $workspaceId
    range: $dayRange
    granularity: DAY
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Days
  }
  freshness: dataFreshness(
    workspaceId: $workspaceId
    range: $dayRange
    filter: $filter
  ) {
    integrations {
      integration {
        id
        provider
        displayName
      }
      lagDays
      days {
        day
        status
        reason
      }
    }
  }
}
    fragment Days on UsageSeries {
  lines {
    provider
    points {
      start
      values
    }
  }
}`) as unknown as TypedDocumentString<DashboardDaysQuery, DashboardDaysQueryVariables>;
export const DashboardPeopleDocument = new TypedDocumentString(`
    query DashboardPeople($workspaceId: ID!, $range: DateRange!, $filter: UsageFilter, $orderBy: Metric!, $first: Int!, $offset: Int!, $identities: Identities!) {
  people(
    workspaceId: $workspaceId
    range: $range
    filter: $filter
    orderBy: $orderBy
    first: $first
    offset: $offset
    identities: $identities
  ) {
    to
    total
    seats {
      assigned
      idle7Days
      idle30Days
    }
    rows {
      rank
      value
      subject {
        personId
        actorId
        label
      }
      tools {
        provider
        activeDays
        lastActiveDay
      }
      seats {
        provider
        plan
        lastActiveDay
        idle7Days
        idle30Days
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPeopleQuery, DashboardPeopleQueryVariables>;
export const DashboardUsageUpdatedDocument = new TypedDocumentString(`
    subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {
  usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {
    resyncRequired
    integrationId
    days
    series {
      metrics
      lines {
        points {
          start
          values
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardUsageUpdatedSubscription, DashboardUsageUpdatedSubscriptionVariables>;
export const DashboardSyncProgressDocument = new TypedDocumentString(`
    subscription DashboardSyncProgress($workspaceId: ID!) {
  syncProgress(workspaceId: $workspaceId) {
    resyncRequired
    kind
    integrationId
    days
    daysDone
    daysTotal
    error
  }
}
    `) as unknown as TypedDocumentString<DashboardSyncProgressSubscription, DashboardSyncProgressSubscriptionVariables>;
export const DashboardIntegrationChangedDocument = new TypedDocumentString(`
    subscription DashboardIntegrationChanged($workspaceId: ID!) {
  integrationChanged(workspaceId: $workspaceId) {
    resyncRequired
    integrationId
    change
  }
}
    `) as unknown as TypedDocumentString<DashboardIntegrationChangedSubscription, DashboardIntegrationChangedSubscriptionVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    isInstanceAdmin
  }
  workspaces {
    id
    name
    kind
    role
  }
  version
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($email: String!, $password: String!) {
  logIn(email: $email, password: $password) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($email: String!, $password: String!, $displayName: String!, $inviteToken: String, $setupCode: String) {
  signUp(
    email: $email
    password: $password
    displayName: $displayName
    inviteToken: $inviteToken
    setupCode: $setupCode
  ) {
    user {
      id
      isInstanceAdmin
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $new: String!) {
  changePassword(current: $current, new: $new)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AcceptInviteDocument = new TypedDocumentString(`
    mutation AcceptInvite($token: String!) {
  acceptInvite(token: $token) {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const CreateWorkspaceDocument = new TypedDocumentString(`
    mutation CreateWorkspace($name: String!) {
  createWorkspace(name: $name) {
    id
    name
    kind
    role
  }
}
    `) as unknown as TypedDocumentString<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($workspaceId: ID!) {
  members(workspaceId: $workspaceId) {
    role
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($workspaceId: ID!) {
  invitations(workspaceId: $workspaceId) {
    id
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
  inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
    id
    token
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetMemberRoleDocument = new TypedDocumentString(`
    mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
  setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
    role
  }
}
    `) as unknown as TypedDocumentString<SetMemberRoleMutation, SetMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
  removeMember(workspaceId: $workspaceId, userId: $userId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const WorkspaceSettingsDocument = new TypedDocumentString(`
    query WorkspaceSettings($id: ID!) {
  workspace(id: $id) {
    id
    name
    minGroupSize
    role
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSettingsQuery, WorkspaceSettingsQueryVariables>;
export const UpdateWorkspaceSettingsDocument = new TypedDocumentString(`
    mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {
  updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {
    id
    minGroupSize
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkspaceSettingsMutation, UpdateWorkspaceSettingsMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($workspaceId: ID!, $after: String) {
  auditLog(workspaceId: $workspaceId, first: 50, after: $after) {
    events {
      id
      at
      actor
      action
      targetKind
      targetId
      detail
    }
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!) {
  createApiToken(name: $name) {
    token
    apiToken {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const WorkspaceIntegrationsDocument = new TypedDocumentString(`
    query WorkspaceIntegrations($workspaceId: ID!) {
  integrations(workspaceId: $workspaceId) {
    id
    provider
    displayName
    scopeKind
    scopeSlug
    baseUrl
    secretHint
    status
    schedule
    nextSyncAt
    lastSyncedAt
    lastError
    needsAttention
    attentionReason
    lastRun {
      id
      status
      daysTotal
      daysDone
      daysFailed
      error
      startedAt
      finishedAt
    }
    failedDays {
      day
      state
      reason
      attempts
      maxAttempts
      nextRetryAt
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceIntegrationsQuery, WorkspaceIntegrationsQueryVariables>;
export const FreshnessDocument = new TypedDocumentString(`
    query Freshness($workspaceId: ID!, $range: DateRange) {
  dataFreshness(workspaceId: $workspaceId, range: $range) {
    from
    to
    integrations {
      integration {
        id
      }
      finalDays
      provisionalDays
      missingDays
      failedDays
      unavailableDays
      days {
        day
        status
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FreshnessQuery, FreshnessQueryVariables>;
export const SyncProgressDocument = new TypedDocumentString(`
    subscription SyncProgress($workspaceId: ID!) {
  syncProgress(workspaceId: $workspaceId) {
    kind
    resyncRequired
    integrationId
    runId
    daysDone
    daysTotal
    error
  }
}
    `) as unknown as TypedDocumentString<SyncProgressSubscription, SyncProgressSubscriptionVariables>;
export const IntegrationChangedDocument = new TypedDocumentString(`
    subscription IntegrationChanged($workspaceId: ID!) {
  integrationChanged(workspaceId: $workspaceId) {
    integrationId
    change
    resyncRequired
  }
}
    `) as unknown as TypedDocumentString<IntegrationChangedSubscription, IntegrationChangedSubscriptionVariables>;
export const ConnectIntegrationDocument = new TypedDocumentString(`
    mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
  connectIntegration(workspaceId: $workspaceId, input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ConnectIntegrationMutation, ConnectIntegrationMutationVariables>;
export const UpdateIntegrationDocument = new TypedDocumentString(`
    mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
  updateIntegration(id: $id, input: $input) {
    id
    status
    schedule
    secretHint
  }
}
    `) as unknown as TypedDocumentString<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>;
export const DisconnectIntegrationDocument = new TypedDocumentString(`
    mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
  disconnectIntegration(id: $id, keepData: $keepData)
}
    `) as unknown as TypedDocumentString<DisconnectIntegrationMutation, DisconnectIntegrationMutationVariables>;
export const SyncIntegrationDocument = new TypedDocumentString(`
    mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
  syncIntegration(id: $id, from: $from, to: $to) {
    id
    daysTotal
  }
}
    `) as unknown as TypedDocumentString<SyncIntegrationMutation, SyncIntegrationMutationVariables>;
export const RetryFailedDayDocument = new TypedDocumentString(`
    mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
  retryFailedDay(integrationId: $integrationId, day: $day) {
    id
  }
}
    `) as unknown as TypedDocumentString<RetryFailedDayMutation, RetryFailedDayMutationVariables>;
export const AcknowledgeFailedDayDocument = new TypedDocumentString(`
    mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
  acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
    day
    state
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeFailedDayMutation, AcknowledgeFailedDayMutationVariables>;
export const InstanceStateDocument = new TypedDocumentString(`
    query InstanceState {
  setupRequired
  sampleDataEnabled
}
    `) as unknown as TypedDocumentString<InstanceStateQuery, InstanceStateQueryVariables>;
export const LoadSampleDataDocument = new TypedDocumentString(`
    mutation LoadSampleData($workspaceId: ID!) {
  loadSampleData(workspaceId: $workspaceId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LoadSampleDataMutation, LoadSampleDataMutationVariables>;
export const PeopleAdminDocument = new TypedDocumentString(`
    query PeopleAdmin($workspaceId: ID!, $range: DateRange) {
  persons(workspaceId: $workspaceId) {
    id
    displayName
    email
    actors {
      id
      integrationId
      provider
      kind
      identifier
      displayName
      identityKind
    }
  }
  personLinkSuggestions(workspaceId: $workspaceId) {
    actor {
      id
      provider
      kind
      identifier
      displayName
    }
    person {
      id
      displayName
    }
    explanation
  }
  people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {
    rows {
      subject {
        personId
        label
        actor {
          id
          provider
          kind
          identifier
          displayName
          identityKind
        }
      }
      seats {
        provider
        plan
        lastActiveDay
        idle30Days
      }
    }
    seats {
      assigned
      idle7Days
      idle30Days
    }
  }
}
    `) as unknown as TypedDocumentString<PeopleAdminQuery, PeopleAdminQueryVariables>;
export const LinkActorDocument = new TypedDocumentString(`
    mutation LinkActor($actorId: ID!, $personId: ID!) {
  linkActor(actorId: $actorId, personId: $personId) {
    id
    personId
  }
}
    `) as unknown as TypedDocumentString<LinkActorMutation, LinkActorMutationVariables>;
export const UnlinkActorDocument = new TypedDocumentString(`
    mutation UnlinkActor($actorId: ID!) {
  unlinkActor(actorId: $actorId) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnlinkActorMutation, UnlinkActorMutationVariables>;
export const SetIdentityKindDocument = new TypedDocumentString(`
    mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {
  setIdentityKind(actorId: $actorId, kind: $kind) {
    id
    identityKind
  }
}
    `) as unknown as TypedDocumentString<SetIdentityKindMutation, SetIdentityKindMutationVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {
  createPerson(
    workspaceId: $workspaceId
    displayName: $displayName
    email: $email
  ) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const MergePeopleDocument = new TypedDocumentString(`
    mutation MergePeople($into: ID!, $from: ID!) {
  mergePeople(into: $into, from: $from) {
    id
  }
}
    `) as unknown as TypedDocumentString<MergePeopleMutation, MergePeopleMutationVariables>;
export const ShareCardsDocument = new TypedDocumentString(`
    query ShareCards($workspaceId: ID!) {
  shareCards(workspaceId: $workspaceId) {
    ...ShareCardRow
  }
}
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<ShareCardsQuery, ShareCardsQueryVariables>;
export const CreateShareCardDocument = new TypedDocumentString(`
    mutation CreateShareCard($input: CreateShareCardInput!) {
  createShareCard(input: $input) {
    card {
      ...ShareCardRow
    }
    url
    imageUrl
    downloadUrl
    linkedinShareUrl
    postText
  }
}
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateShareCardMutation, CreateShareCardMutationVariables>;
export const RevokeShareCardDocument = new TypedDocumentString(`
    mutation RevokeShareCard($id: ID!) {
  revokeShareCard(id: $id) {
    ...ShareCardRow
  }
}
    fragment ShareCardRow on ShareCard {
  id
  kind
  title
  figures
  createdAt
  expiresAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeShareCardMutation, RevokeShareCardMutationVariables>;