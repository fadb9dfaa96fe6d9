// Operations of the connect and integrations pages (see ../operations.ts for the rest).
import { graphql } from '../graphql';

export const WorkspaceIntegrations = graphql(`
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
`);

export const Freshness = graphql(`
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
`);

export const SyncProgress = graphql(`
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
`);

export const IntegrationChanged = graphql(`
  subscription IntegrationChanged($workspaceId: ID!) {
    integrationChanged(workspaceId: $workspaceId) {
      integrationId
      change
      resyncRequired
    }
  }
`);

export const ConnectIntegration = graphql(`
  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {
    connectIntegration(workspaceId: $workspaceId, input: $input) {
      id
      displayName
    }
  }
`);

export const UpdateIntegration = graphql(`
  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {
    updateIntegration(id: $id, input: $input) {
      id
      status
      schedule
      secretHint
    }
  }
`);

export const DisconnectIntegration = graphql(`
  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {
    disconnectIntegration(id: $id, keepData: $keepData)
  }
`);

export const SyncIntegration = graphql(`
  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {
    syncIntegration(id: $id, from: $from, to: $to) {
      id
      daysTotal
    }
  }
`);

export const RetryFailedDay = graphql(`
  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {
    retryFailedDay(integrationId: $integrationId, day: $day) {
      id
    }
  }
`);

export const AcknowledgeFailedDay = graphql(`
  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {
    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {
      day
      state
    }
  }
`);

export const InstanceState = graphql(`
  query InstanceState {
    setupRequired
    sampleDataEnabled
  }
`);

export const LoadSampleData = graphql(`
  mutation LoadSampleData($workspaceId: ID!) {
    loadSampleData(workspaceId: $workspaceId) {
      id
    }
  }
`);
