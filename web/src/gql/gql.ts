/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: \"Metric\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: \"PeriodFigures\") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n": typeof types.DashboardMetaDocument,
    "\n  query DashboardData(\n    $workspaceId: ID!\n    $range: DateRange!\n    $dayRange: DateRange!\n    $seriesRange: DateRange!\n    $filter: UsageFilter\n    $granularity: Granularity!\n    $metric: Metric!\n  ) {\n    summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {\n      current {\n        ...Figures\n      }\n      previous {\n        ...Figures\n      }\n    }\n    series: usageSeries(\n      workspaceId: $workspaceId\n      range: $seriesRange\n      granularity: $granularity\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Series\n    }\n    heatmap: activityHeatmap(workspaceId: $workspaceId, range: $dayRange, metric: $metric, filter: $filter) {\n      from\n      to\n      thresholds\n      cells {\n        day\n        count\n        level\n      }\n    }\n    byTool: breakdown(workspaceId: $workspaceId, range: $range, dimension: PROVIDER, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byModel: breakdown(workspaceId: $workspaceId, range: $range, dimension: MODEL, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byEditor: breakdown(workspaceId: $workspaceId, range: $range, dimension: EDITOR, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byLanguage: breakdown(\n      workspaceId: $workspaceId\n      range: $range\n      dimension: LANGUAGE\n      metric: $metric\n      filter: $filter\n    ) {\n      ...Breakdown\n    }\n    byFeature: breakdown(workspaceId: $workspaceId, range: $range, dimension: FEATURE, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byTeam: breakdown(workspaceId: $workspaceId, range: $range, dimension: TEAM, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n  }\n\n  fragment Figures on PeriodFigures {\n    from\n    to\n    activeDays\n    activeUsers\n    dau\n    wau\n    mau\n    currentStreak\n    longestStreak\n    topTool\n    acceptanceRateByCount\n    acceptanceRateByLines\n    totals {\n      interactions\n      totalTokens\n      costMillicents\n      linesAdded\n    }\n  }\n\n  fragment Series on UsageSeries {\n    granularity\n    from\n    to\n    metrics\n    lines {\n      provider\n      points {\n        start\n        end\n        values\n      }\n    }\n  }\n\n  fragment Breakdown on Breakdown {\n    dimension\n    metric\n    total\n    hiddenGroups\n    rows {\n      key\n      value\n      share\n    }\n    other {\n      key\n      value\n      share\n    }\n  }\n": typeof types.DashboardDataDocument,
    "\n  query DashboardDays(\n    $workspaceId: ID!\n    $dayRange: DateRange!\n    $filter: UsageFilter\n    $metric: Metric!\n    $cardMetrics: [Metric!]!\n  ) {\n    daily: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: $cardMetrics\n      filter: $filter\n    ) {\n      ...Days\n    }\n    dailyByTool: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Days\n    }\n    freshness: dataFreshness(workspaceId: $workspaceId, range: $dayRange, filter: $filter) {\n      integrations {\n        integration {\n          id\n          provider\n          displayName\n        }\n        lagDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n\n  fragment Days on UsageSeries {\n    lines {\n      provider\n      points {\n        start\n        values\n      }\n    }\n  }\n": typeof types.DashboardDaysDocument,
    "\n  query DashboardPeople(\n    $workspaceId: ID!\n    $range: DateRange!\n    $filter: UsageFilter\n    $orderBy: Metric!\n    $first: Int!\n    $offset: Int!\n    $identities: Identities!\n  ) {\n    people(\n      workspaceId: $workspaceId\n      range: $range\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      offset: $offset\n      identities: $identities\n    ) {\n      to\n      total\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n      rows {\n        rank\n        value\n        subject {\n          personId\n          actorId\n          label\n        }\n        tools {\n          provider\n          activeDays\n          lastActiveDay\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle7Days\n          idle30Days\n        }\n      }\n    }\n  }\n": typeof types.DashboardPeopleDocument,
    "\n  subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {\n    usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {\n      resyncRequired\n      integrationId\n      days\n      series {\n        metrics\n        lines {\n          points {\n            start\n            values\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardUsageUpdatedDocument,
    "\n  subscription DashboardSyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      resyncRequired\n      kind\n      integrationId\n      days\n      daysDone\n      daysTotal\n      error\n    }\n  }\n": typeof types.DashboardSyncProgressDocument,
    "\n  subscription DashboardIntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      resyncRequired\n      integrationId\n      change\n    }\n  }\n": typeof types.DashboardIntegrationChangedDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isInstanceAdmin\n    }\n    workspaces {\n      id\n      name\n      kind\n      role\n    }\n    version\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $displayName: String!\n    $inviteToken: String\n    $setupCode: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      displayName: $displayName\n      inviteToken: $inviteToken\n      setupCode: $setupCode\n    ) {\n      user {\n        id\n        isInstanceAdmin\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation AcceptInvite($token: String!) {\n    acceptInvite(token: $token) {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      kind\n      role\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query Members($workspaceId: ID!) {\n    members(workspaceId: $workspaceId) {\n      role\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query WorkspaceSettings($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      minGroupSize\n      role\n    }\n  }\n": typeof types.WorkspaceSettingsDocument,
    "\n  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {\n    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {\n      id\n      minGroupSize\n    }\n  }\n": typeof types.UpdateWorkspaceSettingsDocument,
    "\n  query AuditLog($workspaceId: ID!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: 50, after: $after) {\n      events {\n        id\n        at\n        actor\n        action\n        targetKind\n        targetId\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query WorkspaceIntegrations($workspaceId: ID!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      scopeKind\n      scopeSlug\n      baseUrl\n      secretHint\n      status\n      schedule\n      nextSyncAt\n      lastSyncedAt\n      lastError\n      needsAttention\n      attentionReason\n      lastRun {\n        id\n        status\n        daysTotal\n        daysDone\n        daysFailed\n        error\n        startedAt\n        finishedAt\n      }\n      failedDays {\n        day\n        state\n        reason\n        attempts\n        maxAttempts\n        nextRetryAt\n      }\n    }\n  }\n": typeof types.WorkspaceIntegrationsDocument,
    "\n  query Freshness($workspaceId: ID!, $range: DateRange) {\n    dataFreshness(workspaceId: $workspaceId, range: $range) {\n      from\n      to\n      integrations {\n        integration {\n          id\n        }\n        finalDays\n        provisionalDays\n        missingDays\n        failedDays\n        unavailableDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n": typeof types.FreshnessDocument,
    "\n  subscription SyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      kind\n      resyncRequired\n      integrationId\n      runId\n      daysDone\n      daysTotal\n      error\n    }\n  }\n": typeof types.SyncProgressDocument,
    "\n  subscription IntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      integrationId\n      change\n      resyncRequired\n    }\n  }\n": typeof types.IntegrationChangedDocument,
    "\n  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {\n    connectIntegration(workspaceId: $workspaceId, input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.ConnectIntegrationDocument,
    "\n  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {\n    updateIntegration(id: $id, input: $input) {\n      id\n      status\n      schedule\n      secretHint\n    }\n  }\n": typeof types.UpdateIntegrationDocument,
    "\n  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {\n    disconnectIntegration(id: $id, keepData: $keepData)\n  }\n": typeof types.DisconnectIntegrationDocument,
    "\n  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {\n    syncIntegration(id: $id, from: $from, to: $to) {\n      id\n      daysTotal\n    }\n  }\n": typeof types.SyncIntegrationDocument,
    "\n  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    retryFailedDay(integrationId: $integrationId, day: $day) {\n      id\n    }\n  }\n": typeof types.RetryFailedDayDocument,
    "\n  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {\n      day\n      state\n    }\n  }\n": typeof types.AcknowledgeFailedDayDocument,
    "\n  query InstanceState {\n    setupRequired\n    sampleDataEnabled\n  }\n": typeof types.InstanceStateDocument,
    "\n  mutation LoadSampleData($workspaceId: ID!) {\n    loadSampleData(workspaceId: $workspaceId) {\n      id\n    }\n  }\n": typeof types.LoadSampleDataDocument,
    "\n  query PeopleAdmin($workspaceId: ID!, $range: DateRange) {\n    persons(workspaceId: $workspaceId) {\n      id\n      displayName\n      email\n      actors {\n        id\n        integrationId\n        provider\n        kind\n        identifier\n        displayName\n        identityKind\n      }\n    }\n    personLinkSuggestions(workspaceId: $workspaceId) {\n      actor {\n        id\n        provider\n        kind\n        identifier\n        displayName\n      }\n      person {\n        id\n        displayName\n      }\n      explanation\n    }\n    people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {\n      rows {\n        subject {\n          personId\n          label\n          actor {\n            id\n            provider\n            kind\n            identifier\n            displayName\n            identityKind\n          }\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle30Days\n        }\n      }\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n    }\n  }\n": typeof types.PeopleAdminDocument,
    "\n  mutation LinkActor($actorId: ID!, $personId: ID!) {\n    linkActor(actorId: $actorId, personId: $personId) {\n      id\n      personId\n    }\n  }\n": typeof types.LinkActorDocument,
    "\n  mutation UnlinkActor($actorId: ID!) {\n    unlinkActor(actorId: $actorId) {\n      id\n    }\n  }\n": typeof types.UnlinkActorDocument,
    "\n  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {\n    setIdentityKind(actorId: $actorId, kind: $kind) {\n      id\n      identityKind\n    }\n  }\n": typeof types.SetIdentityKindDocument,
    "\n  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {\n    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation MergePeople($into: ID!, $from: ID!) {\n    mergePeople(into: $into, from: $from) {\n      id\n    }\n  }\n": typeof types.MergePeopleDocument,
    "\n  query ShareCards($workspaceId: ID!) {\n    shareCards(workspaceId: $workspaceId) {\n      ...ShareCardRow\n    }\n  }\n\n  fragment ShareCardRow on ShareCard {\n    id\n    kind\n    title\n    figures\n    createdAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.ShareCardsDocument,
    "\n  mutation CreateShareCard($input: CreateShareCardInput!) {\n    createShareCard(input: $input) {\n      card {\n        ...ShareCardRow\n      }\n      url\n      imageUrl\n      downloadUrl\n      linkedinShareUrl\n      postText\n    }\n  }\n": typeof types.CreateShareCardDocument,
    "\n  mutation RevokeShareCard($id: ID!) {\n    revokeShareCard(id: $id) {\n      ...ShareCardRow\n    }\n  }\n": typeof types.RevokeShareCardDocument,
};
const documents: Documents = {
    "\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: \"Metric\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: \"PeriodFigures\") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n": types.DashboardMetaDocument,
    "\n  query DashboardData(\n    $workspaceId: ID!\n    $range: DateRange!\n    $dayRange: DateRange!\n    $seriesRange: DateRange!\n    $filter: UsageFilter\n    $granularity: Granularity!\n    $metric: Metric!\n  ) {\n    summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {\n      current {\n        ...Figures\n      }\n      previous {\n        ...Figures\n      }\n    }\n    series: usageSeries(\n      workspaceId: $workspaceId\n      range: $seriesRange\n      granularity: $granularity\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Series\n    }\n    heatmap: activityHeatmap(workspaceId: $workspaceId, range: $dayRange, metric: $metric, filter: $filter) {\n      from\n      to\n      thresholds\n      cells {\n        day\n        count\n        level\n      }\n    }\n    byTool: breakdown(workspaceId: $workspaceId, range: $range, dimension: PROVIDER, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byModel: breakdown(workspaceId: $workspaceId, range: $range, dimension: MODEL, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byEditor: breakdown(workspaceId: $workspaceId, range: $range, dimension: EDITOR, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byLanguage: breakdown(\n      workspaceId: $workspaceId\n      range: $range\n      dimension: LANGUAGE\n      metric: $metric\n      filter: $filter\n    ) {\n      ...Breakdown\n    }\n    byFeature: breakdown(workspaceId: $workspaceId, range: $range, dimension: FEATURE, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byTeam: breakdown(workspaceId: $workspaceId, range: $range, dimension: TEAM, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n  }\n\n  fragment Figures on PeriodFigures {\n    from\n    to\n    activeDays\n    activeUsers\n    dau\n    wau\n    mau\n    currentStreak\n    longestStreak\n    topTool\n    acceptanceRateByCount\n    acceptanceRateByLines\n    totals {\n      interactions\n      totalTokens\n      costMillicents\n      linesAdded\n    }\n  }\n\n  fragment Series on UsageSeries {\n    granularity\n    from\n    to\n    metrics\n    lines {\n      provider\n      points {\n        start\n        end\n        values\n      }\n    }\n  }\n\n  fragment Breakdown on Breakdown {\n    dimension\n    metric\n    total\n    hiddenGroups\n    rows {\n      key\n      value\n      share\n    }\n    other {\n      key\n      value\n      share\n    }\n  }\n": types.DashboardDataDocument,
    "\n  query DashboardDays(\n    $workspaceId: ID!\n    $dayRange: DateRange!\n    $filter: UsageFilter\n    $metric: Metric!\n    $cardMetrics: [Metric!]!\n  ) {\n    daily: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: $cardMetrics\n      filter: $filter\n    ) {\n      ...Days\n    }\n    dailyByTool: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Days\n    }\n    freshness: dataFreshness(workspaceId: $workspaceId, range: $dayRange, filter: $filter) {\n      integrations {\n        integration {\n          id\n          provider\n          displayName\n        }\n        lagDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n\n  fragment Days on UsageSeries {\n    lines {\n      provider\n      points {\n        start\n        values\n      }\n    }\n  }\n": types.DashboardDaysDocument,
    "\n  query DashboardPeople(\n    $workspaceId: ID!\n    $range: DateRange!\n    $filter: UsageFilter\n    $orderBy: Metric!\n    $first: Int!\n    $offset: Int!\n    $identities: Identities!\n  ) {\n    people(\n      workspaceId: $workspaceId\n      range: $range\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      offset: $offset\n      identities: $identities\n    ) {\n      to\n      total\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n      rows {\n        rank\n        value\n        subject {\n          personId\n          actorId\n          label\n        }\n        tools {\n          provider\n          activeDays\n          lastActiveDay\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle7Days\n          idle30Days\n        }\n      }\n    }\n  }\n": types.DashboardPeopleDocument,
    "\n  subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {\n    usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {\n      resyncRequired\n      integrationId\n      days\n      series {\n        metrics\n        lines {\n          points {\n            start\n            values\n          }\n        }\n      }\n    }\n  }\n": types.DashboardUsageUpdatedDocument,
    "\n  subscription DashboardSyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      resyncRequired\n      kind\n      integrationId\n      days\n      daysDone\n      daysTotal\n      error\n    }\n  }\n": types.DashboardSyncProgressDocument,
    "\n  subscription DashboardIntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      resyncRequired\n      integrationId\n      change\n    }\n  }\n": types.DashboardIntegrationChangedDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isInstanceAdmin\n    }\n    workspaces {\n      id\n      name\n      kind\n      role\n    }\n    version\n  }\n": types.MeDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $displayName: String!\n    $inviteToken: String\n    $setupCode: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      displayName: $displayName\n      inviteToken: $inviteToken\n      setupCode: $setupCode\n    ) {\n      user {\n        id\n        isInstanceAdmin\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation AcceptInvite($token: String!) {\n    acceptInvite(token: $token) {\n      id\n      name\n      role\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      kind\n      role\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query Members($workspaceId: ID!) {\n    members(workspaceId: $workspaceId) {\n      role\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  query WorkspaceSettings($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      minGroupSize\n      role\n    }\n  }\n": types.WorkspaceSettingsDocument,
    "\n  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {\n    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {\n      id\n      minGroupSize\n    }\n  }\n": types.UpdateWorkspaceSettingsDocument,
    "\n  query AuditLog($workspaceId: ID!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: 50, after: $after) {\n      events {\n        id\n        at\n        actor\n        action\n        targetKind\n        targetId\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query WorkspaceIntegrations($workspaceId: ID!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      scopeKind\n      scopeSlug\n      baseUrl\n      secretHint\n      status\n      schedule\n      nextSyncAt\n      lastSyncedAt\n      lastError\n      needsAttention\n      attentionReason\n      lastRun {\n        id\n        status\n        daysTotal\n        daysDone\n        daysFailed\n        error\n        startedAt\n        finishedAt\n      }\n      failedDays {\n        day\n        state\n        reason\n        attempts\n        maxAttempts\n        nextRetryAt\n      }\n    }\n  }\n": types.WorkspaceIntegrationsDocument,
    "\n  query Freshness($workspaceId: ID!, $range: DateRange) {\n    dataFreshness(workspaceId: $workspaceId, range: $range) {\n      from\n      to\n      integrations {\n        integration {\n          id\n        }\n        finalDays\n        provisionalDays\n        missingDays\n        failedDays\n        unavailableDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n": types.FreshnessDocument,
    "\n  subscription SyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      kind\n      resyncRequired\n      integrationId\n      runId\n      daysDone\n      daysTotal\n      error\n    }\n  }\n": types.SyncProgressDocument,
    "\n  subscription IntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      integrationId\n      change\n      resyncRequired\n    }\n  }\n": types.IntegrationChangedDocument,
    "\n  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {\n    connectIntegration(workspaceId: $workspaceId, input: $input) {\n      id\n      displayName\n    }\n  }\n": types.ConnectIntegrationDocument,
    "\n  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {\n    updateIntegration(id: $id, input: $input) {\n      id\n      status\n      schedule\n      secretHint\n    }\n  }\n": types.UpdateIntegrationDocument,
    "\n  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {\n    disconnectIntegration(id: $id, keepData: $keepData)\n  }\n": types.DisconnectIntegrationDocument,
    "\n  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {\n    syncIntegration(id: $id, from: $from, to: $to) {\n      id\n      daysTotal\n    }\n  }\n": types.SyncIntegrationDocument,
    "\n  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    retryFailedDay(integrationId: $integrationId, day: $day) {\n      id\n    }\n  }\n": types.RetryFailedDayDocument,
    "\n  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {\n      day\n      state\n    }\n  }\n": types.AcknowledgeFailedDayDocument,
    "\n  query InstanceState {\n    setupRequired\n    sampleDataEnabled\n  }\n": types.InstanceStateDocument,
    "\n  mutation LoadSampleData($workspaceId: ID!) {\n    loadSampleData(workspaceId: $workspaceId) {\n      id\n    }\n  }\n": types.LoadSampleDataDocument,
    "\n  query PeopleAdmin($workspaceId: ID!, $range: DateRange) {\n    persons(workspaceId: $workspaceId) {\n      id\n      displayName\n      email\n      actors {\n        id\n        integrationId\n        provider\n        kind\n        identifier\n        displayName\n        identityKind\n      }\n    }\n    personLinkSuggestions(workspaceId: $workspaceId) {\n      actor {\n        id\n        provider\n        kind\n        identifier\n        displayName\n      }\n      person {\n        id\n        displayName\n      }\n      explanation\n    }\n    people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {\n      rows {\n        subject {\n          personId\n          label\n          actor {\n            id\n            provider\n            kind\n            identifier\n            displayName\n            identityKind\n          }\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle30Days\n        }\n      }\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n    }\n  }\n": types.PeopleAdminDocument,
    "\n  mutation LinkActor($actorId: ID!, $personId: ID!) {\n    linkActor(actorId: $actorId, personId: $personId) {\n      id\n      personId\n    }\n  }\n": types.LinkActorDocument,
    "\n  mutation UnlinkActor($actorId: ID!) {\n    unlinkActor(actorId: $actorId) {\n      id\n    }\n  }\n": types.UnlinkActorDocument,
    "\n  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {\n    setIdentityKind(actorId: $actorId, kind: $kind) {\n      id\n      identityKind\n    }\n  }\n": types.SetIdentityKindDocument,
    "\n  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {\n    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {\n      id\n      displayName\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation MergePeople($into: ID!, $from: ID!) {\n    mergePeople(into: $into, from: $from) {\n      id\n    }\n  }\n": types.MergePeopleDocument,
    "\n  query ShareCards($workspaceId: ID!) {\n    shareCards(workspaceId: $workspaceId) {\n      ...ShareCardRow\n    }\n  }\n\n  fragment ShareCardRow on ShareCard {\n    id\n    kind\n    title\n    figures\n    createdAt\n    expiresAt\n    revokedAt\n  }\n": types.ShareCardsDocument,
    "\n  mutation CreateShareCard($input: CreateShareCardInput!) {\n    createShareCard(input: $input) {\n      card {\n        ...ShareCardRow\n      }\n      url\n      imageUrl\n      downloadUrl\n      linkedinShareUrl\n      postText\n    }\n  }\n": types.CreateShareCardDocument,
    "\n  mutation RevokeShareCard($id: ID!) {\n    revokeShareCard(id: $id) {\n      ...ShareCardRow\n    }\n  }\n": types.RevokeShareCardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMeta($workspaceId: ID!, $isAdmin: Boolean!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      status\n      historyHorizon\n      createdAt\n      lastSyncedAt\n      needsAttention\n      attentionReason\n    }\n    persons(workspaceId: $workspaceId) @include(if: $isAdmin) {\n      id\n      displayName\n    }\n    teams: breakdown(workspaceId: $workspaceId, dimension: TEAM, top: 1000) {\n      rows {\n        key\n      }\n    }\n    metricType: __type(name: \"Metric\") {\n      enumValues {\n        name\n        description\n      }\n    }\n    figuresType: __type(name: \"PeriodFigures\") {\n      fields {\n        name\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardMetaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardData(\n    $workspaceId: ID!\n    $range: DateRange!\n    $dayRange: DateRange!\n    $seriesRange: DateRange!\n    $filter: UsageFilter\n    $granularity: Granularity!\n    $metric: Metric!\n  ) {\n    summary: usageSummary(workspaceId: $workspaceId, range: $range, filter: $filter) {\n      current {\n        ...Figures\n      }\n      previous {\n        ...Figures\n      }\n    }\n    series: usageSeries(\n      workspaceId: $workspaceId\n      range: $seriesRange\n      granularity: $granularity\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Series\n    }\n    heatmap: activityHeatmap(workspaceId: $workspaceId, range: $dayRange, metric: $metric, filter: $filter) {\n      from\n      to\n      thresholds\n      cells {\n        day\n        count\n        level\n      }\n    }\n    byTool: breakdown(workspaceId: $workspaceId, range: $range, dimension: PROVIDER, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byModel: breakdown(workspaceId: $workspaceId, range: $range, dimension: MODEL, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byEditor: breakdown(workspaceId: $workspaceId, range: $range, dimension: EDITOR, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byLanguage: breakdown(\n      workspaceId: $workspaceId\n      range: $range\n      dimension: LANGUAGE\n      metric: $metric\n      filter: $filter\n    ) {\n      ...Breakdown\n    }\n    byFeature: breakdown(workspaceId: $workspaceId, range: $range, dimension: FEATURE, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n    byTeam: breakdown(workspaceId: $workspaceId, range: $range, dimension: TEAM, metric: $metric, filter: $filter) {\n      ...Breakdown\n    }\n  }\n\n  fragment Figures on PeriodFigures {\n    from\n    to\n    activeDays\n    activeUsers\n    dau\n    wau\n    mau\n    currentStreak\n    longestStreak\n    topTool\n    acceptanceRateByCount\n    acceptanceRateByLines\n    totals {\n      interactions\n      totalTokens\n      costMillicents\n      linesAdded\n    }\n  }\n\n  fragment Series on UsageSeries {\n    granularity\n    from\n    to\n    metrics\n    lines {\n      provider\n      points {\n        start\n        end\n        values\n      }\n    }\n  }\n\n  fragment Breakdown on Breakdown {\n    dimension\n    metric\n    total\n    hiddenGroups\n    rows {\n      key\n      value\n      share\n    }\n    other {\n      key\n      value\n      share\n    }\n  }\n"): typeof import('./graphql').DashboardDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDays(\n    $workspaceId: ID!\n    $dayRange: DateRange!\n    $filter: UsageFilter\n    $metric: Metric!\n    $cardMetrics: [Metric!]!\n  ) {\n    daily: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: $cardMetrics\n      filter: $filter\n    ) {\n      ...Days\n    }\n    dailyByTool: usageSeries(\n      workspaceId: $workspaceId\n      range: $dayRange\n      granularity: DAY\n      metrics: [$metric]\n      splitByProvider: true\n      filter: $filter\n    ) {\n      ...Days\n    }\n    freshness: dataFreshness(workspaceId: $workspaceId, range: $dayRange, filter: $filter) {\n      integrations {\n        integration {\n          id\n          provider\n          displayName\n        }\n        lagDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n\n  fragment Days on UsageSeries {\n    lines {\n      provider\n      points {\n        start\n        values\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPeople(\n    $workspaceId: ID!\n    $range: DateRange!\n    $filter: UsageFilter\n    $orderBy: Metric!\n    $first: Int!\n    $offset: Int!\n    $identities: Identities!\n  ) {\n    people(\n      workspaceId: $workspaceId\n      range: $range\n      filter: $filter\n      orderBy: $orderBy\n      first: $first\n      offset: $offset\n      identities: $identities\n    ) {\n      to\n      total\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n      rows {\n        rank\n        value\n        subject {\n          personId\n          actorId\n          label\n        }\n        tools {\n          provider\n          activeDays\n          lastActiveDay\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle7Days\n          idle30Days\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardUsageUpdated($workspaceId: ID!, $metrics: [Metric!]!, $filter: UsageFilter) {\n    usageUpdated(workspaceId: $workspaceId, metrics: $metrics, filter: $filter) {\n      resyncRequired\n      integrationId\n      days\n      series {\n        metrics\n        lines {\n          points {\n            start\n            values\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardUsageUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardSyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      resyncRequired\n      kind\n      integrationId\n      days\n      daysDone\n      daysTotal\n      error\n    }\n  }\n"): typeof import('./graphql').DashboardSyncProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardIntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      resyncRequired\n      integrationId\n      change\n    }\n  }\n"): typeof import('./graphql').DashboardIntegrationChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      isInstanceAdmin\n    }\n    workspaces {\n      id\n      name\n      kind\n      role\n    }\n    version\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp(\n    $email: String!\n    $password: String!\n    $displayName: String!\n    $inviteToken: String\n    $setupCode: String\n  ) {\n    signUp(\n      email: $email\n      password: $password\n      displayName: $displayName\n      inviteToken: $inviteToken\n      setupCode: $setupCode\n    ) {\n      user {\n        id\n        isInstanceAdmin\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): typeof import('./graphql').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($token: String!) {\n    acceptInvite(token: $token) {\n      id\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').AcceptInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(name: $name) {\n      id\n      name\n      kind\n      role\n    }\n  }\n"): typeof import('./graphql').CreateWorkspaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($workspaceId: ID!) {\n    members(workspaceId: $workspaceId) {\n      role\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($workspaceId: ID!) {\n    invitations(workspaceId: $workspaceId) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      token\n      email\n      role\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {\n    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {\n      role\n    }\n  }\n"): typeof import('./graphql').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {\n    removeMember(workspaceId: $workspaceId, userId: $userId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSettings($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      minGroupSize\n      role\n    }\n  }\n"): typeof import('./graphql').WorkspaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {\n    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {\n      id\n      minGroupSize\n    }\n  }\n"): typeof import('./graphql').UpdateWorkspaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($workspaceId: ID!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: 50, after: $after) {\n      events {\n        id\n        at\n        actor\n        action\n        targetKind\n        targetId\n        detail\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceIntegrations($workspaceId: ID!) {\n    integrations(workspaceId: $workspaceId) {\n      id\n      provider\n      displayName\n      scopeKind\n      scopeSlug\n      baseUrl\n      secretHint\n      status\n      schedule\n      nextSyncAt\n      lastSyncedAt\n      lastError\n      needsAttention\n      attentionReason\n      lastRun {\n        id\n        status\n        daysTotal\n        daysDone\n        daysFailed\n        error\n        startedAt\n        finishedAt\n      }\n      failedDays {\n        day\n        state\n        reason\n        attempts\n        maxAttempts\n        nextRetryAt\n      }\n    }\n  }\n"): typeof import('./graphql').WorkspaceIntegrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Freshness($workspaceId: ID!, $range: DateRange) {\n    dataFreshness(workspaceId: $workspaceId, range: $range) {\n      from\n      to\n      integrations {\n        integration {\n          id\n        }\n        finalDays\n        provisionalDays\n        missingDays\n        failedDays\n        unavailableDays\n        days {\n          day\n          status\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FreshnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SyncProgress($workspaceId: ID!) {\n    syncProgress(workspaceId: $workspaceId) {\n      kind\n      resyncRequired\n      integrationId\n      runId\n      daysDone\n      daysTotal\n      error\n    }\n  }\n"): typeof import('./graphql').SyncProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IntegrationChanged($workspaceId: ID!) {\n    integrationChanged(workspaceId: $workspaceId) {\n      integrationId\n      change\n      resyncRequired\n    }\n  }\n"): typeof import('./graphql').IntegrationChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectIntegration($workspaceId: ID!, $input: ConnectIntegrationInput!) {\n    connectIntegration(workspaceId: $workspaceId, input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ConnectIntegrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) {\n    updateIntegration(id: $id, input: $input) {\n      id\n      status\n      schedule\n      secretHint\n    }\n  }\n"): typeof import('./graphql').UpdateIntegrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectIntegration($id: ID!, $keepData: Boolean!) {\n    disconnectIntegration(id: $id, keepData: $keepData)\n  }\n"): typeof import('./graphql').DisconnectIntegrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncIntegration($id: ID!, $from: NaiveDate, $to: NaiveDate) {\n    syncIntegration(id: $id, from: $from, to: $to) {\n      id\n      daysTotal\n    }\n  }\n"): typeof import('./graphql').SyncIntegrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    retryFailedDay(integrationId: $integrationId, day: $day) {\n      id\n    }\n  }\n"): typeof import('./graphql').RetryFailedDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeFailedDay($integrationId: ID!, $day: NaiveDate!) {\n    acknowledgeFailedDay(integrationId: $integrationId, day: $day) {\n      day\n      state\n    }\n  }\n"): typeof import('./graphql').AcknowledgeFailedDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstanceState {\n    setupRequired\n    sampleDataEnabled\n  }\n"): typeof import('./graphql').InstanceStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoadSampleData($workspaceId: ID!) {\n    loadSampleData(workspaceId: $workspaceId) {\n      id\n    }\n  }\n"): typeof import('./graphql').LoadSampleDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleAdmin($workspaceId: ID!, $range: DateRange) {\n    persons(workspaceId: $workspaceId) {\n      id\n      displayName\n      email\n      actors {\n        id\n        integrationId\n        provider\n        kind\n        identifier\n        displayName\n        identityKind\n      }\n    }\n    personLinkSuggestions(workspaceId: $workspaceId) {\n      actor {\n        id\n        provider\n        kind\n        identifier\n        displayName\n      }\n      person {\n        id\n        displayName\n      }\n      explanation\n    }\n    people(workspaceId: $workspaceId, range: $range, first: 1000, identities: ALL) {\n      rows {\n        subject {\n          personId\n          label\n          actor {\n            id\n            provider\n            kind\n            identifier\n            displayName\n            identityKind\n          }\n        }\n        seats {\n          provider\n          plan\n          lastActiveDay\n          idle30Days\n        }\n      }\n      seats {\n        assigned\n        idle7Days\n        idle30Days\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkActor($actorId: ID!, $personId: ID!) {\n    linkActor(actorId: $actorId, personId: $personId) {\n      id\n      personId\n    }\n  }\n"): typeof import('./graphql').LinkActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkActor($actorId: ID!) {\n    unlinkActor(actorId: $actorId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnlinkActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdentityKind($actorId: ID!, $kind: IdentityKind!) {\n    setIdentityKind(actorId: $actorId, kind: $kind) {\n      id\n      identityKind\n    }\n  }\n"): typeof import('./graphql').SetIdentityKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($workspaceId: ID!, $displayName: String!, $email: String) {\n    createPerson(workspaceId: $workspaceId, displayName: $displayName, email: $email) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergePeople($into: ID!, $from: ID!) {\n    mergePeople(into: $into, from: $from) {\n      id\n    }\n  }\n"): typeof import('./graphql').MergePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareCards($workspaceId: ID!) {\n    shareCards(workspaceId: $workspaceId) {\n      ...ShareCardRow\n    }\n  }\n\n  fragment ShareCardRow on ShareCard {\n    id\n    kind\n    title\n    figures\n    createdAt\n    expiresAt\n    revokedAt\n  }\n"): typeof import('./graphql').ShareCardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareCard($input: CreateShareCardInput!) {\n    createShareCard(input: $input) {\n      card {\n        ...ShareCardRow\n      }\n      url\n      imageUrl\n      downloadUrl\n      linkedinShareUrl\n      postText\n    }\n  }\n"): typeof import('./graphql').CreateShareCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareCard($id: ID!) {\n    revokeShareCard(id: $id) {\n      ...ShareCardRow\n    }\n  }\n"): typeof import('./graphql').RevokeShareCardDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
