// GraphiQL, bundled: no CDN. The Monaco editor's workers come from the build (setup-workers/vite).
// Requests carry the session cookie (same origin); subscriptions use graphql-ws on /graphql/ws,
// which the server also authenticates by that cookie.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { applyTheme, themeChoice } from '../lib/theme';

// The app's theme: the system preference, or the reader's choice in the app (then GraphiQL
// follows it too; with "system" GraphiQL follows the system by itself).
applyTheme();
const choice = themeChoice();

const wsUrl = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql/ws`;
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  wsClient: createClient({ url: wsUrl, lazy: true }),
});

const defaultQuery = `# Queries run as the account you are logged in with (session cookie).
# Open the docs (book icon) for every type and field.
{
  health
  version
}
`;

// `/graphiql?query=…` opens with that document (links from the docs and the app).
const initialQuery = new URLSearchParams(location.search).get('query') ?? undefined;

const target = document.getElementById('graphiql');
if (!target) throw new Error('graphiql.html has no #graphiql element');
createRoot(target).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    ...(initialQuery ? { initialQuery } : {}),
    ...(choice === 'system' ? {} : { forcedTheme: choice }),
  }),
);
