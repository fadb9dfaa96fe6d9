// Who is logged in and their workspaces, loaded once per page load and after log-in/log-out.
import { ApiError, closeSubscriptions, request } from './graphql';
import { LogOut, Me } from './operations';
import { InstanceState } from './operations/integrations';
import type { MeQuery } from '../gql/graphql';

export type Workspace = MeQuery['workspaces'][number];
export type User = MeQuery['me'];

export const session = $state<{
  loaded: boolean;
  user: User | null;
  workspaces: Workspace[];
  version: string;
  error: string | null;
  /** No account exists yet: private pages lead to the first-run page. */
  setupRequired: boolean;
  /** The operator allows "Try it with sample data". */
  sampleDataEnabled: boolean;
}>({
  loaded: false,
  user: null,
  workspaces: [],
  version: '',
  error: null,
  setupRequired: false,
  sampleDataEnabled: false,
});

/** (Re)loads the caller. An `UNAUTHENTICATED` answer means: nobody is logged in. */
export async function loadSession(): Promise<void> {
  const instance = request(InstanceState).then(
    (state) => {
      session.setupRequired = state.setupRequired;
      session.sampleDataEnabled = state.sampleDataEnabled;
    },
    () => {},
  );
  try {
    const data = await request(Me);
    session.user = data.me;
    session.workspaces = data.workspaces;
    session.version = data.version;
    session.error = null;
  } catch (error) {
    session.user = null;
    session.workspaces = [];
    session.error = error instanceof ApiError && error.code === 'UNAUTHENTICATED' ? null : String(error);
  }
  await instance;
  session.loaded = true;
}

export async function logOut(): Promise<void> {
  try {
    await request(LogOut);
  } finally {
    await closeSubscriptions();
    session.user = null;
    session.workspaces = [];
  }
}

const ROLE_RANK = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 } as const;

/** Whether `role` is at least `least`. */
export function atLeast(role: Workspace['role'] | undefined, least: Workspace['role']): boolean {
  return role !== undefined && ROLE_RANK[role] >= ROLE_RANK[least];
}

/** The workspace the reader last chose (kept per browser), else their first. */
export function currentWorkspace(id?: string): Workspace | undefined {
  const wanted = id ?? localStorage.getItem('ai-usage-workspace') ?? undefined;
  return session.workspaces.find((w) => w.id === wanted) ?? session.workspaces[0];
}

export function rememberWorkspace(id: string): void {
  localStorage.setItem('ai-usage-workspace', id);
}
