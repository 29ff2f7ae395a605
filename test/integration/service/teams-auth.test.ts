import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTeamsAdapter } from '../../../adapters/teams/app.ts';
import { createHttpServer } from '../../../src/http/server.ts';
import { createLogger } from '../../../src/logger.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
// Well-formed, signed by nobody: what an attacker sends.
const FORGED = `Bearer ${b64({ alg: 'RS256', kid: 'forged-key', typ: 'JWT' })}.${b64({ iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001', exp: Math.floor(Date.now() / 1000) + 3600 })}.${Buffer.alloc(256, 7).toString('base64url')}`;

const activity = (text: string) => ({
  type: 'message', id: `a-${Math.random()}`, channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', text,
  from: { id: '29:user', name: 'User' }, recipient: { id: '28:bot', name: 'dvbot' }, conversation: { id: 'a:conv', conversationType: 'personal' },
});

afterEach(() => { vi.restoreAllMocks(); });

describe('Teams with an app id refuses unauthenticated callers', () => {
  it('answers a forged or missing token with a short 401, one structured log line per reason, and no stack trace', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write(chunk, _enc, done) { lines.push(...String(chunk).split('\n').filter(Boolean)); done(); } }));
    const consoleError = vi.spyOn(console, 'error');
    const handled: unknown[] = [];
    const teams = createTeamsAdapter({
      auth: { appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret', appType: 'MultiTenant' },
      handle: async (msg) => { handled.push(msg); return []; }, references: { save: async () => {}, load: async () => undefined }, logger,
    });
    const server = createHttpServer({ host: '127.0.0.1', port: 0, routes: teams.routes, logger });
    const { url } = await server.listen();
    const post = async (headers: Record<string, string>) => {
      const response = await fetch(`${url}/api/messages`, { method: 'POST', body: JSON.stringify(activity('hi')), headers: { 'content-type': 'application/json', ...headers } });
      return { status: response.status, body: await response.text() };
    };
    try {
      for (let i = 0; i < 3; i++) expect(await post({ authorization: FORGED })).toEqual({ status: 401, body: '{"error":{"code":"unauthorized"}}' });
      expect(await post({})).toEqual({ status: 401, body: '{"error":{"code":"unauthorized"}}' });
      expect(handled).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
      const refusals = lines.map((line) => JSON.parse(line) as { msg: string; reason: string }).filter((l) => l.msg.startsWith('Teams request refused'));
      expect(refusals.map((l) => l.reason).sort()).toEqual(['no_token', expect.stringMatching(/^(invalid_token|token_not_verifiable)$/)]);
      expect(lines.join('\n')).not.toContain(FORGED.slice(7, 40));
    } finally {
      await server.close();
    }
  });
});
