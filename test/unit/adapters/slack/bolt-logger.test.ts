import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { toBoltLogger } from '../../../../adapters/slack/bolt-logger.ts';
import { createLogger } from '../../../../src/logger.ts';

const SECRETS = ['110101199003071234', 'files.slack.com', 'Ana Souza', 'F0SECRET'];
const payload = { event: { text: 'my id is 110101199003071234', user_profile: { real_name: 'Ana Souza' }, files: [{ id: 'F0SECRET', url_private: 'https://files.slack.com/files-pri/T1-F0SECRET/id.jpg' }] } };

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));
  const entries = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>).map(({ level, msg, detail, errorName, errorCode }) =>
    [level, msg, ...(detail ? [`detail=${JSON.stringify(detail)}`] : []), ...(errorName ? [`${errorName}/${errorCode}`] : [])].join(' '));
  return { bolt: toBoltLogger(logger), lines, entries };
}

describe('toBoltLogger', () => {
  it('keeps only the lead-in of what Bolt and its Web API client log, so no payload, message text or file URL gets through', () => {
    const { bolt, lines, entries } = capture();
    bolt.debug(JSON.stringify(payload));
    bolt.debug(`http request result: ${JSON.stringify({ ok: true, file: payload.event.files[0] })}`);
    bolt.debug(`ack() call begins (body: ${payload.event.text})`);
    bolt.debug('http request url: https://files.slack.com/files-pri/T1-F0SECRET/id.jpg');
    bolt.info('Unhandled HTTP request made to https://files.slack.com/files-pri/T1-F0SECRET/id.jpg');
    bolt.info(payload);
    bolt.warn('http request failed', 'connect ECONNREFUSED 127.0.0.1:1', payload, 3);
    bolt.error(Object.assign(new Error('Failed to parse the request body: Unexpected token, "my id is 110101199003071234" is not valid JSON'), { code: 'slack_bolt_receiver_error' }));
    bolt.error(`Error details: Error: An API error occurred: ${payload.event.text}`);
    expect(lines.join('')).not.toMatch(new RegExp(SECRETS.join('|')));
    expect(entries()).toMatchInlineSnapshot(`
      [
        "20 (payload omitted)",
        "20 http request result",
        "20 ack() call begins",
        "20 http request url",
        "30 Unhandled HTTP request made to (url)",
        "30 (payload omitted)",
        "40 http request failed detail=["connect ECONNREFUSED 127.0.0.1:1","3"]",
        "50 Failed to parse the request body Error/slack_bolt_receiver_error",
        "50 Error details",
      ]
    `);
  });

  it('tags every line as coming from Bolt and keeps a plain warning whole', () => {
    const { bolt, lines } = capture();
    bolt.warn('The top-level `text` argument is missing in the request payload');
    expect(JSON.parse(lines[0]!)).toMatchObject({ source: 'bolt', msg: 'The top-level `text` argument is missing in the request payload' });
  });
});
