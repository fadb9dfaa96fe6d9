// Runs graphql-http's server audit (the GraphQL-over-HTTP spec's MUST / SHOULD / MAY checks) against
// a running server and prints every result as one JSON array on stdout.
// Usage: node audit.mjs http://HOST/graphql
import { auditServer } from 'graphql-http';

const [url] = process.argv.slice(2);
const results = await auditServer({ url });
const out = [];
for (const result of results) {
  const entry = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    entry.reason = result.reason;
    try {
      entry.response = await result.response.text();
    } catch {
      entry.response = null;
    }
  }
  out.push(entry);
}
console.log(JSON.stringify(out));
