// What the connect form asks for each tool, and where a person finds it. Facts from the vendors'
// documentation (see /work/shared/providers in the project's notes): the key, where it is
// created, the scope it needs.
import type { ProviderKey } from './labels';

export interface ProviderForm {
  key: ProviderKey;
  /** What the vendor calls the credential. */
  keyLabel: string;
  /** Where it is created and which scope it needs (shown under the field). */
  keyHelp: string;
  /** What a key looks like, for the placeholder. */
  keyPlaceholder: string;
  /** The default name on the dashboard. */
  defaultName: string;
  /** Copilot: an organization or an enterprise slug is needed. */
  needsScope: boolean;
  /** The public API root (what the base URL replaces). */
  publicBaseUrl: string;
}

export const PROVIDER_FORMS: ProviderForm[] = [
  {
    key: 'claude_code',
    keyLabel: 'Admin API key',
    keyHelp:
      'An organization admin creates it in the Claude Console under Settings → Admin keys (it starts with sk-ant-admin01-). Workspace API keys do not work.',
    keyPlaceholder: 'sk-ant-admin01-…',
    defaultName: 'Claude Code',
    needsScope: false,
    publicBaseUrl: 'https://api.anthropic.com',
  },
  {
    key: 'copilot',
    keyLabel: 'GitHub token',
    keyHelp:
      'For an organization: a classic token with read:org, or a fine-grained token with the “Organization Copilot metrics” permission (read). For an enterprise: a classic token with manage_billing:copilot or read:enterprise. Create it under GitHub → Settings → Developer settings → Personal access tokens.',
    keyPlaceholder: 'ghp_… or github_pat_…',
    defaultName: 'GitHub Copilot',
    needsScope: true,
    publicBaseUrl: 'https://api.github.com',
  },
  {
    key: 'cursor',
    keyLabel: 'Admin API key',
    keyHelp:
      'A team admin creates it in the Cursor dashboard under Settings → API keys, with the admin:* scope (it starts with crsr_).',
    keyPlaceholder: 'crsr_…',
    defaultName: 'Cursor',
    needsScope: false,
    publicBaseUrl: 'https://api.cursor.com',
  },
];

/** The field a refusal belongs next to. */
export type ConnectField = 'key' | 'slug' | 'baseUrl' | 'schedule' | 'name' | 'form';

/**
 * Where a `connectIntegration` error is shown: the vendor's refusal of the key next to the key,
 * an unknown organization next to its slug, a host the operator did not allow next to the base
 * URL. A plain role refusal (`FORBIDDEN` without a host) belongs to the whole form.
 */
export function fieldOf(code: string, message: string, needsScope: boolean): ConnectField {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return 'key';
    case 'POLICY_DISABLED':
    case 'NOT_FOUND':
      return needsScope ? 'slug' : 'key';
    case 'FORBIDDEN':
      return /host|URL|address/i.test(message) ? 'baseUrl' : 'form';
    case 'BAD_USER_INPUT':
      if (/schedule|cron/i.test(message)) return 'schedule';
      if (/baseUrl|base URL|http/i.test(message)) return 'baseUrl';
      if (/display name/i.test(message)) return 'name';
      if (/organization|enterprise/i.test(message)) return 'slug';
      if (/key/i.test(message)) return 'key';
      return 'form';
    default:
      return 'form';
  }
}

/** A sentence for a refusal shown at its field. */
export function refusalText(code: string, message: string): string {
  const said = message.replace(/^the vendor check failed: /, '');
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return `The vendor refused this key (INVALID_CREDENTIALS): ${said}. Check that it is an admin key and was copied whole.`;
    case 'POLICY_DISABLED':
      return `The vendor has this data switched off (POLICY_DISABLED): ${said}. An owner must enable the usage metrics policy.`;
    case 'NOT_FOUND':
      return `The vendor does not know this account (NOT_FOUND): ${said}.`;
    case 'FORBIDDEN':
      return `This address is not allowed (FORBIDDEN): ${said.replace(/^not allowed: /, '')}.`;
    default:
      return `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
  }
}
