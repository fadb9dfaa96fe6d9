// The dashboard's GraphQL operations (typed by `npm run codegen` from `../schema.graphql`).
// One request loads every chart of a view (`DashboardData`); the people table pages on its own
// (`DashboardPeople`); live updates come over the WebSocket and change figures in place.
import { graphql } from '../graphql';

/** What the filters offer and what the charts explain: integrations, people, metric definitions. */
export const DashboardMeta = graphql(`
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
`);

/**
 * The charts of one view. `dayRange` is the range's per-day part (the last three years of a
 * longer one); `seriesRange` is `range`, or `dayRange` for a DAY series. The daily figures are
 * asked apart ([`DashboardDays`]), in parallel: together a three-year view would cost more than
 * one document may (`QUERY_TOO_COMPLEX`).
 */
export const DashboardData = graphql(`
  query DashboardData(
    $workspaceId: ID!
    $range: DateRange!
    $dayRange: DateRange!
    $seriesRange: DateRange!
    $filter: UsageFilter
    $granularity: Granularity!
    $metric: Metric!
  ) {
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
    heatmap: activityHeatmap(workspaceId: $workspaceId, range: $dayRange, metric: $metric, filter: $filter) {
      from
      to
      thresholds
      cells {
        day
        count
        level
      }
    }
    byTool: breakdown(workspaceId: $workspaceId, range: $range, dimension: PROVIDER, metric: $metric, filter: $filter) {
      ...Breakdown
    }
    byModel: breakdown(workspaceId: $workspaceId, range: $range, dimension: MODEL, metric: $metric, filter: $filter) {
      ...Breakdown
    }
    byEditor: breakdown(workspaceId: $workspaceId, range: $range, dimension: EDITOR, metric: $metric, filter: $filter) {
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
    byFeature: breakdown(workspaceId: $workspaceId, range: $range, dimension: FEATURE, metric: $metric, filter: $filter) {
      ...Breakdown
    }
    byTeam: breakdown(workspaceId: $workspaceId, range: $range, dimension: TEAM, metric: $metric, filter: $filter) {
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
  }
`);

/** The daily figures of a view: those the cards are kept live from (`cardMetrics`), the chosen
 * metric per tool, and each integration's day coverage (provisional, failed, unavailable days).
 * `Days` selects only what the cards use: a series is priced per point with its selection. */
export const DashboardDays = graphql(`
  query DashboardDays(
    $workspaceId: ID!
    $dayRange: DateRange!
    $filter: UsageFilter
    $metric: Metric!
    $cardMetrics: [Metric!]!
  ) {
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
    freshness: dataFreshness(workspaceId: $workspaceId, range: $dayRange, filter: $filter) {
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
  }
`);

/** A page of the people leaderboard (admins: everyone; members: themselves). */
export const DashboardPeople = graphql(`
  query DashboardPeople(
    $workspaceId: ID!
    $range: DateRange!
    $filter: UsageFilter
    $orderBy: Metric!
    $first: Int!
    $offset: Int!
    $identities: Identities!
  ) {
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
`);

/** New daily figures after a sync committed days. */
export const DashboardUsageUpdated = graphql(`
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
`);

/** Sync runs of the workspace, as they happen. */
export const DashboardSyncProgress = graphql(`
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
`);

/** Integrations connected, changed or needing attention. */
export const DashboardIntegrationChanged = graphql(`
  subscription DashboardIntegrationChanged($workspaceId: ID!) {
    integrationChanged(workspaceId: $workspaceId) {
      resyncRequired
      integrationId
      change
    }
  }
`);
