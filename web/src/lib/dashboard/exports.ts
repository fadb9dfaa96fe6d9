// Links to the server's exports (`/export/usage.csv`, `people.csv`, `daily.csv`, `report.pdf`),
// carrying the dashboard's view in the exports' own vocabulary (src/export/query.rs), so a file
// holds what the page shows. Plain links: the session cookie authenticates them, and the browser
// downloads them itself (no figures pass through this page's memory).
import type { BreakdownDimension } from '../../gql/graphql';
import type { Range, View } from './view';

export type ExportFile = 'usage.csv' | 'people.csv' | 'daily.csv' | 'report.pdf';

export interface ExportExtra {
  /** Rows per value of a dimension (usage.csv) instead of per bucket and tool. */
  breakdown?: BreakdownDimension;
  /** Start the CSV with a byte-order mark, so Excel reads it as UTF-8. */
  bom?: boolean;
  /** Paper size of the PDF report. */
  paper?: 'a4' | 'letter';
}

/** The address of one export of `view` in `workspaceId`. */
export function exportHref(file: ExportFile, workspaceId: string, view: View, range: Range, extra: ExportExtra = {}): string {
  const params = new URLSearchParams({ workspace: workspaceId, from: range.from, to: range.to });
  if (file === 'usage.csv') params.set('granularity', view.granularity);
  if (view.providers.length) params.set('tool', view.providers.join(','));
  if (view.integrations.length) params.set('integration', view.integrations.join(','));
  if (view.persons.length) params.set('person', view.persons.join(','));
  // One team per parameter: a repeated `team` keeps commas inside a name, a single one is a
  // comma list, so a lone name holding a comma is sent twice.
  const teams = view.teams.length === 1 && view.teams[0]!.includes(',') ? [view.teams[0]!, view.teams[0]!] : view.teams;
  for (const team of teams) params.append('team', team);
  if (file === 'people.csv' && view.identities !== 'HUMANS') params.set('identities', view.identities);
  if (extra.breakdown) params.set('breakdown', extra.breakdown);
  if (extra.bom) params.set('bom', '1');
  if (file === 'report.pdf' && extra.paper) params.set('paper', extra.paper);
  return `/export/${file}?${params}`;
}
