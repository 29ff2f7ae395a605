import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Agents } from '../../../src/handoff/agents.ts';
import type { ConsoleSessions } from '../../../src/handoff/sessions.ts';
import { SESSION_TTL_MS } from '../../../src/handoff/sessions.ts';
import { clientAddressKey } from '../client-address.ts';
import type { SignInGuard } from './sign-in-guard.ts';

/** The console's cookie: scoped to /agent, unreadable by scripts, never sent by other sites. */
export const COOKIE = 'dvbot_agent';

/** Who is calling: by bearer token (tools, tests) or by the console's session cookie (which then needs the CSRF header). */
export type Caller = { agent: string; via: 'bearer' } | { agent: string; via: 'cookie'; csrf: string; sid: string };

/** Why a request has no caller: no or bad credentials (the same answer for both), or too many failures. */
export type AuthFailure = 'unauthorized' | 'too_many_attempts';

/** What authentication needs. */
export type AuthDeps = { agents: Agents; sessions: ConsoleSessions; guard: SignInGuard; trustedProxies: readonly string[] };

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Reads one cookie from the request. */
export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Authenticates a request; state-changing cookie requests must carry the session's `x-csrf-token`. */
export async function authenticate(deps: AuthDeps, req: IncomingMessage, changesState: boolean): Promise<Caller | AuthFailure> {
  const address = clientAddressKey(req, deps.trustedProxies);
  const header = req.headers.authorization;
  if (header !== undefined) {
    if (deps.guard.blocked(address)) return 'too_many_attempts';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? '';
    const agent = await deps.agents.authenticate(token);
    if (!agent) deps.guard.failed(address);
    return agent ? { agent, via: 'bearer' } : 'unauthorized';
  }
  const sid = readCookie(req, COOKIE);
  const session = sid ? await deps.sessions.get(sid) : undefined;
  if (!sid || !session) return 'unauthorized';
  const csrf = req.headers['x-csrf-token'];
  if (changesState && (typeof csrf !== 'string' || !same(csrf, session.csrf))) return 'unauthorized';
  return { agent: session.agent, via: 'cookie', csrf: session.csrf, sid };
}

/** Exchanges a sign-in token for a session; sets the cookie. Undefined when the token is wrong (counted). */
export async function signIn(deps: AuthDeps, req: IncomingMessage, res: ServerResponse, token: string): Promise<{ agent: string; csrf: string } | AuthFailure> {
  const address = clientAddressKey(req, deps.trustedProxies);
  if (deps.guard.blocked(address)) return 'too_many_attempts';
  const agent = await deps.agents.authenticate(token);
  if (!agent) {
    deps.guard.failed(address);
    return 'unauthorized';
  }
  const session = await deps.sessions.create(agent);
  res.setHeader('set-cookie', `${COOKIE}=${session.sid}; Path=/agent; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}`);
  return { agent, csrf: session.csrf };
}

/** Ends the session and clears the cookie. */
export async function signOut(deps: AuthDeps, res: ServerResponse, caller: Caller): Promise<void> {
  if (caller.via === 'cookie') await deps.sessions.end(caller.sid);
  res.setHeader('set-cookie', `${COOKIE}=; Path=/agent; HttpOnly; SameSite=Strict; Max-Age=0`);
}
