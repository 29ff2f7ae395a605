/**
 * Where a channel's attachments may be downloaded from. `hosts` are HTTPS host names, a leading `*.` matches any
 * subdomain; `origins` are exact origins (scheme, host and port) and exist so tests can point at a local fake server
 * without widening the production patterns.
 */
export type AllowList = { hosts: readonly string[]; origins?: readonly string[] };

/** Slack's file hosts: `url_private(_download)` and thumbnails (docs.slack.dev, "Working with files"). */
export const SLACK_FILE_HOSTS: readonly string[] = ['files.slack.com', '*.slack-edge.com', 'slack-files.com', '*.slack-files.com'];

/**
 * Bot Framework hosts, the only ones the bot's own token may be sent to: pasted images live on the connector service
 * (`smba.trafficmanager.net`, `*.botframework.com`), historically on the Skype media service (`*.asm.skype.com`).
 */
export const BOT_FRAMEWORK_HOSTS: readonly string[] = ['smba.trafficmanager.net', '*.botframework.com', '*.asm.skype.com'];

/**
 * Teams attachment hosts: the Bot Framework hosts plus pre-authorized file `downloadUrl`s (SharePoint / OneDrive,
 * Microsoft Graph), which are fetched without credentials.
 */
export const TEAMS_FILE_HOSTS: readonly string[] = [...BOT_FRAMEWORK_HOSTS, '*.sharepoint.com', 'graph.microsoft.com'];

/** Whether `url` may be fetched under `allow`: HTTPS to an allowed host, or one of the exact extra origins. */
export function isAllowedUrl(url: URL, allow: AllowList): boolean {
  if (allow.origins?.includes(url.origin)) return true;
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return allow.hosts.some((pattern) => matchesHost(host, pattern.toLowerCase()));
}

function matchesHost(host: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const suffix = pattern.slice(1);
  return host.endsWith(suffix) && host.length > suffix.length;
}
