// The one GraphQL client module: typed documents (generated into `src/gql/` from
// `../schema.graphql`) over HTTP with the session cookie, and subscriptions over graphql-ws.
// Errors keep the API's `extensions.code`, which pages turn into messages (`describeError`).
import type { Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';

export { graphql } from '../gql';

/** A GraphQL error as the API sends it: a message and a machine-readable code. */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  constructor(message: string, code: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
}

interface GraphQLErrorJson {
  message: string;
  extensions?: { code?: string; field?: string };
}

interface ResponseJson<T> {
  data?: T | null;
  errors?: GraphQLErrorJson[];
}

function toError(errors: GraphQLErrorJson[]): ApiError {
  const first = errors[0];
  return new ApiError(
    first?.message ?? 'request failed',
    first?.extensions?.code ?? 'INTERNAL',
    first?.extensions?.field,
  );
}

/**
 * Runs a query or mutation. The session cookie (HttpOnly, set by `logIn`/`signUp`) authenticates
 * it; the browser adds the `Origin` header the server's cross-site check wants.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('The service cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  let body: ResponseJson<TResult>;
  try {
    body = (await response.json()) as ResponseJson<TResult>;
  } catch {
    throw new ApiError(`The service answered ${response.status} without a GraphQL body.`, 'INTERNAL');
  }
  if (body.errors?.length) throw toError(body.errors);
  if (body.data == null) throw new ApiError('The service sent no data.', 'INTERNAL');
  return body.data;
}

let wsClient: Promise<Client> | undefined;
let socketOpen = false;

/** The graphql-ws client, created on first use (the login route never loads it). */
export function subscriptions(): Promise<Client> {
  wsClient ??= import('graphql-ws').then(({ createClient }) => {
    const client = createClient({
      url: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql/ws`,
      // No token in the payload: the server authenticates the socket by the session cookie.
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
    });
    client.on('connected', () => (socketOpen = true));
    client.on('closed', () => (socketOpen = false));
    return client;
  });
  return wsClient;
}

/**
 * Subscribes; returns the function that ends the subscription. `onConnected` runs once the live
 * connection is up (and again after each reconnect): what happened before it was missed, so
 * that is when to refetch.
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
  onError: (error: ApiError) => void = () => {},
  onConnected?: () => void,
): () => void {
  let dispose: (() => void) | undefined;
  let stopListening: (() => void) | undefined;
  let ended = false;
  void subscriptions().then((client) => {
    if (ended) return;
    if (onConnected) {
      stopListening = client.on('connected', () => onConnected());
      if (socketOpen) queueMicrotask(onConnected);
    }
    dispose = client.subscribe<TResult>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors?.length) onError(toError(result.errors as GraphQLErrorJson[]));
          else if (result.data) onData(result.data);
        },
        error: () => onError(new ApiError('The live connection failed.', 'NETWORK')),
        complete: () => {},
      },
    );
  });
  return () => {
    ended = true;
    stopListening?.();
    dispose?.();
  };
}

/** Ends the live connection (after log-out, whose token the socket was opened with). */
export async function closeSubscriptions(): Promise<void> {
  if (!wsClient) return;
  const client = await wsClient;
  wsClient = undefined;
  await client.dispose();
}

/** A sentence for people, from an API error. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  switch (error.code) {
    case 'FORBIDDEN':
      return 'You do not have permission to do this here. Ask an admin of this workspace if you need access.';
    case 'UNAUTHENTICATED':
      return error.message === 'wrong email or password'
        ? 'Wrong email or password.'
        : 'Your session has ended. Log in again.';
    case 'RATE_LIMITED':
      return 'Too many attempts. Wait a minute and try again.';
    case 'NOT_FOUND':
      return 'This does not exist, or you cannot see it.';
    case 'NETWORK':
      return error.message;
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
    case 'SHARE_CARDS_DISABLED':
      return capitalise(error.message);
    default:
      return 'The service had a problem. Try again in a moment.';
  }
}

function capitalise(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
