/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/**
 * Inclusive UTC days. Missing `to` is today (UTC); missing `from` is 89 days before `to` (90 days
 * in all). At most three years (1,096 days).
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
  filter?: UsageFilter | null | undefined;
  granularity: Granularity;
  metric: Metric;
  cardMetrics: Array<Metric> | Metric;
}>;


export type DashboardDataQuery = { summary: { current: { from: string | null, to: string | null, activeDays: number, activeUsers: number, dau: number, wau: number, mau: number, currentStreak: number, longestStreak: number, topTool: Provider | null, acceptanceRateByCount: number | null, acceptanceRateByLines: number | null, totals: { interactions: string | null, totalTokens: string | null, costMillicents: string | null, linesAdded: string | null } }, previous: { from: string | null, to: string | null, activeDays: number, activeUsers: number, dau: number, wau: number, mau: number, currentStreak: number, longestStreak: number, topTool: Provider | null, acceptanceRateByCount: number | null, acceptanceRateByLines: number | null, totals: { interactions: string | null, totalTokens: string | null, costMillicents: string | null, linesAdded: string | null } } }, series: { granularity: Granularity, from: string, to: string, metrics: Array<Metric>, lines: Array<{ provider: Provider | null, points: Array<{ start: string, end: string, values: Array<string | null> }> }> }, daily: { granularity: Granularity, from: string, to: string, metrics: Array<Metric>, lines: Array<{ provider: Provider | null, points: Array<{ start: string, end: string, values: Array<string | null> }> }> }, dailyByTool: { granularity: Granularity, from: string, to: string, metrics: Array<Metric>, lines: Array<{ provider: Provider | null, points: Array<{ start: string, end: string, values: Array<string | null> }> }> }, heatmap: { from: string, to: string, thresholds: Array<string>, cells: Array<{ day: string, count: string | null, level: number }> }, byTool: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byModel: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byEditor: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byLanguage: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byFeature: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, byTeam: { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null }, freshness: { integrations: Array<{ lagDays: number, integration: { id: string, provider: Provider, displayName: string }, days: Array<{ day: string, status: DayStatus, reason: string | null }> }> } };

export type FiguresFragment = { from: string | null, to: string | null, activeDays: number, activeUsers: number, dau: number, wau: number, mau: number, currentStreak: number, longestStreak: number, topTool: Provider | null, acceptanceRateByCount: number | null, acceptanceRateByLines: number | null, totals: { interactions: string | null, totalTokens: string | null, costMillicents: string | null, linesAdded: string | null } };

export type SeriesFragment = { granularity: Granularity, from: string, to: string, metrics: Array<Metric>, lines: Array<{ provider: Provider | null, points: Array<{ start: string, end: string, values: Array<string | null> }> }> };

export type BreakdownFragment = { dimension: BreakdownDimension, metric: Metric, total: string | null, hiddenGroups: number, rows: Array<{ key: string, value: string | null, share: number | null }>, other: { key: string, value: string | null, share: number | null } | null };

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
    query DashboardData($workspaceId: ID!, $range: DateRange!, $filter: UsageFilter, $granularity: Granularity!, $metric: Metric!, $cardMetrics: [Metric!]!) {
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
    range: $range
    granularity: $granularity
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Series
  }
  daily: usageSeries(
    workspaceId: $workspaceId
    range: $range
    granularity: DAY
    metrics: $cardMetrics
    filter: $filter
  ) {
    ...Series
  }
  dailyByTool: usageSeries(
    workspaceId: $workspaceId
    range: $range
    granularity: DAY
    metrics: [$metric]
    splitByProvider: true
    filter: $filter
  ) {
    ...Series
  }
  heatmap: activityHeatmap(
    workspaceId: $workspaceId
    range: $range
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
  freshness: dataFreshness(
    workspaceId: $workspaceId
    range: $range
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