/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Where a failed day stands. */
export type FailedDayState =
  /** An admin accepted the gap (day status `UNAVAILABLE`); never retried automatically. */
  | 'ACKNOWLEDGED'
  /** Every automatic attempt failed (day status `UNAVAILABLE`); an admin may still retry it. */
  | 'GIVEN_UP'
  /** Retried automatically from `nextRetryAt` (day status `FAILED`). */
  | 'RETRYING';

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { version: string, me: { id: string, email: string, displayName: string, isInstanceAdmin: boolean }, workspaces: Array<{ id: string, name: string, kind: string, role: Role }> };

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


export type CreateWorkspaceMutation = { createWorkspace: { id: string, name: string, kind: string, role: Role } };

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


export type WorkspaceIntegrationsQuery = { integrations: Array<{ id: string, provider: string, displayName: string, scopeKind: string | null, scopeSlug: string | null, baseUrl: string | null, secretHint: string, status: string, schedule: string, nextSyncAt: string | null, lastSyncedAt: string | null, lastError: string | null, needsAttention: boolean, attentionReason: string | null, lastRun: { id: string, status: string, daysTotal: number, daysDone: number, daysFailed: number, error: string | null, startedAt: string, finishedAt: string | null } | null, failedDays: Array<{ day: string, state: FailedDayState, reason: string, attempts: number, maxAttempts: number, nextRetryAt: string | null }> }> };

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


export type UpdateIntegrationMutation = { updateIntegration: { id: string, status: string, schedule: string, secretHint: string } };

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


export type PeopleAdminQuery = { persons: Array<{ id: string, displayName: string, email: string | null, actors: Array<{ id: string, integrationId: string, provider: string, kind: string, identifier: string, displayName: string | null, identityKind: IdentityKind }> }>, personLinkSuggestions: Array<{ explanation: string, actor: { id: string, provider: string, kind: string, identifier: string, displayName: string | null }, person: { id: string, displayName: string } }>, people: { rows: Array<{ subject: { personId: string | null, label: string, actor: { id: string, provider: string, kind: string, identifier: string, displayName: string | null, identityKind: IdentityKind } | null }, seats: Array<{ provider: Provider, plan: string | null, lastActiveDay: string | null, idle30Days: boolean }> }>, seats: { assigned: number, idle7Days: number, idle30Days: number } } };

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