/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A personal workspace belongs to one account; a team workspace has members. */
export type WorkspaceKind =
  /** Made with an account, deleted with it; its only member is its owner. */
  | 'PERSONAL'
  /** Made by an account; owners, admins, members and viewers. */
  | 'TEAM';

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