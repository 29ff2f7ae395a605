import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the connector, with where it went and the credentials it carried. */
export type ConnectorPost = { conversationId: string; replyToId?: string; activity: Record<string, unknown>; authorization?: string };

/** A file the fake serves: `path` below the fake's URL; `status` other than 200 simulates a failing download. */
export type ConnectorFile = { path: string; bytes: Buffer; contentType: string; status?: number };

/**
 * A local Bot Framework connector (`serviceUrl`): captures replies (`POST /v3/conversations/{id}/activities[/{replyToId}]`)
 * and serves attachment bytes (pasted-image `contentUrl`s, pre-authorized `downloadUrl`s), recording each download's
 * Authorization header.
 */
export type FakeBotConnector = {
  url: string;
  posts: ConnectorPost[];
  /** Typing indicators the bot sent, in order. */
  typing: ConnectorPost[];
  downloads: { path: string; authorization?: string }[];
  serve(file: ConnectorFile): string;
  /** Resolves once `count` activities were posted. */
  waitFor(count: number): Promise<ConnectorPost[]>;
  close(): Promise<void>;
};

/** Starts the fake connector on 127.0.0.1 (a random port unless given, e.g. to bring it back where it was). */
export async function startFakeBotConnector(port = 0): Promise<FakeBotConnector> {
  const posts: ConnectorPost[] = [];
  const typing: ConnectorPost[] = [];
  const downloads: FakeBotConnector['downloads'] = [];
  const files = new Map<string, ConnectorFile>();
  const waiters: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
    if (req.method === 'POST' && match) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => {
        const authorization = req.headers.authorization;
        const post: ConnectorPost = {
          conversationId: decodeURIComponent(match[1]!), activity: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}), ...(authorization ? { authorization } : {}),
        };
        // typing indicators are kept apart, so tests count and read replies only
        (post.activity.type === 'typing' ? typing : posts).push(post);
        waiters.splice(0).forEach((wake) => wake());
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${posts.length}` }));
      });
      return;
    }
    const file = files.get(url.pathname);
    if (req.method === 'GET' && file) {
      downloads.push({ path: url.pathname, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      res.writeHead(file.status ?? 200, { 'content-type': file.contentType }).end(file.status ? '' : file.bytes);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    posts,
    typing,
    downloads,
    serve: (file) => {
      files.set(file.path, file);
      return `${url}${file.path}`;
    },
    waitFor: async (count) => {
      while (posts.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return posts;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
