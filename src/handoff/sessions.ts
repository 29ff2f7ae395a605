import { randomBytes } from 'node:crypto';
import type { Store } from '../store/types.ts';
import { hashToken } from './agents.ts';

/** A signed-in console: who, and the CSRF token its state-changing requests must echo. */
export type ConsoleSession = { agent: string; csrf: string };

/** Console sessions last a working day. */
export const SESSION_TTL_MS = 8 * 3_600_000;

/**
 * Console sessions behind the HttpOnly cookie; the store keeps only a hash of the session id, so a store dump
 * cannot be replayed as cookies.
 * @example const { sid, csrf } = await sessions.create('Li Na'); await sessions.get(sid) // { agent: 'Li Na', csrf }
 */
export function createConsoleSessions(store: Store, ttlMs = SESSION_TTL_MS) {
  const kv = store.kv<ConsoleSession>('agent-session', { ttlMs });
  return {
    /** Starts a session for an authenticated agent. */
    async create(agent: string): Promise<ConsoleSession & { sid: string }> {
      const sid = randomBytes(32).toString('base64url');
      const session = { agent, csrf: randomBytes(24).toString('base64url') };
      await kv.set(hashToken(sid), session);
      return { sid, ...session };
    },
    /** The live session of a cookie value, if any. */
    get: (sid: string) => (sid && sid.length <= 100 ? kv.get(hashToken(sid)) : Promise.resolve(undefined)),
    /** Ends a session (sign out). */
    end: (sid: string) => kv.delete(hashToken(sid)),
  };
}

/** The console sessions. */
export type ConsoleSessions = ReturnType<typeof createConsoleSessions>;
