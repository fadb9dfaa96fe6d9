// The dashboard's live connection: its state for the indicator (live / reconnecting / offline),
// taken from the graphql-ws client's events. The client reconnects by itself with randomised
// exponential backoff (graphql-ws' default `retryWait`) and re-subscribes; events sent while it
// was away are lost, so a reconnection counts as a resync: the dashboard refetches once.
import { subscriptions } from '../graphql';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

export const live = $state<{ state: LiveState; since: number }>({ state: 'connecting', since: Date.now() });

let watching: Promise<() => void> | undefined;
const reconnectListeners = new Set<() => void>();

/** Starts following the client's connection events (once per page). */
export function watchConnection(): void {
  watching ??= subscriptions().then((client) => {
    let connectedBefore = false;
    const offs = [
      client.on('connected', () => {
        live.state = 'live';
        live.since = Date.now();
        if (connectedBefore) reconnectListeners.forEach((listener) => listener());
        connectedBefore = true;
      }),
      client.on('closed', () => {
        if (connectedBefore && live.state !== 'reconnecting') {
          live.state = 'reconnecting';
          live.since = Date.now();
        }
      }),
      client.on('connecting', () => {
        if (!connectedBefore) live.state = 'connecting';
      }),
    ];
    return () => offs.forEach((off) => off());
  });
}

/** Calls `listener` after every reconnection (not the first connection); returns the unsubscriber. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}
