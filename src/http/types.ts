import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';

/** HTTP methods a route can answer. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';

/** What a handler gets besides the raw request and response. */
export type RouteContext = { url: URL; logger: Logger };

/** One entry of the route table; `path` matches the URL path exactly (query string ignored), or every path below it when it ends in `/*`. */
export type Route = {
  method: HttpMethod;
  path: string;
  handler: (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => void | Promise<void>;
};
