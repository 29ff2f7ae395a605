import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

/** Bolt's logger interface over our pino logger, so Bolt's warnings (e.g. failed signature checks) reach our logs. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (method: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => logger[method]({ source: 'bolt' }, msg.map(String).join(' '));
  return {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    setLevel: (next) => { level = next; },
    getLevel: () => level,
    setName: () => {},
  };
}
