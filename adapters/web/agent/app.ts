import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Bus } from '../../../src/bus/types.ts';
import type { Agents } from '../../../src/handoff/agents.ts';
import type { Desk } from '../../../src/handoff/desk.ts';
import type { ConsoleSessions } from '../../../src/handoff/sessions.ts';
import { sendJson } from '../../../src/http/respond.ts';
import type { Route } from '../../../src/http/types.ts';
import type { Logger } from '../../../src/logger.ts';
import type { Store } from '../../../src/store/types.ts';
import { staticRoutes } from '../static.ts';
import { getConversation, getPhoto, isVerb, postVerb, readJsonBody, toQueueItem } from './api.ts';
import { authenticate, signIn, signOut, type AuthDeps, type Caller } from './auth.ts';
import { openDeskStream } from './events.ts';
import { apiError } from './respond.ts';
import { createSignInGuard } from './sign-in-guard.ts';

/** What the agent console needs. */
export type AgentConsoleOptions = {
  desk: Desk; agents: Agents; sessions: ConsoleSessions; bus: Bus; store: Store; logger: Logger;
  trustedProxies?: readonly string[];
};

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const PREFIX = '/agent/api/conversations/';

/**
 * The agent console: the page at `/agent` and the JSON API under `/agent/api/` (bearer token or session cookie;
 * state-changing cookie requests need the CSRF header).
 * @example http.mount(createAgentConsole({ desk, agents, sessions, bus, store, logger }).routes);
 */
export function createAgentConsole(options: AgentConsoleOptions): { routes: Route[] } {
  const auth: AuthDeps = { agents: options.agents, sessions: options.sessions, guard: createSignInGuard(), trustedProxies: options.trustedProxies ?? [] };
  const { desk } = options;
  const guarded = (changesState: boolean, handler: (req: IncomingMessage, res: ServerResponse, caller: Caller, url: URL) => Promise<void>): Route['handler'] =>
    async (req, res, ctx) => {
      const caller = await authenticate(auth, req, changesState);
      if (typeof caller === 'string') return apiError(res, caller);
      await handler(req, res, caller, ctx.url);
    };
  const conversation = (method: 'GET' | 'POST') => guarded(method === 'POST', async (req, res, caller, url) => {
    const [rawId = '', verb, ...rest] = url.pathname.slice(PREFIX.length).split('/');
    let id: string;
    try {
      id = decodeURIComponent(rawId);
    } catch {
      return apiError(res, 'bad_request', 'the conversation id is not URL-encoded');
    }
    if (method === 'GET' && verb === undefined) return getConversation(desk, res, id);
    if (method === 'GET' && verb === 'photos' && rest.length === 1) return getPhoto({ desk, store: options.store }, res, id, decodeURIComponent(rest[0]!), caller.agent);
    if (method === 'POST' && verb !== undefined && isVerb(verb) && !rest.length) return postVerb(desk, req, res, id, verb, caller.agent);
    return apiError(res, 'not_found');
  });
  const page = { '/agent': 'index.html', '/agent/agent.js': 'agent.js', '/agent/agent.css': 'agent.css' };
  return {
    routes: [
      ...staticRoutes(PUBLIC_DIR, page),
      { method: 'POST', path: '/agent/api/session', handler: async (req, res) => {
        const body = await readJsonBody(req, res, z.object({ token: z.string().max(200) }));
        if (!body) return;
        const outcome = await signIn(auth, req, res, body.token);
        if (typeof outcome === 'string') return apiError(res, outcome);
        sendJson(res, 200, outcome);
      } },
      { method: 'GET', path: '/agent/api/session', handler: guarded(false, async (_req, res, caller) => sendJson(res, 200, { agent: caller.agent, ...(caller.via === 'cookie' ? { csrf: caller.csrf } : {}) })) },
      { method: 'DELETE', path: '/agent/api/session', handler: guarded(true, async (_req, res, caller) => { await signOut(auth, res, caller); sendJson(res, 200, { ok: true }); }) },
      { method: 'GET', path: '/agent/api/queue', handler: guarded(false, async (_req, res) => sendJson(res, 200, { conversations: (await desk.queue()).map(toQueueItem) })) },
      { method: 'GET', path: '/agent/api/events', handler: guarded(false, (req, res, caller) => openDeskStream(options.bus, caller.agent, req, res)) },
      { method: 'GET', path: `${PREFIX}*`, handler: conversation('GET') },
      { method: 'POST', path: `${PREFIX}*`, handler: conversation('POST') },
    ],
  };
}
