import type { TurnContext } from 'botbuilder';
import type { Downloader } from '../../src/attachments/download.ts';
import { BOT_FRAMEWORK_HOSTS, isAllowedUrl } from '../../src/attachments/hosts.ts';
import { AppError, asAppError } from '../../src/errors.ts';
import type { InlineImage } from './normalize.ts';

type Signer = { signRequest(resource: { headers: { set(name: string, value: string): void } }): Promise<unknown> };

/**
 * The `Authorization` header the bot's own credentials put on a connector request (none when authentication is off).
 * Pasted images live on the connector service and need it; the turn's connector client holds the credentials.
 */
export async function botAuthorization(context: TurnContext): Promise<string | undefined> {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as { credentials?: Partial<Signer> } | undefined;
  if (!client?.credentials?.signRequest) return undefined;
  let header: string | undefined;
  await client.credentials.signRequest({ headers: { set: (name, value) => { if (name.toLowerCase() === 'authorization') header = value; } } });
  return header;
}

/** Where a pasted image comes from and how to sign a request to a Bot Framework host. */
export type ImageSource = { serviceUrl?: string; authorization: () => Promise<string | undefined> };

/**
 * Whether the bot's token may go with a request to `url`: only the activity's own connector (`serviceUrl` origin) and
 * the Bot Framework hosts. SharePoint / OneDrive URLs are pre-authorized and any tenant can host one, so never those.
 * @example isBotFrameworkUrl('https://smba.trafficmanager.net/amer/v3/attachments/1/views/original', serviceUrl) // true
 */
export function isBotFrameworkUrl(url: string, serviceUrl: string | undefined): boolean {
  if (!URL.canParse(url)) return false;
  const connector = serviceUrl && URL.canParse(serviceUrl) ? [new URL(serviceUrl).origin] : [];
  return isAllowedUrl(new URL(url), { hosts: BOT_FRAMEWORK_HOSTS, origins: connector });
}

/** A pre-authorized Teams file download (`downloadUrl`): a plain GET, never with the bot's token. */
export const readTeamsFile = (download: Downloader) => async (downloadUrl: string): Promise<Buffer> =>
  (await download({ url: downloadUrl, rejectHtml: true })).bytes;

/** Pasted images fetched before the turn: bytes (or the refusal / size error the dialog reports) by URL, and the failures. */
export type PrefetchedImages = { results: Map<string, Buffer | AppError>; failed: InlineImage[] };

/**
 * Fetches pasted images up front (with the bot's token only on Bot Framework hosts), with one retry (Teams intermittently answers 401/403 for valid tokens), so a failed
 * download can be answered with "send it as a file" before the dialog sees the message.
 */
export async function prefetchImages(images: readonly InlineImage[], download: Downloader, source: ImageSource): Promise<PrefetchedImages> {
  const results = new Map<string, Buffer | AppError>();
  const failed: InlineImage[] = [];
  for (const image of images) {
    try {
      results.set(image.contentUrl, await fetchImage(image.contentUrl, download, source));
    } catch (error) {
      const appError = asAppError(error, 'attachment_fetch_failed');
      if (appError.code === 'attachment_fetch_failed') failed.push(image);
      else results.set(image.contentUrl, appError);
    }
  }
  return { results, failed };
}

/** The reader of a prefetched image: its bytes, or the error it failed with. */
export const readPrefetched = (prefetched: PrefetchedImages) => async (contentUrl: string): Promise<Buffer> => {
  const result = prefetched.results.get(contentUrl);
  if (Buffer.isBuffer(result)) return result;
  throw result ?? new AppError('attachment_fetch_failed', 'pasted image was not fetched');
};

async function fetchImage(url: string, download: Downloader, source: ImageSource): Promise<Buffer> {
  const signed = isBotFrameworkUrl(url, source.serviceUrl);
  const attempt = async () => {
    const auth = signed ? await source.authorization() : undefined;
    return (await download({ url, rejectHtml: true, ...(auth ? { headers: { authorization: auth } } : {}) })).bytes;
  };
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'attachment_fetch_failed') throw error;
    return attempt();
  }
}
