import { AppError, AttachmentTooLargeError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { isAllowedUrl, type AllowList } from './hosts.ts';

/** Limits and the allow-list of one channel's downloader. */
export type DownloaderOptions = {
  allow: AllowList;
  /** Hard cap of one file; larger downloads throw AttachmentTooLargeError. Default 20 MiB. */
  maxBytes?: number;
  /** Whole-download deadline, redirects included. Default 20 s. */
  timeoutMs?: number;
  logger: Logger;
};

/** One download: the URL, headers for the first origin only, and whether an HTML page means failure. */
export type DownloadRequest = { url: string; headers?: Record<string, string>; rejectHtml?: boolean };

/** The bytes and the content type the server declared (recorded, never trusted). */
export type Downloaded = { bytes: Buffer; contentType?: string };

/** A bounded, allow-listed fetch of one attachment. */
export type Downloader = (request: DownloadRequest) => Promise<Downloaded>;

const MAX_REDIRECTS = 3;
const HTML_START = /^\s*<(!doctype html|html|head|body)[\s>]/i;

/**
 * Creates a downloader that fetches only from the allow-list (every redirect hop is checked too), sends credentials
 * only to the origin they were given for, and stops at the size cap and the deadline.
 * @example const download = createDownloader({ allow: { hosts: SLACK_FILE_HOSTS }, logger });
 *          const { bytes } = await download({ url, headers: { authorization: `Bearer ${token}` }, rejectHtml: true });
 */
export function createDownloader(options: DownloaderOptions): Downloader {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 20_000;
  return async (request) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await follow(request, options, signal);
      const contentType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
      if (request.rejectHtml && contentType === 'text/html') throw htmlPage();
      const bytes = await readCapped(response, maxBytes);
      if (request.rejectHtml && HTML_START.test(bytes.subarray(0, 64).toString('latin1'))) throw htmlPage();
      return contentType ? { bytes, contentType } : { bytes };
    } catch (error) {
      if (error instanceof AppError) throw error;
      const reason = signal.aborted ? 'download timed out' : 'download failed';
      throw new AppError('attachment_fetch_failed', reason, { cause: error });
    }
  };
}

async function follow(request: DownloadRequest, options: DownloaderOptions, signal: AbortSignal): Promise<Response> {
  const first = parseUrl(request.url);
  let url = first;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (!isAllowedUrl(url, options.allow)) {
      options.logger.warn({ host: url.host, protocol: url.protocol }, 'attachment download refused: host not allowed');
      throw new AppError('attachment_refused', `attachment host ${url.host} is not allowed`);
    }
    // fetch would forward or drop credentials on its own; following by hand keeps them on the origin they belong to
    const headers = url.origin === first.origin ? request.headers : undefined;
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      url = parseUrl(location, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new AppError('attachment_fetch_failed', `download answered HTTP ${response.status}`);
    }
    return response;
  }
  throw new AppError('attachment_fetch_failed', 'too many redirects');
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new AttachmentTooLargeError(maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AttachmentTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

function parseUrl(value: string, base?: URL): URL {
  try {
    return new URL(value, base);
  } catch (error) {
    throw new AppError('attachment_refused', 'attachment URL is malformed', { cause: error });
  }
}

function htmlPage(): AppError {
  return new AppError('attachment_fetch_failed', 'the file host answered with an HTML page (a login page?) instead of the file');
}
