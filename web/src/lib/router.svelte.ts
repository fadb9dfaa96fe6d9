// Client-side routes. Each page is its own chunk (a dynamic import), so a route loads only its
// own code: the login page never loads the dashboard's. The server answers every unknown path
// that accepts HTML with index.html, so any of these URLs can be opened or reloaded directly.
import type { Component } from 'svelte';

export interface Route {
  /** Which page. */
  name: string;
  /** Path parameters, e.g. `{ workspaceId: '3' }`. */
  params: Record<string, string>;
  /** Needs a logged-in user. */
  private: boolean;
  load: () => Promise<{ default: Component<any> }>;
}

interface RouteDef {
  name: string;
  pattern: RegExp;
  keys: string[];
  private: boolean;
  load: Route['load'];
}

/** Pages of a workspace at `/w/:id/<name>` (each its own chunk: Vite needs literal imports). */
const workspacePages: Record<string, Route['load']> = {
  connect: () => import('../routes/Connect.svelte'),
  integrations: () => import('../routes/Integrations.svelte'),
  people: () => import('../routes/People.svelte'),
  settings: () => import('../routes/Settings.svelte'),
  audit: () => import('../routes/AuditLog.svelte'),
};

const defs: RouteDef[] = [
  { name: 'login', pattern: /^\/login$/, keys: [], private: false, load: () => import('../routes/Login.svelte') },
  { name: 'setup', pattern: /^\/setup$/, keys: [], private: false, load: () => import('../routes/FirstRun.svelte') },
  { name: 'invite', pattern: /^\/invite$/, keys: [], private: false, load: () => import('../routes/Invite.svelte') },
  { name: 'home', pattern: /^\/$/, keys: [], private: true, load: () => import('../routes/Home.svelte') },
  { name: 'account', pattern: /^\/account$/, keys: [], private: true, load: () => import('../routes/Account.svelte') },
  {
    name: 'new-workspace',
    pattern: /^\/workspaces\/new$/,
    keys: [],
    private: true,
    load: () => import('../routes/NewWorkspace.svelte'),
  },
  {
    name: 'workspace',
    pattern: /^\/w\/([^/]+)$/,
    keys: ['workspaceId'],
    private: true,
    load: () => import('../routes/Dashboard.svelte'),
  },
  {
    name: 'members',
    pattern: /^\/w\/([^/]+)\/members$/,
    keys: ['workspaceId'],
    private: true,
    load: () => import('../routes/Members.svelte'),
  },
  ...Object.entries(workspacePages).map(([name, load]) => ({
    name,
    pattern: new RegExp(`^/w/([^/]+)/${name}$`),
    keys: ['workspaceId'],
    private: true,
    load,
  })),
];

const notFound: RouteDef = {
  name: 'not-found',
  pattern: /$^/,
  keys: [],
  private: false,
  load: () => import('../routes/NotFound.svelte'),
};

function match(path: string): Route {
  for (const def of defs) {
    const found = def.pattern.exec(path);
    if (found) {
      const params: Record<string, string> = {};
      def.keys.forEach((key, i) => (params[key] = decodeURIComponent(found[i + 1] ?? '')));
      return { name: def.name, params, private: def.private, load: def.load };
    }
  }
  return { name: notFound.name, params: {}, private: false, load: notFound.load };
}

export const router = $state({ route: match(location.pathname), path: location.pathname });

/** Goes to `to` (a path with optional query and hash) without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  sync();
}

function sync(): void {
  router.path = location.pathname;
  router.route = match(location.pathname);
}

addEventListener('popstate', sync);

/** Same-origin links navigate in the app (one listener for the whole document). */
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.external !== undefined) return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/graphiql')) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

/** Where to go after logging in: `?next=` when it is a path of this app (never another site). */
export function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
