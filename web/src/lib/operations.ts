// Every GraphQL operation the app sends, in one place. `npm run codegen` reads this file and types
// each document from `../schema.graphql`; a document the schema no longer accepts fails the check.
import { graphql } from './graphql';

export const Me = graphql(`
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
`);

export const LogIn = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`);

export const SignUp = graphql(`
  mutation SignUp(
    $email: String!
    $password: String!
    $displayName: String!
    $inviteToken: String
    $setupCode: String
  ) {
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
`);

export const LogOut = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const ChangePassword = graphql(`
  mutation ChangePassword($current: String!, $new: String!) {
    changePassword(current: $current, new: $new)
  }
`);

export const AcceptInvite = graphql(`
  mutation AcceptInvite($token: String!) {
    acceptInvite(token: $token) {
      id
      name
      role
    }
  }
`);

export const CreateWorkspace = graphql(`
  mutation CreateWorkspace($name: String!) {
    createWorkspace(name: $name) {
      id
      name
      kind
      role
    }
  }
`);

export const Members = graphql(`
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
`);

export const Invitations = graphql(`
  query Invitations($workspaceId: ID!) {
    invitations(workspaceId: $workspaceId) {
      id
      email
      role
      expiresAt
    }
  }
`);

export const InviteMember = graphql(`
  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {
    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {
      id
      token
      email
      role
      expiresAt
    }
  }
`);

export const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);
