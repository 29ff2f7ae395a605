import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDownloader } from '../../../src/attachments/download.ts';
import { isAllowedUrl, SLACK_FILE_HOSTS, TEAMS_FILE_HOSTS } from '../../../src/attachments/hosts.ts';
import { AppError, AttachmentTooLargeError } from '../../../src/errors.ts';
import { createLogger } from '../../../src/logger.ts';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(997, 1)]);
const lines: string[] = [];
const logger = createLogger('warn', new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));

let allowed: Server;
let other: Server;
let base = '';
let otherBase = '';
const seenAuth: (string | undefined)[] = [];

async function start(handler: Parameters<typeof createServer>[1]): Promise<[Server, string]> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

beforeAll(async () => {
  [other, otherBase] = await start((req, res) => {
    seenAuth.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'image/jpeg' }).end(JPEG);
  });
  [allowed, base] = await start((req, res) => {
    seenAuth.push(req.headers.authorization);
    const routes: Record<string, () => void> = {
      '/ok': () => res.writeHead(200, { 'content-type': 'image/jpeg; charset=binary' }).end(JPEG),
      '/declared-big': () => res.writeHead(200, { 'content-length': '5000' }).end(Buffer.alloc(5000)),
      '/streamed-big': () => { res.writeHead(200); res.write(Buffer.alloc(800)); res.end(Buffer.alloc(800)); },
      '/redirect-same': () => res.writeHead(302, { location: '/ok' }).end(),
      '/redirect-other': () => res.writeHead(302, { location: `${otherBase}/x` }).end(),
      '/redirect-loop': () => res.writeHead(302, { location: '/redirect-loop' }).end(),
      '/html-typed': () => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>sign in</p>'),
      '/html-untyped': () => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('<!DOCTYPE html><html>login</html>'),
      '/forbidden': () => res.writeHead(403).end(),
      '/hang': () => res.writeHead(200),
    };
    (routes[req.url ?? ''] ?? (() => res.writeHead(404).end()))();
  });
});

afterAll(async () => {
  for (const server of [allowed, other]) { server.closeAllConnections(); await new Promise((r) => server.close(r)); }
});

const download = (extra: { maxBytes?: number; timeoutMs?: number; origins?: string[] } = {}) =>
  createDownloader({ allow: { hosts: SLACK_FILE_HOSTS, origins: extra.origins ?? [base] }, logger, maxBytes: extra.maxBytes ?? 1500, timeoutMs: extra.timeoutMs ?? 5000 });

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.code : 'not an AppError'));

describe('attachment downloader', () => {
  it('downloads from an allowed origin with the given headers', async () => {
    const got = await download()({ url: `${base}/ok`, headers: { authorization: 'Bearer xoxb-1' } });
    expect(Buffer.compare(got.bytes, JPEG)).toBe(0);
    expect(got.contentType).toBe('image/jpeg');
    expect(seenAuth.at(-1)).toBe('Bearer xoxb-1');
  });

  it('refuses other hosts and logs the refusal with the host only', async () => {
    await expect(codeOf(download()({ url: `${otherBase}/x` }))).resolves.toBe('attachment_refused');
    await expect(codeOf(download()({ url: 'http://files.slack.com/x' }))).resolves.toBe('attachment_refused');
    await expect(codeOf(download()({ url: 'not a url' }))).resolves.toBe('attachment_refused');
    expect(lines.some((l) => l.includes('host not allowed') && l.includes(otherBase.slice(7)) && !l.includes('/x'))).toBe(true);
  });

  it('checks every redirect hop and keeps credentials on their origin', async () => {
    await download()({ url: `${base}/redirect-same`, headers: { authorization: 'Bearer a' } });
    expect(seenAuth.slice(-2)).toEqual(['Bearer a', 'Bearer a']);
    await expect(codeOf(download()({ url: `${base}/redirect-other` }))).resolves.toBe('attachment_refused');
    await download({ origins: [base, otherBase] })({ url: `${base}/redirect-other`, headers: { authorization: 'Bearer b' } });
    expect(seenAuth.slice(-2)).toEqual(['Bearer b', undefined]);
    await expect(codeOf(download()({ url: `${base}/redirect-loop` }))).resolves.toBe('attachment_fetch_failed');
  });

  it('stops at the size cap, declared or streamed', async () => {
    for (const path of ['/declared-big', '/streamed-big']) {
      const error = await download()({ url: `${base}${path}` }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AttachmentTooLargeError);
      expect((error as AttachmentTooLargeError).limitBytes).toBe(1500);
    }
  });

  it('treats an HTML page as a failed download when asked to', async () => {
    await expect(codeOf(download()({ url: `${base}/html-typed`, rejectHtml: true }))).resolves.toBe('attachment_fetch_failed');
    await expect(codeOf(download()({ url: `${base}/html-untyped`, rejectHtml: true }))).resolves.toBe('attachment_fetch_failed');
  });

  it('fails on an HTTP error and on the deadline', async () => {
    await expect(codeOf(download()({ url: `${base}/forbidden` }))).resolves.toBe('attachment_fetch_failed');
    const error = await download({ timeoutMs: 100 })({ url: `${base}/hang` }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'attachment_fetch_failed', message: 'download timed out' });
  });

  it('matches production host patterns over HTTPS only', () => {
    const ok = (url: string, hosts: readonly string[]) => isAllowedUrl(new URL(url), { hosts });
    expect(ok('https://files.slack.com/files-pri/T1-F1/download/a.jpg', SLACK_FILE_HOSTS)).toBe(true);
    expect(ok('https://a.slack-edge.com/x', SLACK_FILE_HOSTS)).toBe(true);
    expect(ok('https://slack-edge.com.evil.io/x', SLACK_FILE_HOSTS)).toBe(false);
    expect(ok('https://evilslack-edge.com/x', SLACK_FILE_HOSTS)).toBe(false);
    expect(ok('https://user:pw@files.slack.com/x', SLACK_FILE_HOSTS)).toBe(false);
    expect(ok('https://smba.trafficmanager.net/amer/v3/attachments/1/views/original', TEAMS_FILE_HOSTS)).toBe(true);
    expect(ok('https://contoso-my.sharepoint.com/personal/x', TEAMS_FILE_HOSTS)).toBe(true);
    expect(ok('http://contoso-my.sharepoint.com/personal/x', TEAMS_FILE_HOSTS)).toBe(false);
    expect(ok('https://169.254.169.254/latest/meta-data', TEAMS_FILE_HOSTS)).toBe(false);
  });
});
