import type { ServerResponse } from 'node:http';
import type { Response as BotResponse } from 'botbuilder';
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
