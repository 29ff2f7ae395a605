import type { webApi } from '@slack/bolt';
import type { Downloader } from '../../src/attachments/download.ts';
import { AppError } from '../../src/errors.ts';
import { SlackFile, type SlackFileReader } from './normalize.ts';

/**
 * Creates the reader behind a Slack attachment's `read()`: asks `files.info` when the event carried no URL
 * (Slack Connect's `file_access: check_file_info`), then downloads `url_private_download` with the bot token through
 * the bounded, allow-listed downloader, refusing an HTML login page in place of the file.
 */
export function createSlackFileReader(client: webApi.WebClient, token: string, download: Downloader): SlackFileReader {
  return async (file) => {
    const resolved = downloadUrl(file) ? file : await fileInfo(client, file.id);
    const url = downloadUrl(resolved);
    if (!url) throw new AppError('attachment_fetch_failed', 'Slack gave no download URL for the file');
    const { bytes } = await download({ url, headers: { authorization: `Bearer ${token}` }, rejectHtml: true });
    return bytes;
  };
}

const downloadUrl = (file: SlackFile): string | undefined => file.url_private_download ?? file.url_private;

async function fileInfo(client: webApi.WebClient, id: string): Promise<SlackFile> {
  try {
    const result = await client.files.info({ file: id });
    return SlackFile.parse(result.file);
  } catch (error) {
    throw new AppError('attachment_fetch_failed', 'files.info failed for a shared file', { cause: error });
  }
}
