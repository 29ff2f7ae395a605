import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/messages.ts';
import { AppError, asAppError } from '../../src/errors.ts';
import { UploadRefusedError } from '../../src/store/upload-budget.ts';
import { readBody } from '../../src/http/body.ts';
import { sendJson } from '../../src/http/respond.ts';
import type { Route, RouteContext } from '../../src/http/types.ts';
import type { Localized } from '../../src/i18n/localized.ts';
import type { Logger } from '../../src/logger.ts';
import { clientAddressKey } from './client-address.ts';
import { copy } from './copy.ts';
import { createEventHub, type EventHub, type EventHubOptions } from './events.ts';
import { ConversationId, fromConversationId, toInbound, toInboundUpload, WebMessageBody, WebUploadQuery } from './normalize.ts';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import type { SharedLimiterFactory } from '../../src/store/shared-limiter.ts';
import { createStreamLimits, type StreamLimitOptions, type StreamLimits } from './stream-limits.ts';
import { toWebMessage } from './render.ts';
import { staticRoutes } from './static.ts';

/** Dependencies and limits of the web chat. */
export type WebChatOptions = {
  /** The conversation runner's turn function. */
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  logger: Logger;
  /** Hard cap of one upload; larger bodies get a 413 with a clear message. Default 15 MiB. */
  uploadLimitBytes?: number;
  /** Per-conversation request budget. Default: bursts of 20, refilling 2 per second. */
  rateLimit?: Omit<RateLimitOptions, 'now'>;
  /**
   * Per-client-address budget shared by all conversations from that address, so a fresh conversation id brings no
   * fresh budget; an upload costs 5 (each is a photo check). Default: bursts of 60, refilling 3 per second.
   */
  addressRateLimit?: Omit<RateLimitOptions, 'now'>;
  /** Limiters shared by all instances (the Redis store's); without it each process counts on its own. */
  sharedLimiters?: SharedLimiterFactory;
  /** Upload bytes one client address may send per hour (stored or not), so one address cannot fill the disk. Default 120 MiB. */
  uploadBytesPerAddressHour?: number;
  /** Exact addresses of reverse proxies whose X-Forwarded-For is believed. Default none: the socket's peer is the client. */
  trustedProxies?: readonly string[];
  events?: EventHubOptions;
  /** Caps of open event streams (per address, per conversation, total). Default 20, 4, and 3/4 of the open-file limit. */
  streams?: Omit<StreamLimitOptions, 'logger'>;
};

/** The web chat: routes to mount on the HTTP server, and `push` for proactive messages. */
export type WebChat = {
  routes: Route[];
  /** Sends messages to a web conversation (runner id `web:<uuid>`) now, or when its page next connects. */
  push(conversationId: string, messages: OutboundMessage[]): 'live' | 'queued';
  /** Pushes messages with stable ids (review results), resolved once sent on their way; a repeated id is dropped. */
  pushOnce(conversationId: string, messages: OutboundMessage[], ids: readonly string[]): Promise<void>;
  /** Whether a page of this web conversation has its event stream open right now. */
  isConnected(conversationId: string): boolean;
  /** Whether a page of the conversation is open on any instance (shared presence with Redis, else this one). */
  isOpenAnywhere(conversationId: string): Promise<boolean>;
  /** Resolves once pushes from other instances are heard (the event hub listens on the bus). */
  ready(): Promise<void>;
  /** Ends open event streams (call before closing the server). */
  close(): void;
};

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const JSON_LIMIT_BYTES = 16 * 1024;
const EventsQuery = z.object({ conversationId: ConversationId, since: z.string().max(40).optional() });
const CONTENT_TYPE = /^[\w.+-]{1,60}\/[\w.+-]{1,60}$/;

const UPLOAD_COST = 5;

type Deps = {
  handle: WebChatOptions['handle'];
  uploadLimitBytes: number;
  limits: { conversation: Limiter; address: Limiter; uploadKib: Limiter; trustedProxies: readonly string[] };
  hub: EventHub;
  streams: StreamLimits;
};

/**
 * Creates the phone-first web chat over a conversation runner's `handle`.
 * @example const web = createWebChat({ handle: runner.handle, logger });
 *          createHttpServer({ host, port, routes: web.routes, logger });
 *          web.push('web:1b4e…', [{ text: 'Your profile was approved.' }]);
 */
export function createWebChat(options: WebChatOptions): WebChat {
  const deps: Deps = {
    handle: options.handle,
    uploadLimitBytes: options.uploadLimitBytes ?? 15 * 1024 * 1024,
    limits: {
      conversation: limiter(options, 'conversation', options.rateLimit ?? { burst: 20, perSecond: 2 }),
      address: limiter(options, 'address', options.addressRateLimit ?? { burst: 60, perSecond: 3 }),
      uploadKib: limiter(options, 'upload-kib', uploadBudget(options.uploadBytesPerAddressHour ?? 120 * 1024 * 1024)),
      trustedProxies: options.trustedProxies ?? [],
    },
    hub: createEventHub(options.events),
    streams: createStreamLimits({ ...options.streams, logger: options.logger }),
  };
  const page = { '/': 'index.html', '/chat.js': 'chat.js', '/strings.js': 'strings.js', '/view.js': 'view.js', '/chat.css': 'chat.css', '/icon.svg': 'icon.svg' };
  return {
    routes: [
      ...staticRoutes(PUBLIC_DIR, page, { __UPLOAD_LIMIT__: String(deps.uploadLimitBytes) }),
      { method: 'POST', path: '/web/api/messages', handler: (req, res, ctx) => postMessage(deps, req, res, ctx) },
      { method: 'POST', path: '/web/api/upload', handler: (req, res, ctx) => postUpload(deps, req, res, ctx) },
      { method: 'GET', path: '/web/api/events', handler: (req, res, ctx) => getEvents(deps, req, res, ctx) },
    ],
    push(conversationId, messages) {
      return deps.hub.push(browserIdOf(conversationId), messages.map(toWebMessage));
    },
    pushOnce: async (conversationId, messages, ids) => deps.hub.pushOnce(browserIdOf(conversationId), messages.map(toWebMessage), ids),
    isConnected(conversationId) {
      const browserId = fromConversationId(conversationId);
      return browserId ? deps.hub.isConnected(browserId) : false;
    },
    async isOpenAnywhere(conversationId) {
      const browserId = fromConversationId(conversationId);
      return browserId ? deps.hub.isOpenAnywhere(browserId) : false;
    },
    ready: () => deps.hub.ready(),
    close: () => deps.hub.close(),
  };
}

function browserIdOf(conversationId: string): string {
  const browserId = fromConversationId(conversationId);
  if (!browserId) throw new AppError('channel_send_failed', 'not a web chat conversation id');
  return browserId;
}

// Counted in KiB: a token bucket of one hour's budget, refilled evenly over the hour.
function uploadBudget(bytesPerHour: number): { burst: number; perSecond: number } {
  const kib = Math.ceil(bytesPerHour / 1024);
  return { burst: kib, perSecond: kib / 3600 };
}

/** A limiter counted in Redis for every instance when the store shares one, else this process's token bucket. */
type Limiter = { take(key: string, cost?: number): boolean | Promise<boolean> };

const limiter = (options: WebChatOptions, name: string, size: { burst: number; perSecond: number }): Limiter =>
  options.sharedLimiters ? options.sharedLimiters(`web-${name}`, size) : createRateLimiter(size);

// The address is charged first, so requests refused there leave the conversation's budget alone.
async function allowed({ limits }: Deps, req: IncomingMessage, conversationId: string, res: ServerResponse, cost = 1): Promise<true | undefined> {
  const address = clientAddressKey(req, limits.trustedProxies);
  if ((await limits.address.take(address, cost)) && (await limits.conversation.take(conversationId))) return true;
  return fail(res, 429, 'rate_limited', copy.slowDown);
}

async function postMessage(deps: Deps, req: IncomingMessage, res: ServerResponse, ctx: RouteContext) {
  const body = await readJson(req, res);
  if (body === undefined) return;
  const parsed = WebMessageBody.safeParse(body);
  if (!parsed.success) return fail(res, 400, 'bad_request', copy.badRequest, z.prettifyError(parsed.error));
  if (!(await allowed(deps, req, parsed.data.conversationId, res))) return;
  await runTurn(deps.handle, toInbound(parsed.data), res, ctx.logger);
}

async function postUpload(deps: Deps, req: IncomingMessage, res: ServerResponse, ctx: RouteContext) {
  const query = WebUploadQuery.safeParse(Object.fromEntries(ctx.url.searchParams));
  if (!query.success) return fail(res, 400, 'bad_request', copy.badRequest, z.prettifyError(query.error));
  if (!(await allowed(deps, req, query.data.conversationId, res, UPLOAD_COST))) return;
  const body = await readBody(req, deps.uploadLimitBytes);
  if (!body.ok) return body.reason === 'too_large' ? fail(res, 413, 'too_large', copy.tooLarge(deps.uploadLimitBytes)) : undefined;
  if (!body.bytes.length) return fail(res, 400, 'empty_upload', copy.emptyUpload);
  if (!(await deps.limits.uploadKib.take(clientAddressKey(req, deps.limits.trustedProxies), Math.ceil(body.bytes.length / 1024)))) {
    ctx.logger.warn({ channel: 'web', code: 'upload_budget', bytes: body.bytes.length }, 'upload refused: address upload budget used up');
    return fail(res, 429, 'upload_budget', copy.addressUploadBudget);
  }
  const claimed = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  const contentType = claimed && CONTENT_TYPE.test(claimed) ? claimed : undefined;
  await runTurn(deps.handle, toInboundUpload({ query: query.data, bytes: body.bytes, ...(contentType ? { contentType } : {}) }), res, ctx.logger);
}

async function getEvents(deps: Deps, req: IncomingMessage, res: ServerResponse, ctx: RouteContext) {
  const query = EventsQuery.safeParse(Object.fromEntries(ctx.url.searchParams));
  if (!query.success) return fail(res, 400, 'bad_request', copy.badRequest, z.prettifyError(query.error));
  if (!(await allowed(deps, req, query.data.conversationId, res))) return;
  if (res.destroyed) return; // the page left while the limiter answered: its 'close' has already fired
  const admitted = deps.streams.admit(clientAddressKey(req, deps.limits.trustedProxies), query.data.conversationId);
  if ('refused' in admitted) return fail(res, 503, 'too_many_streams', copy.tooManyStreams, `limit of open event streams per ${admitted.refused} reached`);
  req.once('close', admitted.release);
  const lastEventId = req.headers['last-event-id'];
  deps.hub.open(query.data.conversationId, typeof lastEventId === 'string' ? lastEventId : query.data.since, req, res);
}

async function readJson(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const body = await readBody(req, JSON_LIMIT_BYTES);
  if (!body.ok) return body.reason === 'too_large' ? fail(res, 413, 'too_large', copy.badRequest) : undefined;
  try {
    return JSON.parse(body.bytes.toString('utf8')) as unknown;
  } catch {
    return fail(res, 400, 'bad_request', copy.badRequest, 'body is not JSON');
  }
}

async function runTurn(handle: WebChatOptions['handle'], inbound: InboundMessage, res: ServerResponse, logger: Logger) {
  const started = Date.now();
  try {
    const replies = await handle(inbound);
    sendJson(res, 200, { messages: replies.map(toWebMessage) });
    logger.debug({ channel: 'web', ms: Date.now() - started, replies: replies.length }, 'web turn');
  } catch (error) {
    if (error instanceof UploadRefusedError) {
      logger.warn({ channel: 'web', code: error.code, reason: error.reason }, 'upload refused');
      return error.reason === 'disk_low' ? fail(res, 507, 'disk_low', copy.diskLow) : fail(res, 429, 'upload_budget', copy.uploadBudget);
    }
    const err = asAppError(error);
    logger.error({ err, code: err.code, channel: 'web' }, 'web turn failed');
    if (err.code === 'store_unavailable') return fail(res, 503, err.code, copy.unavailable);
    if (err.code === 'turn_timeout') return fail(res, 503, err.code, copy.timeout);
    fail(res, 500, 'failed', copy.failed);
  }
}

// Always returns undefined so handlers can `return fail(...)` in value positions.
function fail(res: ServerResponse, status: number, code: string, message: Localized, detail?: string): undefined {
  sendJson(res, status, { error: { code, message, ...(detail ? { detail } : {}) } });
  return undefined;
}
