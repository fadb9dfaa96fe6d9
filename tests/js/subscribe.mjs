// Subscribes to syncProgress with the reference graphql-ws client and prints the first result as
// one JSON line. Usage: node subscribe.mjs ws://HOST/graphql/ws TOKEN WORKSPACE_ID
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, workspaceId] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
  retryAttempts: 0,
});
const timer = setTimeout(() => {
  console.error('timed out waiting for an event');
  process.exit(2);
}, 15000);
client.subscribe(
  {
    query: 'subscription($w: ID!) { syncProgress(workspaceId: $w) { kind runId days } }',
    variables: { w: workspaceId },
  },
  {
    next: (result) => {
      console.log(JSON.stringify(result));
      clearTimeout(timer);
      client.dispose();
      process.exit(0);
    },
    error: (err) => {
      console.error('subscription error', err);
      process.exit(1);
    },
    complete: () => {},
  },
);
// Tell the test the subscription is on its way.
console.error('subscribed');
