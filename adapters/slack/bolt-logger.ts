import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Bolt's logger interface over our pino logger, so Bolt's warnings (e.g. failed signature checks) reach our logs.
 * Bolt and its Web API client write payloads into the message string itself (`JSON.stringify(body)`,
 * `http request result: {…}`), where pino's redaction cannot see them. So only the lead-in of each string is kept
 * (up to the first `: `, quote or bracket, URLs removed); objects are dropped, errors keep their name and code.
 * @example toBoltLogger(log).debug('http request body: {"text":"…"}') // logs { source: 'bolt', msg: 'http request body' }
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (method: Level) => (...args: unknown[]) => {
    const [first, ...rest] = args;
    const detail = rest.map(describe).filter(Boolean);
    logger[method]({ source: 'bolt', ...errorFields(first), ...(detail.length ? { detail } : {}) }, describe(first) || '(payload omitted)');
  };
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

const PAYLOAD_START = /: |[{["'<|]/;
const API_METHOD = /'([a-z]+(?:\.[a-zA-Z]+)+)'/g; // `apiCall('chat.postMessage')`: a method name is no payload
const URL_LIKE = /\b[a-z][\w+.-]*:\/\/\S*/gi;
const MAX_LENGTH = 120;

/** What of one logged value is safe to keep: a string's lead-in, an error's (lead-in of its) message, nothing of an object. */
function describe(value: unknown): string {
  if (value instanceof Error) return leadIn(value.message);
  if (typeof value === 'string') return leadIn(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function leadIn(value: string): string {
  const text = value.replace(API_METHOD, '$1');
  const start = text.search(PAYLOAD_START);
  const kept = start < 0 ? text : text.slice(0, start).replace(/\s*\(\w*$/, ''); // no dangling "(body"
  return kept.replace(URL_LIKE, '(url)').trim().slice(0, MAX_LENGTH);
}

function errorFields(value: unknown): Record<string, string> {
  if (!(value instanceof Error)) return {};
  const code = (value as { code?: unknown }).code;
  return { errorName: value.name, ...(typeof code === 'string' ? { errorCode: code } : {}) };
}
