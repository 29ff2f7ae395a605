import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.ts';
import { sendJson } from './respond.ts';
import type { Route } from './types.ts';

export type { Route, RouteContext, HttpMethod } from './types.ts';

/** Options of the HTTP server: where it listens and the route table it starts with. */
export type HttpServerOptions = { host: string; port: number; routes: readonly Route[]; logger: Logger };

/** A running-or-ready HTTP server; channel adapters add their routes with `mount` before or after `listen`. */
export type HttpServer = {
  server: Server;
  mount(routes: readonly Route[]): void;
  listen(): Promise<{ url: string; port: number }>;
  close(graceMs?: number): Promise<void>;
};

/**
 * Creates a small node:http server with an exact-path route table and a built-in `GET /healthz`.
 * Unknown paths get a JSON 404, known paths with another method a 405, handler crashes a logged JSON 500.
 * @example const http = createHttpServer({ host: '127.0.0.1', port: 3978, routes: web.routes, logger });
 *          const { url } = await http.listen();
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const table = new Map<string, Map<string, Route>>();
  const mount = (routes: readonly Route[]) => {
    for (const route of routes) {
      const byMethod = table.get(route.path) ?? new Map<string, Route>();
      if (byMethod.has(route.method)) throw new Error(`route ${route.method} ${route.path} is already mounted`);
      byMethod.set(route.method, route);
      table.set(route.path, byMethod);
    }
  };
  mount([{ method: 'GET', path: '/healthz', handler: (_req, res) => sendJson(res, 200, { ok: true }) }]);
  mount(options.routes);
  const server = createServer((req, res) => void dispatch(table, options.logger, req, res));
  return {
    server,
    mount,
    listen: () => listen(server, options.host, options.port),
    close: (graceMs = 1000) => close(server, graceMs),
  };
}

async function dispatch(table: Map<string, Map<string, Route>>, logger: Logger, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const byMethod = table.get(url.pathname) ?? underPrefix(table, url.pathname);
  const method = req.method === 'HEAD' && !byMethod?.has('HEAD') ? 'GET' : (req.method ?? 'GET');
  const route = byMethod?.get(method);
  if (!byMethod) return sendJson(res, 404, { error: { code: 'not_found' } });
  if (!route) return sendJson(res, 405, { error: { code: 'method_not_allowed' } }, { allow: [...byMethod.keys()].join(', ') });
  try {
    await route.handler(req, res, { url, logger });
  } catch (error) {
    logger.error({ err: error, method, path: url.pathname }, 'request handler failed');
    sendJson(res, 500, { error: { code: 'internal' } });
    if (!res.writableEnded) res.end();
  }
}

// A route path ending in `/*` answers every path below it (e.g. `/agent/api/conversations/*`); the longest prefix wins.
function underPrefix(table: Map<string, Map<string, Route>>, pathname: string): Map<string, Route> | undefined {
  let best: string | undefined;
  for (const path of table.keys()) if (path.endsWith('/*') && pathname.startsWith(path.slice(0, -1)) && path.length > (best?.length ?? 0)) best = path;
  return best === undefined ? undefined : table.get(best);
}

function listen(server: Server, host: string, port: number): Promise<{ url: string; port: number }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${shownHost === '0.0.0.0' ? 'localhost' : shownHost}:${bound}`, port: bound });
    });
  });
}

// Long-lived streams (SSE) would keep close() waiting forever: give requests in flight a grace period, then cut.
function close(server: Server, graceMs: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
