import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.ts';
import { createChannelBackoff } from '../../../src/notify/channel-backoff.ts';

function setup() {
  const logs: { level: number; msg: string; channel?: string; retryInMs?: number; downForMs?: number; skipped?: number }[] = [];
  const logger = createLogger('info', new Writable({ write(chunk, _enc, done) { logs.push(JSON.parse(String(chunk))); done(); } }));
  let clock = 1_000;
  const backoff = createChannelBackoff(logger, { firstMs: 100, maxMs: 400, now: () => clock });
  return { backoff, logs, advance: (ms: number) => (clock += ms) };
}

describe('createChannelBackoff', () => {
  it('rests a channel found away for a pause that doubles up to the longest, and logs the outage once when found and once when over', () => {
    const { backoff, logs, advance } = setup();
    const down = new Error('connect ECONNREFUSED');
    expect(backoff.resting('slack')).toBe(false);
    backoff.failed('slack', down);
    backoff.failed('slack', down); // a second send that was already under way when the first failed: same pause
    expect(backoff.resting('slack')).toBe(true);
    expect(backoff.resting('teams')).toBe(false); // other channels are not affected
    const pauses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      let waited = 0;
      for (; backoff.resting('slack'); advance(10)) waited += 10;
      pauses.push(waited);
      backoff.failed('slack', down); // tried again, still away
    }
    expect(pauses).toEqual([100, 200, 400, 400]);
    advance(400);
    backoff.succeeded('slack');
    backoff.succeeded('slack'); // a further success after the outage logs nothing
    expect(backoff.resting('slack')).toBe(false);
    expect(logs.map(({ level, msg, channel, retryInMs, skipped }) => ({ level, msg, channel, retryInMs, skipped }))).toEqual([
      { level: 40, msg: 'Slack unreachable: review results wait in the outbox until it is back', channel: 'slack', retryInMs: 100, skipped: undefined },
      { level: 30, msg: 'Slack reachable again: delivering the review results kept meanwhile', channel: 'slack', retryInMs: undefined, skipped: 1 + 10 + 20 + 40 + 40 },
    ]);
    expect(logs[1]?.downForMs).toBe(100 + 200 + 400 + 400 + 400); // the four pauses, and the wait before the send that went through
  });
});
