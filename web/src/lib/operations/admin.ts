// Operations of the members, settings, audit log and API token pages.
import { graphql } from '../graphql';

export const SetMemberRole = graphql(`
  mutation SetMemberRole($workspaceId: ID!, $userId: ID!, $role: Role!) {
    setMemberRole(workspaceId: $workspaceId, userId: $userId, role: $role) {
      role
    }
  }
`);

export const RemoveMember = graphql(`
  mutation RemoveMember($workspaceId: ID!, $userId: ID!) {
    removeMember(workspaceId: $workspaceId, userId: $userId)
  }
`);

export const WorkspaceSettings = graphql(`
  query WorkspaceSettings($id: ID!) {
    workspace(id: $id) {
      id
      name
      minGroupSize
      role
    }
  }
`);

export const UpdateWorkspaceSettings = graphql(`
  mutation UpdateWorkspaceSettings($workspaceId: ID!, $minGroupSize: Int!) {
    updateWorkspaceSettings(workspaceId: $workspaceId, minGroupSize: $minGroupSize) {
      id
      minGroupSize
    }
  }
`);

export const AuditLog = graphql(`
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
`);

export const ApiTokens = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiToken = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
      }
    }
  }
`);

export const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);
