import type { ServerResponse } from 'node:http';
import type { Activity, ConfigurationBotFrameworkAuthentication, Response as BotResponse } from 'botbuilder';
import type { Logger } from '../../src/logger.ts';
import { BASE_HEADERS } from '../../src/http/respond.ts';

/** The Express-like response botbuilder's `CloudAdapter.process` writes to, over a plain node:http response. */
export function toBotResponse(res: ServerResponse): BotResponse {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    status: (code: number) => { status = code; },
    send: (payload: unknown) => { body = payload; },
    end: () => {
      if (res.headersSent) return void res.end();
      if (body === undefined) return void res.writeHead(status, BASE_HEADERS).end();
      const json = typeof body !== 'string';
      const text = json ? JSON.stringify(body) : String(body);
      res.writeHead(status, { ...BASE_HEADERS, 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8' }).end(text);
    },
  };
}

/** Checks the caller's Bot Framework JWT before botbuilder runs the turn; false means "answer 401". */
export type CallerCheck = (activity: Record<string, unknown>, authorization: string | undefined) => Promise<boolean>;

const REFUSAL_LOG_EVERY_MS = 10_000;

/**
 * Verifies the JWT with the adapter's own authentication, so a forged or missing token (or a key endpoint that cannot
 * be reached to check it) gets a short 401 instead of botbuilder's 500 with its internal error, and a refusal is one
 * structured log line (at most one per reason every 10 s, with the count refused meanwhile) instead of a stack trace.
 * @example const allowed = createCallerCheck(auth, logger); if (!(await allowed(activity, req.headers.authorization))) …
 */
export function createCallerCheck(auth: ConfigurationBotFrameworkAuthentication, logger: Logger): CallerCheck {
  const last = new Map<string, { at: number; refused: number }>();
  const refuse = (reason: string) => {
    const entry = last.get(reason);
    if (entry && Date.now() - entry.at < REFUSAL_LOG_EVERY_MS) return void (entry.refused += 1);
    logger.warn({ channel: 'teams', reason, refusedSinceLastLog: entry?.refused ?? 0 }, 'Teams request refused: caller not authenticated');
    last.set(reason, { at: Date.now(), refused: 0 });
  };
  return async (activity, authorization) => {
    if (!authorization) {
      refuse('no_token');
      return false;
    }
    try {
      await auth.authenticateRequest(activity as Partial<Activity> as Activity, authorization);
      return true;
    } catch (error) {
      // botbuilder's AuthenticationError carries statusCode 401; anything else means the keys could not be fetched.
      refuse((error as { statusCode?: unknown }).statusCode === 401 ? 'invalid_token' : 'token_not_verifiable');
      return false;
    }
  };
}
