import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call: the method, its parameters (form or JSON, JSON-valued fields decoded) and the bearer token. */
export type SlackApiCall = { method: string; params: Record<string, unknown>; token?: string };

/** A file the fake serves at `url_private_download`, and returns from `files.info`. */
export type FakeSlackFile = { id: string; name: string; mimetype: string; bytes: Buffer; loginPageOnly?: boolean };

/**
 * A local server speaking the parts of Slack's Web API the adapter uses: `auth.test`, `chat.postMessage`,
 * `files.info`, the external upload flow, `chat.update`, `chat.postEphemeral`, `users.info`, `views.open`, and file downloads that demand `Authorization: Bearer <bot token>`
 * (without it, like Slack, it answers 200 with an HTML login page; `loginPageOnly` files always do).
 */
export type FakeSlackApi = {
  url: string;
  /** Base URL for WebClient's `slackApiUrl`. */
  apiUrl: string;
  calls: SlackApiCall[];
  uploads: Buffer[];
  addFile(file: FakeSlackFile): { url_private_download: string };
  /** A workspace member `users.info` answers for (display name as in their profile). */
  addUser(id: string, displayName: string): void;
  /** Resolves once `count` calls of `method` were recorded. */
  waitFor(method: string, count: number): Promise<SlackApiCall[]>;
  close(): Promise<void>;
};

const BOT = { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'dvbot', team: 'Test' };

/** Starts the fake on 127.0.0.1 (a random port unless given); `token` is the bot token downloads must carry. */
export async function startFakeSlackApi(token: string, port = 0): Promise<FakeSlackApi> {
  const calls: SlackApiCall[] = [];
  const uploads: Buffer[] = [];
  const files = new Map<string, FakeSlackFile>();
  const waiters: (() => void)[] = [];
  const users = new Map<string, string>();
  let base = '';
  let posts = 0;
  const fileJson = (f: FakeSlackFile) => ({
    id: f.id, name: f.name, mimetype: f.mimetype, size: f.bytes.length,
    url_private: `${base}/files-pri/${f.id}/${f.name}`, url_private_download: `${base}/files-pri/${f.id}/download/${f.name}`,
  });
  const api: Record<string, (params: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => BOT,
    // Every message gets its own ts (threads are keyed by it), as on Slack.
    'chat.postMessage': (p) => ({ channel: p.channel, ts: `1700000000.${String(++posts).padStart(6, '0')}`, message: { text: p.text } }),
    'chat.update': (p) => ({ channel: p.channel, ts: p.ts, text: p.text }),
    'chat.postEphemeral': () => ({ message_ts: `1700000000.${String(++posts).padStart(6, '0')}` }),
    'views.open': (p) => ({ view: { id: 'V1', ...(p.view as object) } }),
    'users.info': (p) => {
      const name = users.get(String(p.user));
      return name ? { user: { id: p.user, name: name.toLowerCase(), real_name: name, profile: { display_name: name, real_name: name } } } : { ok: false, error: 'user_not_found' };
    },
    'files.info': (p) => {
      const file = files.get(String(p.file));
      return file ? { file: fileJson(file) } : { ok: false, error: 'file_not_found' };
    },
    'files.getUploadURLExternal': () => ({ upload_url: `${base}/upload/F${uploads.length}`, file_id: `FUP${uploads.length}` }),
    'files.completeUploadExternal': (p) => ({ files: p.files }),
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await readAll(req);
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice(5);
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      const params = parseParams(body, req.headers['content-type']);
      calls.push({ method, params, ...(token ? { token } : {}) });
      waiters.splice(0).forEach((wake) => wake());
      const answer = api[method]?.(params) ?? { ok: false, error: 'unknown_method' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...answer }));
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      uploads.push(filePart(body, req.headers['content-type']));
      res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
      return;
    }
    const file = files.get(url.pathname.split('/')[2] ?? '');
    if (url.pathname.startsWith('/files-pri/') && file) {
      if (req.headers.authorization !== `Bearer ${token}` || file.loginPageOnly) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
        return;
      }
      res.writeHead(200, { 'content-type': file.mimetype, 'content-length': file.bytes.length }).end(file.bytes);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    uploads,
    addFile: (file) => {
      files.set(file.id, file);
      return { url_private_download: fileJson(file).url_private_download };
    },
    addUser: (id, displayName) => void users.set(id, displayName),
    waitFor: async (method, count) => {
      const matching = () => calls.filter((c) => c.method === method);
      while (matching().length < count) await new Promise<void>((wake) => waiters.push(wake));
      return matching();
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

function parseParams(body: Buffer, contentType = ''): Record<string, unknown> {
  if (!body.length) return {};
  const raw: Record<string, unknown> = contentType.includes('json')
    ? JSON.parse(body.toString('utf8'))
    : Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string' && /^[[{]/.test(value)) {
      try { raw[key] = JSON.parse(value); } catch { /* a plain string that starts with a bracket */ }
    }
  }
  return raw;
}

/** Slack's v0 request signature headers for `body` sent at `timestamp` (seconds). */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

// Upload URLs accept the raw bytes or a multipart form (what WebClient sends); keep only the file's bytes.
function filePart(body: Buffer, contentType = ''): Buffer {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return body;
  const start = body.indexOf('\r\n\r\n') + 4;
  const end = body.indexOf(`\r\n--${boundary}`, start);
  return body.subarray(start, end);
}
