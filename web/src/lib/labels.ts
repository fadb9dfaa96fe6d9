// The words people read for the schema's enums, in one place: the API sends `PERSONAL`, `ADMIN`,
// `CLAUDE_CODE`; pages show "personal", "admin", "Claude Code". Keyed by the generated types, so
// a value the schema adds fails the type check here until it has a label. (An enum appears in
// `src/gql` once an operation selects it: add its labels here then, e.g. `Provider`.)
import type { Role, WorkspaceKind } from '../gql/graphql';

export const roleLabel: Record<Role, string> = {
  OWNER: 'owner',
  ADMIN: 'admin',
  MEMBER: 'member',
  VIEWER: 'viewer',
};

export const workspaceKindLabel: Record<WorkspaceKind, string> = {
  PERSONAL: 'personal',
  TEAM: 'team',
};
