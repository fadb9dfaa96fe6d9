import{q as e}from"./app-CtcUiM3r.js";var t=e(`
  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
      role
    }
  }
`),n=e(`
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
    removeMember(workspaceId: $workspaceId, userId: $userId)
  }
`),r=e(`
  query WorkspaceSettings($id: ID!) {
    workspace(id: $id) {
      id
      name
      minGroupSize
      role
    }
  }
`),i=e(`
  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {
    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {
      id
      minGroupSize
    }
  }
`),a=e(`
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
`),o=e(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`),s=e(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
      }
    }
  }
`),c=e(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);export{c as a,r as c,n as i,a as n,t as o,s as r,i as s,o as t};